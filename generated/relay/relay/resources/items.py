"""`client.items`: Items and its response views."""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator, Mapping
from functools import cached_property

import httpx2 as httpx

from .. import models as _models
from .._runtime._async_client import AsyncResource
from .._runtime._async_pagination import AsyncPage
from .._runtime._async_response import AsyncRawView, AsyncStreamingView
from .._runtime._endpoint import Endpoint, ResponseSpec
from .._runtime._models import SDKModel
from .._runtime._pagination import PaginationSpec
from .._runtime._sync_client import SyncResource
from .._runtime._sync_pagination import SyncPage
from .._runtime._sync_response import RawView, StreamingView
from .._runtime._types import NOT_GIVEN, NotGiven, Omit, RequestOptions

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


_BY_OFFSET: Endpoint[_models.OffsetPage] = Endpoint(
    method="GET",
    path="/items/by-offset",
    responses=(ResponseSpec("200", "json", lambda: _models.OffsetPage),),
    errors=(ResponseSpec("400", "json", lambda: _models.Error),),
    security=(("ApiKeyAuth",),),
    pagination=PaginationSpec(
        kind="offset",
        param="offset",
        items=("results",),
        limit_param="limit",
        start=0,
        default_limit=10,
    ),
)


_BY_PAGE: Endpoint[_models.PageNumberPage] = Endpoint(
    method="GET",
    path="/items/by-page",
    responses=(ResponseSpec("200", "json", lambda: _models.PageNumberPage),),
    errors=(ResponseSpec("400", "json", lambda: _models.Error),),
    security=(("ApiKeyAuth",),),
    pagination=PaginationSpec(
        kind="page",
        param="page",
        items=("items",),
        limit_param="per_page",
        start=1,
        default_limit=10,
    ),
)


_NESTED: Endpoint[_models.NestedPage] = Endpoint(
    method="GET",
    path="/items/nested",
    responses=(ResponseSpec("200", "json", lambda: _models.NestedPage),),
    errors=(ResponseSpec("400", "json", lambda: _models.Error),),
    security=(("ApiKeyAuth",),),
    pagination=PaginationSpec(
        kind="cursor",
        param="starting_after",
        items=("entries",),
        next_cursor=("meta", "next"),
    ),
)


_PLAIN: Endpoint[list[_models.Item]] = Endpoint(
    method="GET",
    path="/items/plain",
    responses=(ResponseSpec("200", "json", lambda: list[_models.Item]),),
    errors=(ResponseSpec("400", "json", lambda: _models.Error),),
    security=(("ApiKeyAuth",),),
    pagination=PaginationSpec(
        kind="offset",
        param="offset",
        items=("items",),
        limit_param="limit",
        root_list=True,
        start=0,
        default_limit=10,
    ),
)


_LIST: Endpoint[_models.ItemPage] = Endpoint(
    method="GET",
    path="/items",
    responses=(ResponseSpec("200", "json", lambda: _models.ItemPage),),
    errors=(ResponseSpec("400", "json", lambda: _models.Error),),
    security=(("ApiKeyAuth",),),
    pagination=PaginationSpec(
        kind="cursor",
        param="after",
        items=("data",),
        next_cursor=("next_cursor",),
    ),
)


class ListItemsByOffsetPage(SyncPage, _models.OffsetPage):
    """A page of `by_offset`; iterating it yields every item of every page, fetched as needed."""

    def __iter__(  # type: ignore[override]
        self,
    ) -> Iterator[_models.Item]:
        return super().__iter__()


class ListItemsByPagePage(SyncPage, _models.PageNumberPage):
    """A page of `by_page`; iterating it yields every item of every page, fetched as needed."""

    def __iter__(  # type: ignore[override]
        self,
    ) -> Iterator[_models.Item]:
        return super().__iter__()


class ListItemsNestedPage(SyncPage, _models.NestedPage):
    """A page of `nested`; iterating it yields every item of every page, fetched as needed."""

    def __iter__(  # type: ignore[override]
        self,
    ) -> Iterator[_models.Item]:
        return super().__iter__()


class ListItemsPlainPage(SyncPage, SDKModel):
    """A page of `plain`; iterating it yields every item of every page, fetched as needed."""

    items: list[_models.Item]

    def __iter__(  # type: ignore[override]
        self,
    ) -> Iterator[_models.Item]:
        return super().__iter__()


class ListItemsPage(SyncPage, _models.ItemPage):
    """A page of `list`; iterating it yields every item of every page, fetched as needed."""

    def __iter__(  # type: ignore[override]
        self,
    ) -> Iterator[_models.Item]:
        return super().__iter__()


class Items(SyncResource):
    """The same 25 items, listed with different pagination styles."""

    @cached_property
    def with_raw_response(self) -> ItemsWithRawResponse:
        """These methods, returning the HTTP response (`.parse()` gives the usual result)."""
        return ItemsWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> ItemsWithStreamingResponse:
        """These methods, as context managers over the response, its body not read yet."""
        return ItemsWithStreamingResponse(self)

    def by_offset(
        self,
        *,
        offset: int | None = None,
        limit: int | None = None,
        extra_headers: Mapping[str, str | Omit | None] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        deadline: float | None | NotGiven = NOT_GIVEN,
        max_response_size: int | None | NotGiven = NOT_GIVEN,
        follow_redirects: bool | NotGiven = NOT_GIVEN,
        correlation_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> ListItemsByOffsetPage:
        """List items with an offset

        Returns `limit` items starting at `offset` (0-based), and the total count.

        Args:
            offset: The number of items to skip.
            limit: The maximum number of items to return.
        """
        return self._client.request_page(
            _BY_OFFSET,
            ListItemsByOffsetPage,
            query={
                "offset": offset,
                "limit": limit,
            },
            options=RequestOptions(
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
                max_retries=max_retries,
                deadline=deadline,
                max_response_size=max_response_size,
                follow_redirects=follow_redirects,
                correlation_id=correlation_id,
                idempotency_key=idempotency_key,
            ),
        )

    def by_page(
        self,
        *,
        page: int | None = None,
        per_page: int | None = None,
        extra_headers: Mapping[str, str | Omit | None] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        deadline: float | None | NotGiven = NOT_GIVEN,
        max_response_size: int | None | NotGiven = NOT_GIVEN,
        follow_redirects: bool | NotGiven = NOT_GIVEN,
        correlation_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> ListItemsByPagePage:
        """List items by page number

        Returns page `page` (1-based) of `per_page` items; past the end the page is empty.

        Args:
            page: The page number, starting at 1.
            per_page: The number of items per page.
        """
        return self._client.request_page(
            _BY_PAGE,
            ListItemsByPagePage,
            query={
                "page": page,
                "per_page": per_page,
            },
            options=RequestOptions(
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
                max_retries=max_retries,
                deadline=deadline,
                max_response_size=max_response_size,
                follow_redirects=follow_redirects,
                correlation_id=correlation_id,
                idempotency_key=idempotency_key,
            ),
        )

    def nested(
        self,
        *,
        starting_after: str | None = None,
        limit: int | None = None,
        extra_headers: Mapping[str, str | Omit | None] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        deadline: float | None | NotGiven = NOT_GIVEN,
        max_response_size: int | None | NotGiven = NOT_GIVEN,
        follow_redirects: bool | NotGiven = NOT_GIVEN,
        correlation_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> ListItemsNestedPage:
        """List items with a cursor nested in the response

        Like `listItems`, but the cursor parameter is `starting_after` and the next cursor is at `meta.next`.

        Args:
            starting_after: Return the items after the item with this id.
            limit: The maximum number of items to return.
        """
        return self._client.request_page(
            _NESTED,
            ListItemsNestedPage,
            query={
                "starting_after": starting_after,
                "limit": limit,
            },
            options=RequestOptions(
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
                max_retries=max_retries,
                deadline=deadline,
                max_response_size=max_response_size,
                follow_redirects=follow_redirects,
                correlation_id=correlation_id,
                idempotency_key=idempotency_key,
            ),
        )

    def plain(
        self,
        *,
        offset: int | None = None,
        limit: int | None = None,
        extra_headers: Mapping[str, str | Omit | None] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        deadline: float | None | NotGiven = NOT_GIVEN,
        max_response_size: int | None | NotGiven = NOT_GIVEN,
        follow_redirects: bool | NotGiven = NOT_GIVEN,
        correlation_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> ListItemsPlainPage:
        """List items as a bare array

        Returns `limit` items starting at `offset`, as a JSON array without an envelope.

        Args:
            offset: The number of items to skip.
            limit: The maximum number of items to return.
        """
        return self._client.request_page(
            _PLAIN,
            ListItemsPlainPage,
            query={
                "offset": offset,
                "limit": limit,
            },
            options=RequestOptions(
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
                max_retries=max_retries,
                deadline=deadline,
                max_response_size=max_response_size,
                follow_redirects=follow_redirects,
                correlation_id=correlation_id,
                idempotency_key=idempotency_key,
            ),
        )

    def list(
        self,
        *,
        after: str | None = None,
        limit: int | None = None,
        extra_headers: Mapping[str, str | Omit | None] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        deadline: float | None | NotGiven = NOT_GIVEN,
        max_response_size: int | None | NotGiven = NOT_GIVEN,
        follow_redirects: bool | NotGiven = NOT_GIVEN,
        correlation_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> ListItemsPage:
        """List items with a cursor

        Returns the items after the `after` cursor (an item id). `next_cursor` is the id of the last item returned, or null on the last page.

        Args:
            after: Return the items after the item with this id.
            limit: The maximum number of items to return.
        """
        return self._client.request_page(
            _LIST,
            ListItemsPage,
            query={
                "after": after,
                "limit": limit,
            },
            options=RequestOptions(
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
                max_retries=max_retries,
                deadline=deadline,
                max_response_size=max_response_size,
                follow_redirects=follow_redirects,
                correlation_id=correlation_id,
                idempotency_key=idempotency_key,
            ),
        )


class ItemsWithRawResponse:
    """The methods of Items, returning the HTTP response with `parse()` for the result."""

    def __init__(self, owner: Items) -> None:
        self._owner = owner

    by_offset = RawView(Items.by_offset)
    by_page = RawView(Items.by_page)
    nested = RawView(Items.nested)
    plain = RawView(Items.plain)
    list = RawView(Items.list)


class ItemsWithStreamingResponse:
    """The methods of Items, returning a context manager over the unread response."""

    def __init__(self, owner: Items) -> None:
        self._owner = owner

    by_offset = StreamingView(Items.by_offset)
    by_page = StreamingView(Items.by_page)
    nested = StreamingView(Items.nested)
    plain = StreamingView(Items.plain)
    list = StreamingView(Items.list)


class AsyncListItemsByOffsetPage(AsyncPage, _models.OffsetPage):
    """A page of `by_offset`; `async for` it yields every item of every page, fetched as needed."""

    def __aiter__(self) -> AsyncIterator[_models.Item]:
        return super().__aiter__()


class AsyncListItemsByPagePage(AsyncPage, _models.PageNumberPage):
    """A page of `by_page`; `async for` it yields every item of every page, fetched as needed."""

    def __aiter__(self) -> AsyncIterator[_models.Item]:
        return super().__aiter__()


class AsyncListItemsNestedPage(AsyncPage, _models.NestedPage):
    """A page of `nested`; `async for` it yields every item of every page, fetched as needed."""

    def __aiter__(self) -> AsyncIterator[_models.Item]:
        return super().__aiter__()


class AsyncListItemsPlainPage(AsyncPage, SDKModel):
    """A page of `plain`; `async for` it yields every item of every page, fetched as needed."""

    items: list[_models.Item]

    def __aiter__(self) -> AsyncIterator[_models.Item]:
        return super().__aiter__()


class AsyncListItemsPage(AsyncPage, _models.ItemPage):
    """A page of `list`; `async for` it yields every item of every page, fetched as needed."""

    def __aiter__(self) -> AsyncIterator[_models.Item]:
        return super().__aiter__()


class AsyncItems(AsyncResource):
    """The same 25 items, listed with different pagination styles."""

    @cached_property
    def with_raw_response(self) -> AsyncItemsWithRawResponse:
        """These methods, returning the HTTP response (`.parse()` gives the usual result)."""
        return AsyncItemsWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncItemsWithStreamingResponse:
        """These methods, as context managers over the response, its body not read yet."""
        return AsyncItemsWithStreamingResponse(self)

    async def by_offset(
        self,
        *,
        offset: int | None = None,
        limit: int | None = None,
        extra_headers: Mapping[str, str | Omit | None] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        deadline: float | None | NotGiven = NOT_GIVEN,
        max_response_size: int | None | NotGiven = NOT_GIVEN,
        follow_redirects: bool | NotGiven = NOT_GIVEN,
        correlation_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> AsyncListItemsByOffsetPage:
        """List items with an offset

        Returns `limit` items starting at `offset` (0-based), and the total count.

        Args:
            offset: The number of items to skip.
            limit: The maximum number of items to return.
        """
        return await self._client.request_page(
            _BY_OFFSET,
            AsyncListItemsByOffsetPage,
            query={
                "offset": offset,
                "limit": limit,
            },
            options=RequestOptions(
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
                max_retries=max_retries,
                deadline=deadline,
                max_response_size=max_response_size,
                follow_redirects=follow_redirects,
                correlation_id=correlation_id,
                idempotency_key=idempotency_key,
            ),
        )

    async def by_page(
        self,
        *,
        page: int | None = None,
        per_page: int | None = None,
        extra_headers: Mapping[str, str | Omit | None] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        deadline: float | None | NotGiven = NOT_GIVEN,
        max_response_size: int | None | NotGiven = NOT_GIVEN,
        follow_redirects: bool | NotGiven = NOT_GIVEN,
        correlation_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> AsyncListItemsByPagePage:
        """List items by page number

        Returns page `page` (1-based) of `per_page` items; past the end the page is empty.

        Args:
            page: The page number, starting at 1.
            per_page: The number of items per page.
        """
        return await self._client.request_page(
            _BY_PAGE,
            AsyncListItemsByPagePage,
            query={
                "page": page,
                "per_page": per_page,
            },
            options=RequestOptions(
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
                max_retries=max_retries,
                deadline=deadline,
                max_response_size=max_response_size,
                follow_redirects=follow_redirects,
                correlation_id=correlation_id,
                idempotency_key=idempotency_key,
            ),
        )

    async def nested(
        self,
        *,
        starting_after: str | None = None,
        limit: int | None = None,
        extra_headers: Mapping[str, str | Omit | None] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        deadline: float | None | NotGiven = NOT_GIVEN,
        max_response_size: int | None | NotGiven = NOT_GIVEN,
        follow_redirects: bool | NotGiven = NOT_GIVEN,
        correlation_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> AsyncListItemsNestedPage:
        """List items with a cursor nested in the response

        Like `listItems`, but the cursor parameter is `starting_after` and the next cursor is at `meta.next`.

        Args:
            starting_after: Return the items after the item with this id.
            limit: The maximum number of items to return.
        """
        return await self._client.request_page(
            _NESTED,
            AsyncListItemsNestedPage,
            query={
                "starting_after": starting_after,
                "limit": limit,
            },
            options=RequestOptions(
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
                max_retries=max_retries,
                deadline=deadline,
                max_response_size=max_response_size,
                follow_redirects=follow_redirects,
                correlation_id=correlation_id,
                idempotency_key=idempotency_key,
            ),
        )

    async def plain(
        self,
        *,
        offset: int | None = None,
        limit: int | None = None,
        extra_headers: Mapping[str, str | Omit | None] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        deadline: float | None | NotGiven = NOT_GIVEN,
        max_response_size: int | None | NotGiven = NOT_GIVEN,
        follow_redirects: bool | NotGiven = NOT_GIVEN,
        correlation_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> AsyncListItemsPlainPage:
        """List items as a bare array

        Returns `limit` items starting at `offset`, as a JSON array without an envelope.

        Args:
            offset: The number of items to skip.
            limit: The maximum number of items to return.
        """
        return await self._client.request_page(
            _PLAIN,
            AsyncListItemsPlainPage,
            query={
                "offset": offset,
                "limit": limit,
            },
            options=RequestOptions(
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
                max_retries=max_retries,
                deadline=deadline,
                max_response_size=max_response_size,
                follow_redirects=follow_redirects,
                correlation_id=correlation_id,
                idempotency_key=idempotency_key,
            ),
        )

    async def list(
        self,
        *,
        after: str | None = None,
        limit: int | None = None,
        extra_headers: Mapping[str, str | Omit | None] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        deadline: float | None | NotGiven = NOT_GIVEN,
        max_response_size: int | None | NotGiven = NOT_GIVEN,
        follow_redirects: bool | NotGiven = NOT_GIVEN,
        correlation_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> AsyncListItemsPage:
        """List items with a cursor

        Returns the items after the `after` cursor (an item id). `next_cursor` is the id of the last item returned, or null on the last page.

        Args:
            after: Return the items after the item with this id.
            limit: The maximum number of items to return.
        """
        return await self._client.request_page(
            _LIST,
            AsyncListItemsPage,
            query={
                "after": after,
                "limit": limit,
            },
            options=RequestOptions(
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
                max_retries=max_retries,
                deadline=deadline,
                max_response_size=max_response_size,
                follow_redirects=follow_redirects,
                correlation_id=correlation_id,
                idempotency_key=idempotency_key,
            ),
        )


class AsyncItemsWithRawResponse:
    """The methods of AsyncItems, returning the HTTP response with `parse()` for the result."""

    def __init__(self, owner: AsyncItems) -> None:
        self._owner = owner

    by_offset = AsyncRawView(AsyncItems.by_offset)
    by_page = AsyncRawView(AsyncItems.by_page)
    nested = AsyncRawView(AsyncItems.nested)
    plain = AsyncRawView(AsyncItems.plain)
    list = AsyncRawView(AsyncItems.list)


class AsyncItemsWithStreamingResponse:
    """The methods of AsyncItems, returning a context manager over the unread response."""

    def __init__(self, owner: AsyncItems) -> None:
        self._owner = owner

    by_offset = AsyncStreamingView(AsyncItems.by_offset)
    by_page = AsyncStreamingView(AsyncItems.by_page)
    nested = AsyncStreamingView(AsyncItems.nested)
    plain = AsyncStreamingView(AsyncItems.plain)
    list = AsyncStreamingView(AsyncItems.list)
