"""`client.inventory`: Inventory and its response views."""

from __future__ import annotations

from functools import cached_property

from .._runtime._async_client import AsyncResource
from .._runtime._lazy import ChildResource, ResourceView
from .._runtime._sync_client import SyncResource

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

    items = ChildResource(".inventory_items", "InventoryItems", of_resource=True)
    """Operations of `client.inventory.items`."""

    by_sku = ChildResource(".inventory_by_sku", "InventoryBySku", of_resource=True)
    """Operations of `client.inventory.by_sku`."""

    warehouses = ChildResource(
        ".inventory_warehouses", "InventoryWarehouses", of_resource=True
    )
    """Operations of `client.inventory.warehouses`."""

    categories = ChildResource(
        ".inventory_categories", "InventoryCategories", of_resource=True
    )
    """Operations of `client.inventory.categories`."""


class InventoryWithRawResponse:
    """The methods of Inventory, returning the HTTP response with `parse()` for the result."""

    def __init__(self, owner: Inventory) -> None:
        self._owner = owner

    items = ResourceView("with_raw_response")
    by_sku = ResourceView("with_raw_response")
    warehouses = ResourceView("with_raw_response")
    categories = ResourceView("with_raw_response")


class InventoryWithStreamingResponse:
    """The methods of Inventory, returning a context manager over the unread response."""

    def __init__(self, owner: Inventory) -> None:
        self._owner = owner

    items = ResourceView("with_streaming_response")
    by_sku = ResourceView("with_streaming_response")
    warehouses = ResourceView("with_streaming_response")
    categories = ResourceView("with_streaming_response")


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

    items = ChildResource(".inventory_items", "AsyncInventoryItems", of_resource=True)
    """Operations of `client.inventory.items`."""

    by_sku = ChildResource(".inventory_by_sku", "AsyncInventoryBySku", of_resource=True)
    """Operations of `client.inventory.by_sku`."""

    warehouses = ChildResource(
        ".inventory_warehouses", "AsyncInventoryWarehouses", of_resource=True
    )
    """Operations of `client.inventory.warehouses`."""

    categories = ChildResource(
        ".inventory_categories", "AsyncInventoryCategories", of_resource=True
    )
    """Operations of `client.inventory.categories`."""


class AsyncInventoryWithRawResponse:
    """The methods of AsyncInventory, returning the HTTP response with `parse()` for the result."""

    def __init__(self, owner: AsyncInventory) -> None:
        self._owner = owner

    items = ResourceView("with_raw_response")
    by_sku = ResourceView("with_raw_response")
    warehouses = ResourceView("with_raw_response")
    categories = ResourceView("with_raw_response")


class AsyncInventoryWithStreamingResponse:
    """The methods of AsyncInventory, returning a context manager over the unread response."""

    def __init__(self, owner: AsyncInventory) -> None:
        self._owner = owner

    items = ResourceView("with_streaming_response")
    by_sku = ResourceView("with_streaming_response")
    warehouses = ResourceView("with_streaming_response")
    categories = ResourceView("with_streaming_response")
