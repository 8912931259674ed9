from collections.abc import Mapping
from functools import cached_property

import httpx2 as httpx

from .. import models as _models
from .._runtime._async_client import AsyncResource
from .._runtime._async_response import AsyncRawView, AsyncStreamingView
from .._runtime._endpoint import Endpoint
from .._runtime._sync_client import SyncResource
from .._runtime._sync_response import RawView, StreamingView
from .._runtime._types import NotGiven, Omit

__all__ = [
    "AsyncInventoryWarehousesItems",
    "AsyncInventoryWarehousesItemsWithRawResponse",
    "AsyncInventoryWarehousesItemsWithStreamingResponse",
    "InventoryWarehousesItems",
    "InventoryWarehousesItemsWithRawResponse",
    "InventoryWarehousesItemsWithStreamingResponse",
]

_RETRIEVE: Endpoint[_models.GetWarehouseStockResponse]

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
        extra_headers: Mapping[str, str | Omit | None] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = ...,
        max_retries: int | NotGiven = ...,
        deadline: float | None | NotGiven = ...,
        max_response_size: int | None | NotGiven = ...,
        follow_redirects: bool | NotGiven = ...,
        correlation_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> _models.GetWarehouseStockResponse:
        """Get an item's stock in one warehouse

        Returns how many units of an item a warehouse holds.

        Args:
            warehouse_code: Warehouse code, e.g. `north`.
            item_id: The id of the item.

        GET /warehouses/{warehouseCode}/items/{itemId}
        """

class InventoryWarehousesItemsWithRawResponse:
    def __init__(self, owner: InventoryWarehousesItems) -> None: ...
    retrieve = RawView(InventoryWarehousesItems.retrieve)

class InventoryWarehousesItemsWithStreamingResponse:
    def __init__(self, owner: InventoryWarehousesItems) -> None: ...
    retrieve = StreamingView(InventoryWarehousesItems.retrieve)

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
        extra_headers: Mapping[str, str | Omit | None] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = ...,
        max_retries: int | NotGiven = ...,
        deadline: float | None | NotGiven = ...,
        max_response_size: int | None | NotGiven = ...,
        follow_redirects: bool | NotGiven = ...,
        correlation_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> _models.GetWarehouseStockResponse:
        """Get an item's stock in one warehouse

        Returns how many units of an item a warehouse holds.

        Args:
            warehouse_code: Warehouse code, e.g. `north`.
            item_id: The id of the item.

        GET /warehouses/{warehouseCode}/items/{itemId}
        """

class AsyncInventoryWarehousesItemsWithRawResponse:
    def __init__(self, owner: AsyncInventoryWarehousesItems) -> None: ...
    retrieve = AsyncRawView(AsyncInventoryWarehousesItems.retrieve)

class AsyncInventoryWarehousesItemsWithStreamingResponse:
    def __init__(self, owner: AsyncInventoryWarehousesItems) -> None: ...
    retrieve = AsyncStreamingView(AsyncInventoryWarehousesItems.retrieve)
