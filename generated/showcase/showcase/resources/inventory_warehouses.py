"""`client.inventory.warehouses`: InventoryWarehouses and its response views."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

from .._runtime._async_client import AsyncResource
from .._runtime._sync_client import SyncResource

if TYPE_CHECKING:
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
    """Operations of the InventoryWarehouses resource."""

    @cached_property
    def with_raw_response(self) -> InventoryWarehousesWithRawResponse:
        """These methods, returning the HTTP response (`.parse()` gives the usual result)."""
        return InventoryWarehousesWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> InventoryWarehousesWithStreamingResponse:
        """These methods, as context managers over the response, its body not read yet."""
        return InventoryWarehousesWithStreamingResponse(self)

    @cached_property
    def items(self) -> InventoryWarehousesItems:
        """Operations of `client.inventory.warehouses.items`."""
        from .inventory_warehouses_items import InventoryWarehousesItems

        return InventoryWarehousesItems(self._client)


class InventoryWarehousesWithRawResponse:
    """The methods of InventoryWarehouses, returning the HTTP response with `parse()` for the result."""

    def __init__(self, owner: InventoryWarehouses) -> None:
        self._owner = owner

    @cached_property
    def items(self) -> InventoryWarehousesItemsWithRawResponse:
        return self._owner.items.with_raw_response


class InventoryWarehousesWithStreamingResponse:
    """The methods of InventoryWarehouses, returning a context manager over the unread response."""

    def __init__(self, owner: InventoryWarehouses) -> None:
        self._owner = owner

    @cached_property
    def items(self) -> InventoryWarehousesItemsWithStreamingResponse:
        return self._owner.items.with_streaming_response


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

    @cached_property
    def items(self) -> AsyncInventoryWarehousesItems:
        """Operations of `client.inventory.warehouses.items`."""
        from .inventory_warehouses_items import AsyncInventoryWarehousesItems

        return AsyncInventoryWarehousesItems(self._client)


class AsyncInventoryWarehousesWithRawResponse:
    """The methods of AsyncInventoryWarehouses, returning the HTTP response with `parse()` for the result."""

    def __init__(self, owner: AsyncInventoryWarehouses) -> None:
        self._owner = owner

    @cached_property
    def items(self) -> AsyncInventoryWarehousesItemsWithRawResponse:
        return self._owner.items.with_raw_response


class AsyncInventoryWarehousesWithStreamingResponse:
    """The methods of AsyncInventoryWarehouses, returning a context manager over the unread response."""

    def __init__(self, owner: AsyncInventoryWarehouses) -> None:
        self._owner = owner

    @cached_property
    def items(self) -> AsyncInventoryWarehousesItemsWithStreamingResponse:
        return self._owner.items.with_streaming_response
