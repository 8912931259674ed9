from functools import cached_property

from .._runtime._async_client import AsyncResource
from .._runtime._sync_client import SyncResource
from .inventory_by_sku import (
    AsyncInventoryBySku,
    AsyncInventoryBySkuWithRawResponse,
    AsyncInventoryBySkuWithStreamingResponse,
    InventoryBySku,
    InventoryBySkuWithRawResponse,
    InventoryBySkuWithStreamingResponse,
)
from .inventory_categories import (
    AsyncInventoryCategories,
    AsyncInventoryCategoriesWithRawResponse,
    AsyncInventoryCategoriesWithStreamingResponse,
    InventoryCategories,
    InventoryCategoriesWithRawResponse,
    InventoryCategoriesWithStreamingResponse,
)
from .inventory_items import (
    AsyncInventoryItems,
    AsyncInventoryItemsWithRawResponse,
    AsyncInventoryItemsWithStreamingResponse,
    InventoryItems,
    InventoryItemsWithRawResponse,
    InventoryItemsWithStreamingResponse,
)
from .inventory_warehouses import (
    AsyncInventoryWarehouses,
    AsyncInventoryWarehousesWithRawResponse,
    AsyncInventoryWarehousesWithStreamingResponse,
    InventoryWarehouses,
    InventoryWarehousesWithRawResponse,
    InventoryWarehousesWithStreamingResponse,
)

__all__ = [
    "AsyncInventory",
    "AsyncInventoryWithRawResponse",
    "AsyncInventoryWithStreamingResponse",
    "Inventory",
    "InventoryWithRawResponse",
    "InventoryWithStreamingResponse",
]

class Inventory(SyncResource):
    @cached_property
    def with_raw_response(self) -> InventoryWithRawResponse: ...
    @cached_property
    def with_streaming_response(self) -> InventoryWithStreamingResponse: ...
    @cached_property
    def items(self) -> InventoryItems: ...
    @cached_property
    def by_sku(self) -> InventoryBySku: ...
    @cached_property
    def warehouses(self) -> InventoryWarehouses: ...
    @cached_property
    def categories(self) -> InventoryCategories: ...

class InventoryWithRawResponse:
    def __init__(self, owner: Inventory) -> None: ...
    @cached_property
    def items(self) -> InventoryItemsWithRawResponse: ...
    @cached_property
    def by_sku(self) -> InventoryBySkuWithRawResponse: ...
    @cached_property
    def warehouses(self) -> InventoryWarehousesWithRawResponse: ...
    @cached_property
    def categories(self) -> InventoryCategoriesWithRawResponse: ...

class InventoryWithStreamingResponse:
    def __init__(self, owner: Inventory) -> None: ...
    @cached_property
    def items(self) -> InventoryItemsWithStreamingResponse: ...
    @cached_property
    def by_sku(self) -> InventoryBySkuWithStreamingResponse: ...
    @cached_property
    def warehouses(self) -> InventoryWarehousesWithStreamingResponse: ...
    @cached_property
    def categories(self) -> InventoryCategoriesWithStreamingResponse: ...

class AsyncInventory(AsyncResource):
    @cached_property
    def with_raw_response(self) -> AsyncInventoryWithRawResponse: ...
    @cached_property
    def with_streaming_response(self) -> AsyncInventoryWithStreamingResponse: ...
    @cached_property
    def items(self) -> AsyncInventoryItems: ...
    @cached_property
    def by_sku(self) -> AsyncInventoryBySku: ...
    @cached_property
    def warehouses(self) -> AsyncInventoryWarehouses: ...
    @cached_property
    def categories(self) -> AsyncInventoryCategories: ...

class AsyncInventoryWithRawResponse:
    def __init__(self, owner: AsyncInventory) -> None: ...
    @cached_property
    def items(self) -> AsyncInventoryItemsWithRawResponse: ...
    @cached_property
    def by_sku(self) -> AsyncInventoryBySkuWithRawResponse: ...
    @cached_property
    def warehouses(self) -> AsyncInventoryWarehousesWithRawResponse: ...
    @cached_property
    def categories(self) -> AsyncInventoryCategoriesWithRawResponse: ...

class AsyncInventoryWithStreamingResponse:
    def __init__(self, owner: AsyncInventory) -> None: ...
    @cached_property
    def items(self) -> AsyncInventoryItemsWithStreamingResponse: ...
    @cached_property
    def by_sku(self) -> AsyncInventoryBySkuWithStreamingResponse: ...
    @cached_property
    def warehouses(self) -> AsyncInventoryWarehousesWithStreamingResponse: ...
    @cached_property
    def categories(self) -> AsyncInventoryCategoriesWithStreamingResponse: ...
