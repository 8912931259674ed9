"""`client.inventory`: Inventory and its response views."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

from .._runtime._async_client import AsyncResource
from .._runtime._sync_client import SyncResource

if TYPE_CHECKING:
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
    """Items sold or used by the zoo store, categories and warehouse stock."""

    @cached_property
    def with_raw_response(self) -> InventoryWithRawResponse:
        """These methods, returning the HTTP response (`.parse()` gives the usual result)."""
        return InventoryWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> InventoryWithStreamingResponse:
        """These methods, as context managers over the response, its body not read yet."""
        return InventoryWithStreamingResponse(self)

    @cached_property
    def items(self) -> InventoryItems:
        """Operations of `client.inventory.items`."""
        from .inventory_items import InventoryItems

        return InventoryItems(self._client)

    @cached_property
    def by_sku(self) -> InventoryBySku:
        """Operations of `client.inventory.by_sku`."""
        from .inventory_by_sku import InventoryBySku

        return InventoryBySku(self._client)

    @cached_property
    def warehouses(self) -> InventoryWarehouses:
        """Operations of `client.inventory.warehouses`."""
        from .inventory_warehouses import InventoryWarehouses

        return InventoryWarehouses(self._client)

    @cached_property
    def categories(self) -> InventoryCategories:
        """Operations of `client.inventory.categories`."""
        from .inventory_categories import InventoryCategories

        return InventoryCategories(self._client)


class InventoryWithRawResponse:
    """The methods of Inventory, returning the HTTP response with `parse()` for the result."""

    def __init__(self, owner: Inventory) -> None:
        self._owner = owner

    @cached_property
    def items(self) -> InventoryItemsWithRawResponse:
        return self._owner.items.with_raw_response

    @cached_property
    def by_sku(self) -> InventoryBySkuWithRawResponse:
        return self._owner.by_sku.with_raw_response

    @cached_property
    def warehouses(self) -> InventoryWarehousesWithRawResponse:
        return self._owner.warehouses.with_raw_response

    @cached_property
    def categories(self) -> InventoryCategoriesWithRawResponse:
        return self._owner.categories.with_raw_response


class InventoryWithStreamingResponse:
    """The methods of Inventory, returning a context manager over the unread response."""

    def __init__(self, owner: Inventory) -> None:
        self._owner = owner

    @cached_property
    def items(self) -> InventoryItemsWithStreamingResponse:
        return self._owner.items.with_streaming_response

    @cached_property
    def by_sku(self) -> InventoryBySkuWithStreamingResponse:
        return self._owner.by_sku.with_streaming_response

    @cached_property
    def warehouses(self) -> InventoryWarehousesWithStreamingResponse:
        return self._owner.warehouses.with_streaming_response

    @cached_property
    def categories(self) -> InventoryCategoriesWithStreamingResponse:
        return self._owner.categories.with_streaming_response


class AsyncInventory(AsyncResource):
    """Items sold or used by the zoo store, categories and warehouse stock."""

    @cached_property
    def with_raw_response(self) -> AsyncInventoryWithRawResponse:
        """These methods, returning the HTTP response (`.parse()` gives the usual result)."""
        return AsyncInventoryWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncInventoryWithStreamingResponse:
        """These methods, as context managers over the response, its body not read yet."""
        return AsyncInventoryWithStreamingResponse(self)

    @cached_property
    def items(self) -> AsyncInventoryItems:
        """Operations of `client.inventory.items`."""
        from .inventory_items import AsyncInventoryItems

        return AsyncInventoryItems(self._client)

    @cached_property
    def by_sku(self) -> AsyncInventoryBySku:
        """Operations of `client.inventory.by_sku`."""
        from .inventory_by_sku import AsyncInventoryBySku

        return AsyncInventoryBySku(self._client)

    @cached_property
    def warehouses(self) -> AsyncInventoryWarehouses:
        """Operations of `client.inventory.warehouses`."""
        from .inventory_warehouses import AsyncInventoryWarehouses

        return AsyncInventoryWarehouses(self._client)

    @cached_property
    def categories(self) -> AsyncInventoryCategories:
        """Operations of `client.inventory.categories`."""
        from .inventory_categories import AsyncInventoryCategories

        return AsyncInventoryCategories(self._client)


class AsyncInventoryWithRawResponse:
    """The methods of AsyncInventory, returning the HTTP response with `parse()` for the result."""

    def __init__(self, owner: AsyncInventory) -> None:
        self._owner = owner

    @cached_property
    def items(self) -> AsyncInventoryItemsWithRawResponse:
        return self._owner.items.with_raw_response

    @cached_property
    def by_sku(self) -> AsyncInventoryBySkuWithRawResponse:
        return self._owner.by_sku.with_raw_response

    @cached_property
    def warehouses(self) -> AsyncInventoryWarehousesWithRawResponse:
        return self._owner.warehouses.with_raw_response

    @cached_property
    def categories(self) -> AsyncInventoryCategoriesWithRawResponse:
        return self._owner.categories.with_raw_response


class AsyncInventoryWithStreamingResponse:
    """The methods of AsyncInventory, returning a context manager over the unread response."""

    def __init__(self, owner: AsyncInventory) -> None:
        self._owner = owner

    @cached_property
    def items(self) -> AsyncInventoryItemsWithStreamingResponse:
        return self._owner.items.with_streaming_response

    @cached_property
    def by_sku(self) -> AsyncInventoryBySkuWithStreamingResponse:
        return self._owner.by_sku.with_streaming_response

    @cached_property
    def warehouses(self) -> AsyncInventoryWarehousesWithStreamingResponse:
        return self._owner.warehouses.with_streaming_response

    @cached_property
    def categories(self) -> AsyncInventoryCategoriesWithStreamingResponse:
        return self._owner.categories.with_streaming_response
