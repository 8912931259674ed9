from collections.abc import AsyncIterator, Iterator, Mapping
from functools import cached_property
from typing import Protocol, type_check_only

import httpx

from .. import models as _models
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
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = ...,
        max_retries: int | NotGiven = ...,
        deadline: float | None | NotGiven = ...,
        max_response_size: int | None | NotGiven = ...,
        correlation_id: str | None = None,
    ) -> ListItemsByOffsetPage:
        """GET /items/by-offset"""

    def by_page(
        self,
        *,
        page: int | None = None,
        per_page: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = ...,
        max_retries: int | NotGiven = ...,
        deadline: float | None | NotGiven = ...,
        max_response_size: int | None | NotGiven = ...,
        correlation_id: str | None = None,
    ) -> ListItemsByPagePage:
        """GET /items/by-page"""

    def nested(
        self,
        *,
        starting_after: str | None = None,
        limit: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = ...,
        max_retries: int | NotGiven = ...,
        deadline: float | None | NotGiven = ...,
        max_response_size: int | None | NotGiven = ...,
        correlation_id: str | None = None,
    ) -> ListItemsNestedPage:
        """GET /items/nested"""

    def plain(
        self,
        *,
        offset: int | None = None,
        limit: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = ...,
        max_retries: int | NotGiven = ...,
        deadline: float | None | NotGiven = ...,
        max_response_size: int | None | NotGiven = ...,
        correlation_id: str | None = None,
    ) -> ListItemsPlainPage:
        """GET /items/plain"""

    def list(
        self,
        *,
        after: str | None = None,
        limit: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = ...,
        max_retries: int | NotGiven = ...,
        deadline: float | None | NotGiven = ...,
        max_response_size: int | None | NotGiven = ...,
        correlation_id: str | None = None,
    ) -> ListItemsPage:
        """GET /items"""

@type_check_only
class _Raw_by_offset(Protocol):
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
        max_response_size: int | None | NotGiven = ...,
        correlation_id: str | None = None,
    ) -> APIResponse[ListItemsByOffsetPage]: ...

@type_check_only
class _Raw_by_page(Protocol):
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
        max_response_size: int | None | NotGiven = ...,
        correlation_id: str | None = None,
    ) -> APIResponse[ListItemsByPagePage]: ...

@type_check_only
class _Raw_nested(Protocol):
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
        max_response_size: int | None | NotGiven = ...,
        correlation_id: str | None = None,
    ) -> APIResponse[ListItemsNestedPage]: ...

@type_check_only
class _Raw_plain(Protocol):
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
        max_response_size: int | None | NotGiven = ...,
        correlation_id: str | None = None,
    ) -> APIResponse[ListItemsPlainPage]: ...

@type_check_only
class _Raw_list(Protocol):
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
        max_response_size: int | None | NotGiven = ...,
        correlation_id: str | None = None,
    ) -> APIResponse[ListItemsPage]: ...

class ItemsWithRawResponse:
    def __init__(self, owner: Items) -> None: ...
    by_offset: _Raw_by_offset
    by_page: _Raw_by_page
    nested: _Raw_nested
    plain: _Raw_plain
    list: _Raw_list

@type_check_only
class _Streaming_by_offset(Protocol):
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
        max_response_size: int | None | NotGiven = ...,
        correlation_id: str | None = None,
    ) -> ResponseContextManager[StreamedResponse[ListItemsByOffsetPage]]: ...

@type_check_only
class _Streaming_by_page(Protocol):
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
        max_response_size: int | None | NotGiven = ...,
        correlation_id: str | None = None,
    ) -> ResponseContextManager[StreamedResponse[ListItemsByPagePage]]: ...

@type_check_only
class _Streaming_nested(Protocol):
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
        max_response_size: int | None | NotGiven = ...,
        correlation_id: str | None = None,
    ) -> ResponseContextManager[StreamedResponse[ListItemsNestedPage]]: ...

@type_check_only
class _Streaming_plain(Protocol):
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
        max_response_size: int | None | NotGiven = ...,
        correlation_id: str | None = None,
    ) -> ResponseContextManager[StreamedResponse[ListItemsPlainPage]]: ...

@type_check_only
class _Streaming_list(Protocol):
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
        max_response_size: int | None | NotGiven = ...,
        correlation_id: str | None = None,
    ) -> ResponseContextManager[StreamedResponse[ListItemsPage]]: ...

class ItemsWithStreamingResponse:
    def __init__(self, owner: Items) -> None: ...
    by_offset: _Streaming_by_offset
    by_page: _Streaming_by_page
    nested: _Streaming_nested
    plain: _Streaming_plain
    list: _Streaming_list

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
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = ...,
        max_retries: int | NotGiven = ...,
        deadline: float | None | NotGiven = ...,
        max_response_size: int | None | NotGiven = ...,
        correlation_id: str | None = None,
    ) -> AsyncListItemsByOffsetPage:
        """GET /items/by-offset"""

    async def by_page(
        self,
        *,
        page: int | None = None,
        per_page: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = ...,
        max_retries: int | NotGiven = ...,
        deadline: float | None | NotGiven = ...,
        max_response_size: int | None | NotGiven = ...,
        correlation_id: str | None = None,
    ) -> AsyncListItemsByPagePage:
        """GET /items/by-page"""

    async def nested(
        self,
        *,
        starting_after: str | None = None,
        limit: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = ...,
        max_retries: int | NotGiven = ...,
        deadline: float | None | NotGiven = ...,
        max_response_size: int | None | NotGiven = ...,
        correlation_id: str | None = None,
    ) -> AsyncListItemsNestedPage:
        """GET /items/nested"""

    async def plain(
        self,
        *,
        offset: int | None = None,
        limit: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = ...,
        max_retries: int | NotGiven = ...,
        deadline: float | None | NotGiven = ...,
        max_response_size: int | None | NotGiven = ...,
        correlation_id: str | None = None,
    ) -> AsyncListItemsPlainPage:
        """GET /items/plain"""

    async def list(
        self,
        *,
        after: str | None = None,
        limit: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = ...,
        max_retries: int | NotGiven = ...,
        deadline: float | None | NotGiven = ...,
        max_response_size: int | None | NotGiven = ...,
        correlation_id: str | None = None,
    ) -> AsyncListItemsPage:
        """GET /items"""

@type_check_only
class _AsyncRaw_by_offset(Protocol):
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
        max_response_size: int | None | NotGiven = ...,
        correlation_id: str | None = None,
    ) -> APIResponse[AsyncListItemsByOffsetPage]: ...

@type_check_only
class _AsyncRaw_by_page(Protocol):
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
        max_response_size: int | None | NotGiven = ...,
        correlation_id: str | None = None,
    ) -> APIResponse[AsyncListItemsByPagePage]: ...

@type_check_only
class _AsyncRaw_nested(Protocol):
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
        max_response_size: int | None | NotGiven = ...,
        correlation_id: str | None = None,
    ) -> APIResponse[AsyncListItemsNestedPage]: ...

@type_check_only
class _AsyncRaw_plain(Protocol):
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
        max_response_size: int | None | NotGiven = ...,
        correlation_id: str | None = None,
    ) -> APIResponse[AsyncListItemsPlainPage]: ...

@type_check_only
class _AsyncRaw_list(Protocol):
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
        max_response_size: int | None | NotGiven = ...,
        correlation_id: str | None = None,
    ) -> APIResponse[AsyncListItemsPage]: ...

class AsyncItemsWithRawResponse:
    def __init__(self, owner: AsyncItems) -> None: ...
    by_offset: _AsyncRaw_by_offset
    by_page: _AsyncRaw_by_page
    nested: _AsyncRaw_nested
    plain: _AsyncRaw_plain
    list: _AsyncRaw_list

@type_check_only
class _AsyncStreaming_by_offset(Protocol):
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
        max_response_size: int | None | NotGiven = ...,
        correlation_id: str | None = None,
    ) -> AsyncResponseContextManager[
        AsyncStreamedResponse[AsyncListItemsByOffsetPage]
    ]: ...

@type_check_only
class _AsyncStreaming_by_page(Protocol):
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
        max_response_size: int | None | NotGiven = ...,
        correlation_id: str | None = None,
    ) -> AsyncResponseContextManager[
        AsyncStreamedResponse[AsyncListItemsByPagePage]
    ]: ...

@type_check_only
class _AsyncStreaming_nested(Protocol):
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
        max_response_size: int | None | NotGiven = ...,
        correlation_id: str | None = None,
    ) -> AsyncResponseContextManager[
        AsyncStreamedResponse[AsyncListItemsNestedPage]
    ]: ...

@type_check_only
class _AsyncStreaming_plain(Protocol):
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
        max_response_size: int | None | NotGiven = ...,
        correlation_id: str | None = None,
    ) -> AsyncResponseContextManager[
        AsyncStreamedResponse[AsyncListItemsPlainPage]
    ]: ...

@type_check_only
class _AsyncStreaming_list(Protocol):
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
        max_response_size: int | None | NotGiven = ...,
        correlation_id: str | None = None,
    ) -> AsyncResponseContextManager[AsyncStreamedResponse[AsyncListItemsPage]]: ...

class AsyncItemsWithStreamingResponse:
    def __init__(self, owner: AsyncItems) -> None: ...
    by_offset: _AsyncStreaming_by_offset
    by_page: _AsyncStreaming_by_page
    nested: _AsyncStreaming_nested
    plain: _AsyncStreaming_plain
    list: _AsyncStreaming_list
