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
    "AsyncInventoryBySku",
    "AsyncInventoryBySkuWithRawResponse",
    "AsyncInventoryBySkuWithStreamingResponse",
    "InventoryBySku",
    "InventoryBySkuWithRawResponse",
    "InventoryBySkuWithStreamingResponse",
]

class InventoryBySku(SyncResource):
    @cached_property
    def with_raw_response(self) -> InventoryBySkuWithRawResponse: ...
    @cached_property
    def with_streaming_response(self) -> InventoryBySkuWithStreamingResponse: ...
    def list(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = ...,
        max_retries: int | NotGiven = ...,
        deadline: float | None | NotGiven = ...,
        max_response_size: int | None | NotGiven = ...,
        correlation_id: str | None = None,
    ) -> dict[str, _models.Item]:
        """GET /inventory/by-sku"""

@type_check_only
class _Raw_list(Protocol):
    def __call__(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = ...,
        max_retries: int | NotGiven = ...,
        deadline: float | None | NotGiven = ...,
        max_response_size: int | None | NotGiven = ...,
        correlation_id: str | None = None,
    ) -> APIResponse[dict[str, _models.Item]]: ...

class InventoryBySkuWithRawResponse:
    def __init__(self, owner: InventoryBySku) -> None: ...
    list: _Raw_list

@type_check_only
class _Streaming_list(Protocol):
    def __call__(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = ...,
        max_retries: int | NotGiven = ...,
        deadline: float | None | NotGiven = ...,
        max_response_size: int | None | NotGiven = ...,
        correlation_id: str | None = None,
    ) -> ResponseContextManager[StreamedResponse[dict[str, _models.Item]]]: ...

class InventoryBySkuWithStreamingResponse:
    def __init__(self, owner: InventoryBySku) -> None: ...
    list: _Streaming_list

class AsyncInventoryBySku(AsyncResource):
    @cached_property
    def with_raw_response(self) -> AsyncInventoryBySkuWithRawResponse: ...
    @cached_property
    def with_streaming_response(self) -> AsyncInventoryBySkuWithStreamingResponse: ...
    async def list(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = ...,
        max_retries: int | NotGiven = ...,
        deadline: float | None | NotGiven = ...,
        max_response_size: int | None | NotGiven = ...,
        correlation_id: str | None = None,
    ) -> dict[str, _models.Item]:
        """GET /inventory/by-sku"""

@type_check_only
class _AsyncRaw_list(Protocol):
    async def __call__(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = ...,
        max_retries: int | NotGiven = ...,
        deadline: float | None | NotGiven = ...,
        max_response_size: int | None | NotGiven = ...,
        correlation_id: str | None = None,
    ) -> APIResponse[dict[str, _models.Item]]: ...

class AsyncInventoryBySkuWithRawResponse:
    def __init__(self, owner: AsyncInventoryBySku) -> None: ...
    list: _AsyncRaw_list

@type_check_only
class _AsyncStreaming_list(Protocol):
    def __call__(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = ...,
        max_retries: int | NotGiven = ...,
        deadline: float | None | NotGiven = ...,
        max_response_size: int | None | NotGiven = ...,
        correlation_id: str | None = None,
    ) -> AsyncResponseContextManager[
        AsyncStreamedResponse[dict[str, _models.Item]]
    ]: ...

class AsyncInventoryBySkuWithStreamingResponse:
    def __init__(self, owner: AsyncInventoryBySku) -> None: ...
    list: _AsyncStreaming_list
