"""`client.inventory.warehouses`: InventoryWarehouses and its response views."""

from __future__ import annotations

from functools import cached_property

from .._runtime._async_client import AsyncResource
from .._runtime._lazy import ChildResource, ResourceView
from .._runtime._sync_client import SyncResource

__all__ = [
    "AsyncInventoryWarehouses",
    "AsyncInventoryWarehousesWithRawResponse",
    "AsyncInventoryWarehousesWithStreamingResponse",
    "InventoryWarehouses",
    "InventoryWarehousesWithRawResponse",
    "InventoryWarehousesWithStreamingResponse",
]


class InventoryWarehouses(SyncResource):
    """Operations of the InventoryWarehouses resource."""

    @cached_property
    def with_raw_response(self) -> InventoryWarehousesWithRawResponse:
        """These methods, returning the HTTP response (`.parse()` gives the usual result)."""
        return InventoryWarehousesWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> InventoryWarehousesWithStreamingResponse:
        """These methods, as context managers over the response, its body not read yet."""
        return InventoryWarehousesWithStreamingResponse(self)

    items = ChildResource(
        ".inventory_warehouses_items", "InventoryWarehousesItems", of_resource=True
    )
    """Operations of `client.inventory.warehouses.items`."""


class InventoryWarehousesWithRawResponse:
    """The methods of InventoryWarehouses, returning the HTTP response with `parse()` for the result."""

    def __init__(self, owner: InventoryWarehouses) -> None:
        self._owner = owner

    items = ResourceView("with_raw_response")


class InventoryWarehousesWithStreamingResponse:
    """The methods of InventoryWarehouses, returning a context manager over the unread response."""

    def __init__(self, owner: InventoryWarehouses) -> None:
        self._owner = owner

    items = ResourceView("with_streaming_response")


class AsyncInventoryWarehouses(AsyncResource):
    """Operations of the InventoryWarehouses resource."""

    @cached_property
    def with_raw_response(self) -> AsyncInventoryWarehousesWithRawResponse:
        """These methods, returning the HTTP response (`.parse()` gives the usual result)."""
        return AsyncInventoryWarehousesWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncInventoryWarehousesWithStreamingResponse:
        """These methods, as context managers over the response, its body not read yet."""
        return AsyncInventoryWarehousesWithStreamingResponse(self)

    items = ChildResource(
        ".inventory_warehouses_items", "AsyncInventoryWarehousesItems", of_resource=True
    )
    """Operations of `client.inventory.warehouses.items`."""


class AsyncInventoryWarehousesWithRawResponse:
    """The methods of AsyncInventoryWarehouses, returning the HTTP response with `parse()` for the result."""

    def __init__(self, owner: AsyncInventoryWarehouses) -> None:
        self._owner = owner

    items = ResourceView("with_raw_response")


class AsyncInventoryWarehousesWithStreamingResponse:
    """The methods of AsyncInventoryWarehouses, returning a context manager over the unread response."""

    def __init__(self, owner: AsyncInventoryWarehouses) -> None:
        self._owner = owner

    items = ResourceView("with_streaming_response")
