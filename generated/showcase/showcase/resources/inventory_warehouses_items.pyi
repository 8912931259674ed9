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
    "AsyncInventoryWarehousesItems",
    "AsyncInventoryWarehousesItemsWithRawResponse",
    "AsyncInventoryWarehousesItemsWithStreamingResponse",
    "InventoryWarehousesItems",
    "InventoryWarehousesItemsWithRawResponse",
    "InventoryWarehousesItemsWithStreamingResponse",
]

class InventoryWarehousesItems(SyncResource):
    @cached_property
    def with_raw_response(self) -> InventoryWarehousesItemsWithRawResponse: ...
    @cached_property
    def with_streaming_response(
        self,
    ) -> InventoryWarehousesItemsWithStreamingResponse: ...
    def retrieve(
        self,
        warehouse_code: str,
        item_id: int,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = ...,
        max_retries: int | NotGiven = ...,
        deadline: float | None | NotGiven = ...,
        max_response_size: int | None | NotGiven = ...,
        correlation_id: str | None = None,
    ) -> _models.GetWarehouseStockResponse:
        """GET /warehouses/{warehouseCode}/items/{itemId}"""

@type_check_only
class _Raw_retrieve(Protocol):
    def __call__(
        self,
        warehouse_code: str,
        item_id: int,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = ...,
        max_retries: int | NotGiven = ...,
        deadline: float | None | NotGiven = ...,
        max_response_size: int | None | NotGiven = ...,
        correlation_id: str | None = None,
    ) -> APIResponse[_models.GetWarehouseStockResponse]: ...

class InventoryWarehousesItemsWithRawResponse:
    def __init__(self, owner: InventoryWarehousesItems) -> None: ...
    retrieve: _Raw_retrieve

@type_check_only
class _Streaming_retrieve(Protocol):
    def __call__(
        self,
        warehouse_code: str,
        item_id: int,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = ...,
        max_retries: int | NotGiven = ...,
        deadline: float | None | NotGiven = ...,
        max_response_size: int | None | NotGiven = ...,
        correlation_id: str | None = None,
    ) -> ResponseContextManager[
        StreamedResponse[_models.GetWarehouseStockResponse]
    ]: ...

class InventoryWarehousesItemsWithStreamingResponse:
    def __init__(self, owner: InventoryWarehousesItems) -> None: ...
    retrieve: _Streaming_retrieve

class AsyncInventoryWarehousesItems(AsyncResource):
    @cached_property
    def with_raw_response(self) -> AsyncInventoryWarehousesItemsWithRawResponse: ...
    @cached_property
    def with_streaming_response(
        self,
    ) -> AsyncInventoryWarehousesItemsWithStreamingResponse: ...
    async def retrieve(
        self,
        warehouse_code: str,
        item_id: int,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = ...,
        max_retries: int | NotGiven = ...,
        deadline: float | None | NotGiven = ...,
        max_response_size: int | None | NotGiven = ...,
        correlation_id: str | None = None,
    ) -> _models.GetWarehouseStockResponse:
        """GET /warehouses/{warehouseCode}/items/{itemId}"""

@type_check_only
class _AsyncRaw_retrieve(Protocol):
    async def __call__(
        self,
        warehouse_code: str,
        item_id: int,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = ...,
        max_retries: int | NotGiven = ...,
        deadline: float | None | NotGiven = ...,
        max_response_size: int | None | NotGiven = ...,
        correlation_id: str | None = None,
    ) -> APIResponse[_models.GetWarehouseStockResponse]: ...

class AsyncInventoryWarehousesItemsWithRawResponse:
    def __init__(self, owner: AsyncInventoryWarehousesItems) -> None: ...
    retrieve: _AsyncRaw_retrieve

@type_check_only
class _AsyncStreaming_retrieve(Protocol):
    def __call__(
        self,
        warehouse_code: str,
        item_id: int,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = ...,
        max_retries: int | NotGiven = ...,
        deadline: float | None | NotGiven = ...,
        max_response_size: int | None | NotGiven = ...,
        correlation_id: str | None = None,
    ) -> AsyncResponseContextManager[
        AsyncStreamedResponse[_models.GetWarehouseStockResponse]
    ]: ...

class AsyncInventoryWarehousesItemsWithStreamingResponse:
    def __init__(self, owner: AsyncInventoryWarehousesItems) -> None: ...
    retrieve: _AsyncStreaming_retrieve
