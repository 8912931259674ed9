from collections.abc import AsyncIterator, Iterator, Mapping
from functools import cached_property
from typing import Protocol, type_check_only

import httpx

from .. import models
from .._runtime._async_client import AsyncResource
from .._runtime._async_pagination import AsyncPage
from .._runtime._async_response import (
    AsyncResponseContextManager,
    AsyncStreamedResponse,
)
from .._runtime._models import SDKModel
from .._runtime._response import APIResponse
from .._runtime._sync_client import SyncResource
from .._runtime._sync_pagination import SyncPage
from .._runtime._sync_response import ResponseContextManager, StreamedResponse
from .._runtime._types import NotGiven

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

class ListItemsPage(SyncPage, models.ItemPage):
    def __iter__(self) -> Iterator[models.Item]: ...  # type: ignore[override]

class ListItemsByOffsetPage(SyncPage, models.OffsetPage):
    def __iter__(self) -> Iterator[models.Item]: ...  # type: ignore[override]

class ListItemsByPagePage(SyncPage, models.PageNumberPage):
    def __iter__(self) -> Iterator[models.Item]: ...  # type: ignore[override]

class ListItemsNestedPage(SyncPage, models.NestedPage):
    def __iter__(self) -> Iterator[models.Item]: ...  # type: ignore[override]

class ListItemsPlainPage(SyncPage, SDKModel):
    items: list[models.Item]
    def __iter__(self) -> Iterator[models.Item]: ...  # type: ignore[override]

class Items(SyncResource):
    @cached_property
    def with_raw_response(self) -> ItemsWithRawResponse: ...
    @cached_property
    def with_streaming_response(self) -> ItemsWithStreamingResponse: ...
    def list_items(
        self,
        *,
        after: str | None = None,
        limit: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = ...,
        max_retries: int | NotGiven = ...,
        deadline: float | None | NotGiven = ...,
    ) -> ListItemsPage: ...
    def list_items_by_offset(
        self,
        *,
        offset: int | None = None,
        limit: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = ...,
        max_retries: int | NotGiven = ...,
        deadline: float | None | NotGiven = ...,
    ) -> ListItemsByOffsetPage: ...
    def list_items_by_page(
        self,
        *,
        page: int | None = None,
        per_page: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = ...,
        max_retries: int | NotGiven = ...,
        deadline: float | None | NotGiven = ...,
    ) -> ListItemsByPagePage: ...
    def list_items_nested(
        self,
        *,
        starting_after: str | None = None,
        limit: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = ...,
        max_retries: int | NotGiven = ...,
        deadline: float | None | NotGiven = ...,
    ) -> ListItemsNestedPage: ...
    def list_items_plain(
        self,
        *,
        offset: int | None = None,
        limit: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = ...,
        max_retries: int | NotGiven = ...,
        deadline: float | None | NotGiven = ...,
    ) -> ListItemsPlainPage: ...

@type_check_only
class _Raw_list_items(Protocol):
    def __call__(
        self,
        *,
        after: str | None = None,
        limit: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = ...,
        max_retries: int | NotGiven = ...,
        deadline: float | None | NotGiven = ...,
    ) -> APIResponse[ListItemsPage]: ...

@type_check_only
class _Raw_list_items_by_offset(Protocol):
    def __call__(
        self,
        *,
        offset: int | None = None,
        limit: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = ...,
        max_retries: int | NotGiven = ...,
        deadline: float | None | NotGiven = ...,
    ) -> APIResponse[ListItemsByOffsetPage]: ...

@type_check_only
class _Raw_list_items_by_page(Protocol):
    def __call__(
        self,
        *,
        page: int | None = None,
        per_page: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = ...,
        max_retries: int | NotGiven = ...,
        deadline: float | None | NotGiven = ...,
    ) -> APIResponse[ListItemsByPagePage]: ...

@type_check_only
class _Raw_list_items_nested(Protocol):
    def __call__(
        self,
        *,
        starting_after: str | None = None,
        limit: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = ...,
        max_retries: int | NotGiven = ...,
        deadline: float | None | NotGiven = ...,
    ) -> APIResponse[ListItemsNestedPage]: ...

@type_check_only
class _Raw_list_items_plain(Protocol):
    def __call__(
        self,
        *,
        offset: int | None = None,
        limit: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = ...,
        max_retries: int | NotGiven = ...,
        deadline: float | None | NotGiven = ...,
    ) -> APIResponse[ListItemsPlainPage]: ...

class ItemsWithRawResponse:
    def __init__(self, owner: Items) -> None: ...
    list_items: _Raw_list_items
    list_items_by_offset: _Raw_list_items_by_offset
    list_items_by_page: _Raw_list_items_by_page
    list_items_nested: _Raw_list_items_nested
    list_items_plain: _Raw_list_items_plain

@type_check_only
class _Streaming_list_items(Protocol):
    def __call__(
        self,
        *,
        after: str | None = None,
        limit: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = ...,
        max_retries: int | NotGiven = ...,
        deadline: float | None | NotGiven = ...,
    ) -> ResponseContextManager[StreamedResponse[ListItemsPage]]: ...

@type_check_only
class _Streaming_list_items_by_offset(Protocol):
    def __call__(
        self,
        *,
        offset: int | None = None,
        limit: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = ...,
        max_retries: int | NotGiven = ...,
        deadline: float | None | NotGiven = ...,
    ) -> ResponseContextManager[StreamedResponse[ListItemsByOffsetPage]]: ...

@type_check_only
class _Streaming_list_items_by_page(Protocol):
    def __call__(
        self,
        *,
        page: int | None = None,
        per_page: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = ...,
        max_retries: int | NotGiven = ...,
        deadline: float | None | NotGiven = ...,
    ) -> ResponseContextManager[StreamedResponse[ListItemsByPagePage]]: ...

@type_check_only
class _Streaming_list_items_nested(Protocol):
    def __call__(
        self,
        *,
        starting_after: str | None = None,
        limit: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = ...,
        max_retries: int | NotGiven = ...,
        deadline: float | None | NotGiven = ...,
    ) -> ResponseContextManager[StreamedResponse[ListItemsNestedPage]]: ...

@type_check_only
class _Streaming_list_items_plain(Protocol):
    def __call__(
        self,
        *,
        offset: int | None = None,
        limit: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = ...,
        max_retries: int | NotGiven = ...,
        deadline: float | None | NotGiven = ...,
    ) -> ResponseContextManager[StreamedResponse[ListItemsPlainPage]]: ...

class ItemsWithStreamingResponse:
    def __init__(self, owner: Items) -> None: ...
    list_items: _Streaming_list_items
    list_items_by_offset: _Streaming_list_items_by_offset
    list_items_by_page: _Streaming_list_items_by_page
    list_items_nested: _Streaming_list_items_nested
    list_items_plain: _Streaming_list_items_plain

class AsyncListItemsPage(AsyncPage, models.ItemPage):
    def __aiter__(self) -> AsyncIterator[models.Item]: ...

class AsyncListItemsByOffsetPage(AsyncPage, models.OffsetPage):
    def __aiter__(self) -> AsyncIterator[models.Item]: ...

class AsyncListItemsByPagePage(AsyncPage, models.PageNumberPage):
    def __aiter__(self) -> AsyncIterator[models.Item]: ...

class AsyncListItemsNestedPage(AsyncPage, models.NestedPage):
    def __aiter__(self) -> AsyncIterator[models.Item]: ...

class AsyncListItemsPlainPage(AsyncPage, SDKModel):
    items: list[models.Item]
    def __aiter__(self) -> AsyncIterator[models.Item]: ...

class AsyncItems(AsyncResource):
    @cached_property
    def with_raw_response(self) -> AsyncItemsWithRawResponse: ...
    @cached_property
    def with_streaming_response(self) -> AsyncItemsWithStreamingResponse: ...
    async def list_items(
        self,
        *,
        after: str | None = None,
        limit: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = ...,
        max_retries: int | NotGiven = ...,
        deadline: float | None | NotGiven = ...,
    ) -> AsyncListItemsPage: ...
    async def list_items_by_offset(
        self,
        *,
        offset: int | None = None,
        limit: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = ...,
        max_retries: int | NotGiven = ...,
        deadline: float | None | NotGiven = ...,
    ) -> AsyncListItemsByOffsetPage: ...
    async def list_items_by_page(
        self,
        *,
        page: int | None = None,
        per_page: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = ...,
        max_retries: int | NotGiven = ...,
        deadline: float | None | NotGiven = ...,
    ) -> AsyncListItemsByPagePage: ...
    async def list_items_nested(
        self,
        *,
        starting_after: str | None = None,
        limit: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = ...,
        max_retries: int | NotGiven = ...,
        deadline: float | None | NotGiven = ...,
    ) -> AsyncListItemsNestedPage: ...
    async def list_items_plain(
        self,
        *,
        offset: int | None = None,
        limit: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = ...,
        max_retries: int | NotGiven = ...,
        deadline: float | None | NotGiven = ...,
    ) -> AsyncListItemsPlainPage: ...

@type_check_only
class _AsyncRaw_list_items(Protocol):
    async def __call__(
        self,
        *,
        after: str | None = None,
        limit: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = ...,
        max_retries: int | NotGiven = ...,
        deadline: float | None | NotGiven = ...,
    ) -> APIResponse[AsyncListItemsPage]: ...

@type_check_only
class _AsyncRaw_list_items_by_offset(Protocol):
    async def __call__(
        self,
        *,
        offset: int | None = None,
        limit: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = ...,
        max_retries: int | NotGiven = ...,
        deadline: float | None | NotGiven = ...,
    ) -> APIResponse[AsyncListItemsByOffsetPage]: ...

@type_check_only
class _AsyncRaw_list_items_by_page(Protocol):
    async def __call__(
        self,
        *,
        page: int | None = None,
        per_page: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = ...,
        max_retries: int | NotGiven = ...,
        deadline: float | None | NotGiven = ...,
    ) -> APIResponse[AsyncListItemsByPagePage]: ...

@type_check_only
class _AsyncRaw_list_items_nested(Protocol):
    async def __call__(
        self,
        *,
        starting_after: str | None = None,
        limit: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = ...,
        max_retries: int | NotGiven = ...,
        deadline: float | None | NotGiven = ...,
    ) -> APIResponse[AsyncListItemsNestedPage]: ...

@type_check_only
class _AsyncRaw_list_items_plain(Protocol):
    async def __call__(
        self,
        *,
        offset: int | None = None,
        limit: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = ...,
        max_retries: int | NotGiven = ...,
        deadline: float | None | NotGiven = ...,
    ) -> APIResponse[AsyncListItemsPlainPage]: ...

class AsyncItemsWithRawResponse:
    def __init__(self, owner: AsyncItems) -> None: ...
    list_items: _AsyncRaw_list_items
    list_items_by_offset: _AsyncRaw_list_items_by_offset
    list_items_by_page: _AsyncRaw_list_items_by_page
    list_items_nested: _AsyncRaw_list_items_nested
    list_items_plain: _AsyncRaw_list_items_plain

@type_check_only
class _AsyncStreaming_list_items(Protocol):
    def __call__(
        self,
        *,
        after: str | None = None,
        limit: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = ...,
        max_retries: int | NotGiven = ...,
        deadline: float | None | NotGiven = ...,
    ) -> AsyncResponseContextManager[AsyncStreamedResponse[AsyncListItemsPage]]: ...

@type_check_only
class _AsyncStreaming_list_items_by_offset(Protocol):
    def __call__(
        self,
        *,
        offset: int | None = None,
        limit: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = ...,
        max_retries: int | NotGiven = ...,
        deadline: float | None | NotGiven = ...,
    ) -> AsyncResponseContextManager[
        AsyncStreamedResponse[AsyncListItemsByOffsetPage]
    ]: ...

@type_check_only
class _AsyncStreaming_list_items_by_page(Protocol):
    def __call__(
        self,
        *,
        page: int | None = None,
        per_page: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = ...,
        max_retries: int | NotGiven = ...,
        deadline: float | None | NotGiven = ...,
    ) -> AsyncResponseContextManager[
        AsyncStreamedResponse[AsyncListItemsByPagePage]
    ]: ...

@type_check_only
class _AsyncStreaming_list_items_nested(Protocol):
    def __call__(
        self,
        *,
        starting_after: str | None = None,
        limit: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = ...,
        max_retries: int | NotGiven = ...,
        deadline: float | None | NotGiven = ...,
    ) -> AsyncResponseContextManager[
        AsyncStreamedResponse[AsyncListItemsNestedPage]
    ]: ...

@type_check_only
class _AsyncStreaming_list_items_plain(Protocol):
    def __call__(
        self,
        *,
        offset: int | None = None,
        limit: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = ...,
        max_retries: int | NotGiven = ...,
        deadline: float | None | NotGiven = ...,
    ) -> AsyncResponseContextManager[
        AsyncStreamedResponse[AsyncListItemsPlainPage]
    ]: ...

class AsyncItemsWithStreamingResponse:
    def __init__(self, owner: AsyncItems) -> None: ...
    list_items: _AsyncStreaming_list_items
    list_items_by_offset: _AsyncStreaming_list_items_by_offset
    list_items_by_page: _AsyncStreaming_list_items_by_page
    list_items_nested: _AsyncStreaming_list_items_nested
    list_items_plain: _AsyncStreaming_list_items_plain
