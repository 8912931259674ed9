from collections.abc import AsyncIterator, Iterator, Mapping
from functools import cached_property

import httpx2 as httpx

from .. import models as _models
from .._runtime._async_client import AsyncResource
from .._runtime._async_pagination import AsyncPage
from .._runtime._async_response import AsyncRawView, AsyncStreamingView
from .._runtime._endpoint import Endpoint
from .._runtime._models import SDKModel
from .._runtime._sync_client import SyncResource
from .._runtime._sync_pagination import SyncPage
from .._runtime._sync_response import RawView, StreamingView
from .._runtime._types import NotGiven, Omit

__all__ = [
    "AsyncItems",
    "AsyncItemsWithRawResponse",
    "AsyncItemsWithStreamingResponse",
    "AsyncListItemsByOffsetPage",
    "AsyncListItemsByPagePage",
    "AsyncListItemsNestedPage",
    "AsyncListItemsPage",
    "AsyncListItemsPlainPage",
    "Items",
    "ItemsWithRawResponse",
    "ItemsWithStreamingResponse",
    "ListItemsByOffsetPage",
    "ListItemsByPagePage",
    "ListItemsNestedPage",
    "ListItemsPage",
    "ListItemsPlainPage",
]

_BY_OFFSET: Endpoint[_models.OffsetPage]
_BY_PAGE: Endpoint[_models.PageNumberPage]
_NESTED: Endpoint[_models.NestedPage]
_PLAIN: Endpoint[list[_models.Item]]
_LIST: Endpoint[_models.ItemPage]

class ListItemsByOffsetPage(SyncPage, _models.OffsetPage):
    def __iter__(  # type: ignore[override]
        self,
    ) -> Iterator[_models.Item]: ...

class ListItemsByPagePage(SyncPage, _models.PageNumberPage):
    def __iter__(  # type: ignore[override]
        self,
    ) -> Iterator[_models.Item]: ...

class ListItemsNestedPage(SyncPage, _models.NestedPage):
    def __iter__(  # type: ignore[override]
        self,
    ) -> Iterator[_models.Item]: ...

class ListItemsPlainPage(SyncPage, SDKModel):
    items: list[_models.Item]
    def __iter__(  # type: ignore[override]
        self,
    ) -> Iterator[_models.Item]: ...

class ListItemsPage(SyncPage, _models.ItemPage):
    def __iter__(  # type: ignore[override]
        self,
    ) -> Iterator[_models.Item]: ...

class Items(SyncResource):
    @cached_property
    def with_raw_response(self) -> ItemsWithRawResponse: ...
    @cached_property
    def with_streaming_response(self) -> ItemsWithStreamingResponse: ...
    def by_offset(
        self,
        *,
        offset: int | None = None,
        limit: int | None = None,
        extra_headers: Mapping[str, str | Omit | None] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = ...,
        max_retries: int | NotGiven = ...,
        deadline: float | None | NotGiven = ...,
        max_response_size: int | None | NotGiven = ...,
        follow_redirects: bool | NotGiven = ...,
        correlation_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> ListItemsByOffsetPage:
        """List items with an offset

        Returns `limit` items starting at `offset` (0-based), and the total count.

        Args:
            offset: The number of items to skip.
            limit: The maximum number of items to return.

        GET /items/by-offset
        """

    def by_page(
        self,
        *,
        page: int | None = None,
        per_page: int | None = None,
        extra_headers: Mapping[str, str | Omit | None] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = ...,
        max_retries: int | NotGiven = ...,
        deadline: float | None | NotGiven = ...,
        max_response_size: int | None | NotGiven = ...,
        follow_redirects: bool | NotGiven = ...,
        correlation_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> ListItemsByPagePage:
        """List items by page number

        Returns page `page` (1-based) of `per_page` items; past the end the page is empty.

        Args:
            page: The page number, starting at 1.
            per_page: The number of items per page.

        GET /items/by-page
        """

    def nested(
        self,
        *,
        starting_after: str | None = None,
        limit: int | None = None,
        extra_headers: Mapping[str, str | Omit | None] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = ...,
        max_retries: int | NotGiven = ...,
        deadline: float | None | NotGiven = ...,
        max_response_size: int | None | NotGiven = ...,
        follow_redirects: bool | NotGiven = ...,
        correlation_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> ListItemsNestedPage:
        """List items with a cursor nested in the response

        Like `listItems`, but the cursor parameter is `starting_after` and the next cursor is at `meta.next`.

        Args:
            starting_after: Return the items after the item with this id.
            limit: The maximum number of items to return.

        GET /items/nested
        """

    def plain(
        self,
        *,
        offset: int | None = None,
        limit: int | None = None,
        extra_headers: Mapping[str, str | Omit | None] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = ...,
        max_retries: int | NotGiven = ...,
        deadline: float | None | NotGiven = ...,
        max_response_size: int | None | NotGiven = ...,
        follow_redirects: bool | NotGiven = ...,
        correlation_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> ListItemsPlainPage:
        """List items as a bare array

        Returns `limit` items starting at `offset`, as a JSON array without an envelope.

        Args:
            offset: The number of items to skip.
            limit: The maximum number of items to return.

        GET /items/plain
        """

    def list(
        self,
        *,
        after: str | None = None,
        limit: int | None = None,
        extra_headers: Mapping[str, str | Omit | None] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = ...,
        max_retries: int | NotGiven = ...,
        deadline: float | None | NotGiven = ...,
        max_response_size: int | None | NotGiven = ...,
        follow_redirects: bool | NotGiven = ...,
        correlation_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> ListItemsPage:
        """List items with a cursor

        Returns the items after the `after` cursor (an item id). `next_cursor` is the id of the last item returned, or null on the last page.

        Args:
            after: Return the items after the item with this id.
            limit: The maximum number of items to return.

        GET /items
        """

class ItemsWithRawResponse:
    def __init__(self, owner: Items) -> None: ...
    by_offset = RawView(Items.by_offset)
    by_page = RawView(Items.by_page)
    nested = RawView(Items.nested)
    plain = RawView(Items.plain)
    list = RawView(Items.list)

class ItemsWithStreamingResponse:
    def __init__(self, owner: Items) -> None: ...
    by_offset = StreamingView(Items.by_offset)
    by_page = StreamingView(Items.by_page)
    nested = StreamingView(Items.nested)
    plain = StreamingView(Items.plain)
    list = StreamingView(Items.list)

class AsyncListItemsByOffsetPage(AsyncPage, _models.OffsetPage):
    def __aiter__(self) -> AsyncIterator[_models.Item]: ...

class AsyncListItemsByPagePage(AsyncPage, _models.PageNumberPage):
    def __aiter__(self) -> AsyncIterator[_models.Item]: ...

class AsyncListItemsNestedPage(AsyncPage, _models.NestedPage):
    def __aiter__(self) -> AsyncIterator[_models.Item]: ...

class AsyncListItemsPlainPage(AsyncPage, SDKModel):
    items: list[_models.Item]
    def __aiter__(self) -> AsyncIterator[_models.Item]: ...

class AsyncListItemsPage(AsyncPage, _models.ItemPage):
    def __aiter__(self) -> AsyncIterator[_models.Item]: ...

class AsyncItems(AsyncResource):
    @cached_property
    def with_raw_response(self) -> AsyncItemsWithRawResponse: ...
    @cached_property
    def with_streaming_response(self) -> AsyncItemsWithStreamingResponse: ...
    async def by_offset(
        self,
        *,
        offset: int | None = None,
        limit: int | None = None,
        extra_headers: Mapping[str, str | Omit | None] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = ...,
        max_retries: int | NotGiven = ...,
        deadline: float | None | NotGiven = ...,
        max_response_size: int | None | NotGiven = ...,
        follow_redirects: bool | NotGiven = ...,
        correlation_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> AsyncListItemsByOffsetPage:
        """List items with an offset

        Returns `limit` items starting at `offset` (0-based), and the total count.

        Args:
            offset: The number of items to skip.
            limit: The maximum number of items to return.

        GET /items/by-offset
        """

    async def by_page(
        self,
        *,
        page: int | None = None,
        per_page: int | None = None,
        extra_headers: Mapping[str, str | Omit | None] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = ...,
        max_retries: int | NotGiven = ...,
        deadline: float | None | NotGiven = ...,
        max_response_size: int | None | NotGiven = ...,
        follow_redirects: bool | NotGiven = ...,
        correlation_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> AsyncListItemsByPagePage:
        """List items by page number

        Returns page `page` (1-based) of `per_page` items; past the end the page is empty.

        Args:
            page: The page number, starting at 1.
            per_page: The number of items per page.

        GET /items/by-page
        """

    async def nested(
        self,
        *,
        starting_after: str | None = None,
        limit: int | None = None,
        extra_headers: Mapping[str, str | Omit | None] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = ...,
        max_retries: int | NotGiven = ...,
        deadline: float | None | NotGiven = ...,
        max_response_size: int | None | NotGiven = ...,
        follow_redirects: bool | NotGiven = ...,
        correlation_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> AsyncListItemsNestedPage:
        """List items with a cursor nested in the response

        Like `listItems`, but the cursor parameter is `starting_after` and the next cursor is at `meta.next`.

        Args:
            starting_after: Return the items after the item with this id.
            limit: The maximum number of items to return.

        GET /items/nested
        """

    async def plain(
        self,
        *,
        offset: int | None = None,
        limit: int | None = None,
        extra_headers: Mapping[str, str | Omit | None] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = ...,
        max_retries: int | NotGiven = ...,
        deadline: float | None | NotGiven = ...,
        max_response_size: int | None | NotGiven = ...,
        follow_redirects: bool | NotGiven = ...,
        correlation_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> AsyncListItemsPlainPage:
        """List items as a bare array

        Returns `limit` items starting at `offset`, as a JSON array without an envelope.

        Args:
            offset: The number of items to skip.
            limit: The maximum number of items to return.

        GET /items/plain
        """

    async def list(
        self,
        *,
        after: str | None = None,
        limit: int | None = None,
        extra_headers: Mapping[str, str | Omit | None] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = ...,
        max_retries: int | NotGiven = ...,
        deadline: float | None | NotGiven = ...,
        max_response_size: int | None | NotGiven = ...,
        follow_redirects: bool | NotGiven = ...,
        correlation_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> AsyncListItemsPage:
        """List items with a cursor

        Returns the items after the `after` cursor (an item id). `next_cursor` is the id of the last item returned, or null on the last page.

        Args:
            after: Return the items after the item with this id.
            limit: The maximum number of items to return.

        GET /items
        """

class AsyncItemsWithRawResponse:
    def __init__(self, owner: AsyncItems) -> None: ...
    by_offset = AsyncRawView(AsyncItems.by_offset)
    by_page = AsyncRawView(AsyncItems.by_page)
    nested = AsyncRawView(AsyncItems.nested)
    plain = AsyncRawView(AsyncItems.plain)
    list = AsyncRawView(AsyncItems.list)

class AsyncItemsWithStreamingResponse:
    def __init__(self, owner: AsyncItems) -> None: ...
    by_offset = AsyncStreamingView(AsyncItems.by_offset)
    by_page = AsyncStreamingView(AsyncItems.by_page)
    nested = AsyncStreamingView(AsyncItems.nested)
    plain = AsyncStreamingView(AsyncItems.plain)
    list = AsyncStreamingView(AsyncItems.list)
