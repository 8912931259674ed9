from collections.abc import Mapping
from functools import cached_property
from typing import Protocol, type_check_only

import httpx

from .. import models
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
    "AsyncStoreAdmin",
    "AsyncStoreAdminWithRawResponse",
    "AsyncStoreAdminWithStreamingResponse",
    "StoreAdmin",
    "StoreAdminWithRawResponse",
    "StoreAdminWithStreamingResponse",
]

class StoreAdmin(SyncResource):
    @cached_property
    def with_raw_response(self) -> StoreAdminWithRawResponse: ...
    @cached_property
    def with_streaming_response(self) -> StoreAdminWithStreamingResponse: ...
    def get_inventory_stats(
        self,
        *,
        x_admin_token: str,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = ...,
        max_retries: int | NotGiven = ...,
        deadline: float | None | NotGiven = ...,
    ) -> models.InventoryStats: ...
    def reset_store(
        self,
        *,
        x_admin_token: str,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = ...,
        max_retries: int | NotGiven = ...,
        deadline: float | None | NotGiven = ...,
    ) -> None: ...

@type_check_only
class _Raw_get_inventory_stats(Protocol):
    def __call__(
        self,
        *,
        x_admin_token: str,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = ...,
        max_retries: int | NotGiven = ...,
        deadline: float | None | NotGiven = ...,
    ) -> APIResponse[models.InventoryStats]: ...

@type_check_only
class _Raw_reset_store(Protocol):
    def __call__(
        self,
        *,
        x_admin_token: str,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = ...,
        max_retries: int | NotGiven = ...,
        deadline: float | None | NotGiven = ...,
    ) -> APIResponse[None]: ...

class StoreAdminWithRawResponse:
    def __init__(self, owner: StoreAdmin) -> None: ...
    get_inventory_stats: _Raw_get_inventory_stats
    reset_store: _Raw_reset_store

@type_check_only
class _Streaming_get_inventory_stats(Protocol):
    def __call__(
        self,
        *,
        x_admin_token: str,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = ...,
        max_retries: int | NotGiven = ...,
        deadline: float | None | NotGiven = ...,
    ) -> ResponseContextManager[StreamedResponse[models.InventoryStats]]: ...

@type_check_only
class _Streaming_reset_store(Protocol):
    def __call__(
        self,
        *,
        x_admin_token: str,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = ...,
        max_retries: int | NotGiven = ...,
        deadline: float | None | NotGiven = ...,
    ) -> ResponseContextManager[StreamedResponse[None]]: ...

class StoreAdminWithStreamingResponse:
    def __init__(self, owner: StoreAdmin) -> None: ...
    get_inventory_stats: _Streaming_get_inventory_stats
    reset_store: _Streaming_reset_store

class AsyncStoreAdmin(AsyncResource):
    @cached_property
    def with_raw_response(self) -> AsyncStoreAdminWithRawResponse: ...
    @cached_property
    def with_streaming_response(self) -> AsyncStoreAdminWithStreamingResponse: ...
    async def get_inventory_stats(
        self,
        *,
        x_admin_token: str,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = ...,
        max_retries: int | NotGiven = ...,
        deadline: float | None | NotGiven = ...,
    ) -> models.InventoryStats: ...
    async def reset_store(
        self,
        *,
        x_admin_token: str,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = ...,
        max_retries: int | NotGiven = ...,
        deadline: float | None | NotGiven = ...,
    ) -> None: ...

@type_check_only
class _AsyncRaw_get_inventory_stats(Protocol):
    async def __call__(
        self,
        *,
        x_admin_token: str,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = ...,
        max_retries: int | NotGiven = ...,
        deadline: float | None | NotGiven = ...,
    ) -> APIResponse[models.InventoryStats]: ...

@type_check_only
class _AsyncRaw_reset_store(Protocol):
    async def __call__(
        self,
        *,
        x_admin_token: str,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = ...,
        max_retries: int | NotGiven = ...,
        deadline: float | None | NotGiven = ...,
    ) -> APIResponse[None]: ...

class AsyncStoreAdminWithRawResponse:
    def __init__(self, owner: AsyncStoreAdmin) -> None: ...
    get_inventory_stats: _AsyncRaw_get_inventory_stats
    reset_store: _AsyncRaw_reset_store

@type_check_only
class _AsyncStreaming_get_inventory_stats(Protocol):
    def __call__(
        self,
        *,
        x_admin_token: str,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = ...,
        max_retries: int | NotGiven = ...,
        deadline: float | None | NotGiven = ...,
    ) -> AsyncResponseContextManager[AsyncStreamedResponse[models.InventoryStats]]: ...

@type_check_only
class _AsyncStreaming_reset_store(Protocol):
    def __call__(
        self,
        *,
        x_admin_token: str,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = ...,
        max_retries: int | NotGiven = ...,
        deadline: float | None | NotGiven = ...,
    ) -> AsyncResponseContextManager[AsyncStreamedResponse[None]]: ...

class AsyncStoreAdminWithStreamingResponse:
    def __init__(self, owner: AsyncStoreAdmin) -> None: ...
    get_inventory_stats: _AsyncStreaming_get_inventory_stats
    reset_store: _AsyncStreaming_reset_store
