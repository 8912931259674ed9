from collections.abc import Mapping
from functools import cached_property
from typing import Protocol, type_check_only

import httpx

from .. import models as _models
from .._runtime._async_client import AsyncResource
from .._runtime._async_response import (
    AsyncResponseContextManager,
    AsyncStreamedResponse,
)
from .._runtime._response import APIResponse
from .._runtime._sync_client import SyncResource
from .._runtime._sync_response import ResponseContextManager, StreamedResponse
from .._runtime._types import NotGiven

__all__ = [
    "AsyncStoreAdminStats",
    "AsyncStoreAdminStatsWithRawResponse",
    "AsyncStoreAdminStatsWithStreamingResponse",
    "StoreAdminStats",
    "StoreAdminStatsWithRawResponse",
    "StoreAdminStatsWithStreamingResponse",
]

class StoreAdminStats(SyncResource):
    @cached_property
    def with_raw_response(self) -> StoreAdminStatsWithRawResponse: ...
    @cached_property
    def with_streaming_response(self) -> StoreAdminStatsWithStreamingResponse: ...
    def list(
        self,
        *,
        x_admin_token: str,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = ...,
        max_retries: int | NotGiven = ...,
        deadline: float | None | NotGiven = ...,
        max_response_size: int | None | NotGiven = ...,
        correlation_id: str | None = None,
    ) -> _models.InventoryStats:
        """GET /admin/stats"""

@type_check_only
class _Raw_list(Protocol):
    def __call__(
        self,
        *,
        x_admin_token: str,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = ...,
        max_retries: int | NotGiven = ...,
        deadline: float | None | NotGiven = ...,
        max_response_size: int | None | NotGiven = ...,
        correlation_id: str | None = None,
    ) -> APIResponse[_models.InventoryStats]: ...

class StoreAdminStatsWithRawResponse:
    def __init__(self, owner: StoreAdminStats) -> None: ...
    list: _Raw_list

@type_check_only
class _Streaming_list(Protocol):
    def __call__(
        self,
        *,
        x_admin_token: str,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = ...,
        max_retries: int | NotGiven = ...,
        deadline: float | None | NotGiven = ...,
        max_response_size: int | None | NotGiven = ...,
        correlation_id: str | None = None,
    ) -> ResponseContextManager[StreamedResponse[_models.InventoryStats]]: ...

class StoreAdminStatsWithStreamingResponse:
    def __init__(self, owner: StoreAdminStats) -> None: ...
    list: _Streaming_list

class AsyncStoreAdminStats(AsyncResource):
    @cached_property
    def with_raw_response(self) -> AsyncStoreAdminStatsWithRawResponse: ...
    @cached_property
    def with_streaming_response(self) -> AsyncStoreAdminStatsWithStreamingResponse: ...
    async def list(
        self,
        *,
        x_admin_token: str,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = ...,
        max_retries: int | NotGiven = ...,
        deadline: float | None | NotGiven = ...,
        max_response_size: int | None | NotGiven = ...,
        correlation_id: str | None = None,
    ) -> _models.InventoryStats:
        """GET /admin/stats"""

@type_check_only
class _AsyncRaw_list(Protocol):
    async def __call__(
        self,
        *,
        x_admin_token: str,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = ...,
        max_retries: int | NotGiven = ...,
        deadline: float | None | NotGiven = ...,
        max_response_size: int | None | NotGiven = ...,
        correlation_id: str | None = None,
    ) -> APIResponse[_models.InventoryStats]: ...

class AsyncStoreAdminStatsWithRawResponse:
    def __init__(self, owner: AsyncStoreAdminStats) -> None: ...
    list: _AsyncRaw_list

@type_check_only
class _AsyncStreaming_list(Protocol):
    def __call__(
        self,
        *,
        x_admin_token: str,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = ...,
        max_retries: int | NotGiven = ...,
        deadline: float | None | NotGiven = ...,
        max_response_size: int | None | NotGiven = ...,
        correlation_id: str | None = None,
    ) -> AsyncResponseContextManager[AsyncStreamedResponse[_models.InventoryStats]]: ...

class AsyncStoreAdminStatsWithStreamingResponse:
    def __init__(self, owner: AsyncStoreAdminStats) -> None: ...
    list: _AsyncStreaming_list
