from collections.abc import Mapping
from functools import cached_property
from typing import Protocol, type_check_only

import httpx

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
    "AsyncStoreAdminReset",
    "AsyncStoreAdminResetWithRawResponse",
    "AsyncStoreAdminResetWithStreamingResponse",
    "StoreAdminReset",
    "StoreAdminResetWithRawResponse",
    "StoreAdminResetWithStreamingResponse",
]

class StoreAdminReset(SyncResource):
    @cached_property
    def with_raw_response(self) -> StoreAdminResetWithRawResponse: ...
    @cached_property
    def with_streaming_response(self) -> StoreAdminResetWithStreamingResponse: ...
    def create(
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
    ) -> None:
        """POST /admin/reset"""

@type_check_only
class _Raw_create(Protocol):
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
    ) -> APIResponse[None]: ...

class StoreAdminResetWithRawResponse:
    def __init__(self, owner: StoreAdminReset) -> None: ...
    create: _Raw_create

@type_check_only
class _Streaming_create(Protocol):
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
    ) -> ResponseContextManager[StreamedResponse[None]]: ...

class StoreAdminResetWithStreamingResponse:
    def __init__(self, owner: StoreAdminReset) -> None: ...
    create: _Streaming_create

class AsyncStoreAdminReset(AsyncResource):
    @cached_property
    def with_raw_response(self) -> AsyncStoreAdminResetWithRawResponse: ...
    @cached_property
    def with_streaming_response(self) -> AsyncStoreAdminResetWithStreamingResponse: ...
    async def create(
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
    ) -> None:
        """POST /admin/reset"""

@type_check_only
class _AsyncRaw_create(Protocol):
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
    ) -> APIResponse[None]: ...

class AsyncStoreAdminResetWithRawResponse:
    def __init__(self, owner: AsyncStoreAdminReset) -> None: ...
    create: _AsyncRaw_create

@type_check_only
class _AsyncStreaming_create(Protocol):
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
    ) -> AsyncResponseContextManager[AsyncStreamedResponse[None]]: ...

class AsyncStoreAdminResetWithStreamingResponse:
    def __init__(self, owner: AsyncStoreAdminReset) -> None: ...
    create: _AsyncStreaming_create
