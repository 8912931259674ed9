from functools import cached_property

from .._runtime._async_client import AsyncResource
from .._runtime._sync_client import SyncResource
from .inventory_warehouses_items import (
    AsyncInventoryWarehousesItems,
    AsyncInventoryWarehousesItemsWithRawResponse,
    AsyncInventoryWarehousesItemsWithStreamingResponse,
    InventoryWarehousesItems,
    InventoryWarehousesItemsWithRawResponse,
    InventoryWarehousesItemsWithStreamingResponse,
)

__all__ = [
    "AsyncInventoryWarehouses",
    "AsyncInventoryWarehousesWithRawResponse",
    "AsyncInventoryWarehousesWithStreamingResponse",
    "InventoryWarehouses",
    "InventoryWarehousesWithRawResponse",
    "InventoryWarehousesWithStreamingResponse",
]

class InventoryWarehouses(SyncResource):
    @cached_property
    def with_raw_response(self) -> InventoryWarehousesWithRawResponse: ...
    @cached_property
    def with_streaming_response(self) -> InventoryWarehousesWithStreamingResponse: ...
    @cached_property
    def items(self) -> InventoryWarehousesItems: ...

class InventoryWarehousesWithRawResponse:
    def __init__(self, owner: InventoryWarehouses) -> None: ...
    @cached_property
    def items(self) -> InventoryWarehousesItemsWithRawResponse: ...

class InventoryWarehousesWithStreamingResponse:
    def __init__(self, owner: InventoryWarehouses) -> None: ...
    @cached_property
    def items(self) -> InventoryWarehousesItemsWithStreamingResponse: ...

class AsyncInventoryWarehouses(AsyncResource):
    @cached_property
    def with_raw_response(self) -> AsyncInventoryWarehousesWithRawResponse: ...
    @cached_property
    def with_streaming_response(
        self,
    ) -> AsyncInventoryWarehousesWithStreamingResponse: ...
    @cached_property
    def items(self) -> AsyncInventoryWarehousesItems: ...

class AsyncInventoryWarehousesWithRawResponse:
    def __init__(self, owner: AsyncInventoryWarehouses) -> None: ...
    @cached_property
    def items(self) -> AsyncInventoryWarehousesItemsWithRawResponse: ...

class AsyncInventoryWarehousesWithStreamingResponse:
    def __init__(self, owner: AsyncInventoryWarehouses) -> None: ...
    @cached_property
    def items(self) -> AsyncInventoryWarehousesItemsWithStreamingResponse: ...
