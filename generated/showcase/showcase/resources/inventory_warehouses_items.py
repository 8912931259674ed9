"""`client.inventory.warehouses.items`: InventoryWarehousesItems and its response views."""

from __future__ import annotations

from collections.abc import Mapping
from functools import cached_property

import httpx2 as httpx

from .. import models as _models
from .._runtime._async_client import AsyncResource
from .._runtime._async_response import AsyncRawView, AsyncStreamingView
from .._runtime._endpoint import Endpoint, ResponseSpec
from .._runtime._sync_client import SyncResource
from .._runtime._sync_response import RawView, StreamingView
from .._runtime._types import NOT_GIVEN, NotGiven, Omit, RequestOptions

__all__ = [
    "AsyncInventoryWarehousesItems",
    "AsyncInventoryWarehousesItemsWithRawResponse",
    "AsyncInventoryWarehousesItemsWithStreamingResponse",
    "InventoryWarehousesItems",
    "InventoryWarehousesItemsWithRawResponse",
    "InventoryWarehousesItemsWithStreamingResponse",
]


_RETRIEVE: Endpoint[_models.GetWarehouseStockResponse] = Endpoint(
    method="GET",
    path="/warehouses/{warehouseCode}/items/{itemId}",
    responses=(ResponseSpec("200", "json", lambda: _models.GetWarehouseStockResponse),),
    errors=(
        ResponseSpec("404", "json", lambda: _models.Error),
        ResponseSpec("default", "json", lambda: _models.Error),
    ),
)


class InventoryWarehousesItems(SyncResource):
    """Operations of the InventoryWarehousesItems resource."""

    @cached_property
    def with_raw_response(self) -> InventoryWarehousesItemsWithRawResponse:
        """These methods, returning the HTTP response (`.parse()` gives the usual result)."""
        return InventoryWarehousesItemsWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> InventoryWarehousesItemsWithStreamingResponse:
        """These methods, as context managers over the response, its body not read yet."""
        return InventoryWarehousesItemsWithStreamingResponse(self)

    def retrieve(
        self,
        warehouse_code: str,
        item_id: int,
        *,
        extra_headers: Mapping[str, str | Omit | None] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        deadline: float | None | NotGiven = NOT_GIVEN,
        max_response_size: int | None | NotGiven = NOT_GIVEN,
        follow_redirects: bool | NotGiven = NOT_GIVEN,
        correlation_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> _models.GetWarehouseStockResponse:
        """Get an item's stock in one warehouse

        Returns how many units of an item a warehouse holds.

        Args:
            warehouse_code: Warehouse code, e.g. `north`.
            item_id: The id of the item.
        """
        return self._client.request(
            _RETRIEVE,
            path={
                "warehouseCode": warehouse_code,
                "itemId": item_id,
            },
            options=RequestOptions(
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
                max_retries=max_retries,
                deadline=deadline,
                max_response_size=max_response_size,
                follow_redirects=follow_redirects,
                correlation_id=correlation_id,
                idempotency_key=idempotency_key,
            ),
        )


class InventoryWarehousesItemsWithRawResponse:
    """The methods of InventoryWarehousesItems, returning the HTTP response with `parse()` for the result."""

    def __init__(self, owner: InventoryWarehousesItems) -> None:
        self._owner = owner

    retrieve = RawView(InventoryWarehousesItems.retrieve)


class InventoryWarehousesItemsWithStreamingResponse:
    """The methods of InventoryWarehousesItems, returning a context manager over the unread response."""

    def __init__(self, owner: InventoryWarehousesItems) -> None:
        self._owner = owner

    retrieve = StreamingView(InventoryWarehousesItems.retrieve)


class AsyncInventoryWarehousesItems(AsyncResource):
    """Operations of the InventoryWarehousesItems resource."""

    @cached_property
    def with_raw_response(self) -> AsyncInventoryWarehousesItemsWithRawResponse:
        """These methods, returning the HTTP response (`.parse()` gives the usual result)."""
        return AsyncInventoryWarehousesItemsWithRawResponse(self)

    @cached_property
    def with_streaming_response(
        self,
    ) -> AsyncInventoryWarehousesItemsWithStreamingResponse:
        """These methods, as context managers over the response, its body not read yet."""
        return AsyncInventoryWarehousesItemsWithStreamingResponse(self)

    async def retrieve(
        self,
        warehouse_code: str,
        item_id: int,
        *,
        extra_headers: Mapping[str, str | Omit | None] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        deadline: float | None | NotGiven = NOT_GIVEN,
        max_response_size: int | None | NotGiven = NOT_GIVEN,
        follow_redirects: bool | NotGiven = NOT_GIVEN,
        correlation_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> _models.GetWarehouseStockResponse:
        """Get an item's stock in one warehouse

        Returns how many units of an item a warehouse holds.

        Args:
            warehouse_code: Warehouse code, e.g. `north`.
            item_id: The id of the item.
        """
        return await self._client.request(
            _RETRIEVE,
            path={
                "warehouseCode": warehouse_code,
                "itemId": item_id,
            },
            options=RequestOptions(
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
                max_retries=max_retries,
                deadline=deadline,
                max_response_size=max_response_size,
                follow_redirects=follow_redirects,
                correlation_id=correlation_id,
                idempotency_key=idempotency_key,
            ),
        )


class AsyncInventoryWarehousesItemsWithRawResponse:
    """The methods of AsyncInventoryWarehousesItems, returning the HTTP response with `parse()` for the result."""

    def __init__(self, owner: AsyncInventoryWarehousesItems) -> None:
        self._owner = owner

    retrieve = AsyncRawView(AsyncInventoryWarehousesItems.retrieve)


class AsyncInventoryWarehousesItemsWithStreamingResponse:
    """The methods of AsyncInventoryWarehousesItems, returning a context manager over the unread response."""

    def __init__(self, owner: AsyncInventoryWarehousesItems) -> None:
        self._owner = owner

    retrieve = AsyncStreamingView(AsyncInventoryWarehousesItems.retrieve)
