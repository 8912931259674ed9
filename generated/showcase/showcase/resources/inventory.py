"""Inventory: the operations tagged inventory."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from functools import cached_property
from typing import Any

import httpx

from .. import models
from .._runtime._async_client import AsyncResource
from .._runtime._async_response import (
    async_to_raw_response_wrapper,
    async_to_streamed_response_wrapper,
)
from .._runtime._endpoint import BodySpec, Endpoint, ResponseSpec
from .._runtime._sync_client import SyncResource
from .._runtime._sync_response import (
    to_raw_response_wrapper,
    to_streamed_response_wrapper,
)
from .._runtime._types import NOT_GIVEN, NotGiven, RequestOptions

__all__ = [
    "AsyncInventory",
    "AsyncInventoryWithRawResponse",
    "AsyncInventoryWithStreamingResponse",
    "Inventory",
    "InventoryWithRawResponse",
    "InventoryWithStreamingResponse",
]


_LIST_ITEMS: Endpoint[models.ListItemsResponse] = Endpoint(
    method="GET",
    path="/items",
    styles={
        ("query", "ids"): ("form", False),
    },
    responses=(ResponseSpec("200", "json", models.ListItemsResponse),),
    errors=(ResponseSpec("default", "json", models.Error),),
)


_CREATE_ITEM: Endpoint[models.Item] = Endpoint(
    method="POST",
    path="/items",
    body=BodySpec("json", "application/json", models.NewItem),
    responses=(ResponseSpec("201", "json", models.Item),),
    errors=(
        ResponseSpec("409", "json", models.Error),
        ResponseSpec("422", "json", models.ValidationError),
        ResponseSpec("default", "json", models.Error),
    ),
    idempotency_header="Idempotency-Key",
)


_GET_ITEM: Endpoint[models.ItemDetail] = Endpoint(
    method="GET",
    path="/items/{itemId}",
    responses=(ResponseSpec("200", "json", models.ItemDetail),),
    errors=(
        ResponseSpec("404", "json", models.Error),
        ResponseSpec("default", "json", models.Error),
    ),
)


_DELETE_ITEM: Endpoint[None] = Endpoint(
    method="DELETE",
    path="/items/{itemId}",
    responses=(ResponseSpec("204", "empty"),),
    errors=(
        ResponseSpec("404", "json", models.Error),
        ResponseSpec("default", "json", models.Error),
    ),
)


_UPDATE_ITEM: Endpoint[models.Item] = Endpoint(
    method="PATCH",
    path="/items/{itemId}",
    body=BodySpec("json", "application/json", models.UpdateItemBody),
    responses=(ResponseSpec("200", "json", models.Item),),
    errors=(
        ResponseSpec("404", "json", models.Error),
        ResponseSpec("422", "json", models.ValidationError),
        ResponseSpec("default", "json", models.Error),
    ),
)


_GET_ITEM_LABEL: Endpoint[str] = Endpoint(
    method="GET",
    path="/items/{itemId}/label",
    responses=(ResponseSpec("200", "text", str),),
    errors=(
        ResponseSpec("404", "json", models.Error),
        ResponseSpec("default", "json", models.Error),
    ),
    accept="text/plain, application/json, */*;q=0.5",
)


_GET_ITEM_FROM_FUTURE: Endpoint[models.Item] = Endpoint(
    method="GET",
    path="/items/{itemId}/future",
    responses=(ResponseSpec("200", "json", models.Item),),
    errors=(
        ResponseSpec("404", "json", models.Error),
        ResponseSpec("default", "json", models.Error),
    ),
)


_LIST_ITEMS_BY_SKU: Endpoint[dict[str, models.Item]] = Endpoint(
    method="GET",
    path="/inventory/by-sku",
    responses=(ResponseSpec("200", "json", dict[str, models.Item]),),
    errors=(ResponseSpec("default", "json", models.Error),),
)


_GET_WAREHOUSE_STOCK: Endpoint[models.GetWarehouseStockResponse] = Endpoint(
    method="GET",
    path="/warehouses/{warehouseCode}/items/{itemId}",
    responses=(ResponseSpec("200", "json", models.GetWarehouseStockResponse),),
    errors=(
        ResponseSpec("404", "json", models.Error),
        ResponseSpec("default", "json", models.Error),
    ),
)


_GET_CATEGORIES: Endpoint[list[models.Category]] = Endpoint(
    method="GET",
    path="/categories",
    responses=(ResponseSpec("200", "json", list[models.Category]),),
    errors=(ResponseSpec("default", "json", models.Error),),
)


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

    def list_items(
        self,
        *,
        status: models.ItemStatus | None = None,
        in_stock: bool | None = None,
        updated_since: dt.datetime | None = None,
        ids: list[int] | None = None,
        page: int | None = None,
        per_page: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        deadline: float | None | NotGiven = NOT_GIVEN,
    ) -> models.ListItemsResponse:
        """List store items

        Returns one page of store items, ordered by id.

        Args:
            status: Only return items with this status.
            in_stock: When true, only items with a quantity above zero; when false, only items with none.
            updated_since: Only return items created at or after this instant.
            ids: Only return these ids, comma separated in one parameter (`?ids=1,2,3`).
            page: Page number, starting at 1.
            per_page: Page size.
        """
        return self._client.request(
            _LIST_ITEMS,
            query={
                "status": status,
                "in_stock": in_stock,
                "updated_since": updated_since,
                "ids": ids,
                "page": page,
                "per_page": per_page,
            },
            options=RequestOptions(
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
                max_retries=max_retries,
                deadline=deadline,
            ),
        )

    def create_item(
        self,
        *,
        body: models.NewItem | dict[str, Any],
        idempotency_key: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        deadline: float | None | NotGiven = NOT_GIVEN,
    ) -> models.Item:
        """Create a store item

        Adds an item to the store. SKUs are unique.

        Args:
            idempotency_key: Optional key to make retries safe.
        """
        return self._client.request(
            _CREATE_ITEM,
            headers={
                "Idempotency-Key": idempotency_key,
            },
            body=body,
            options=RequestOptions(
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
                max_retries=max_retries,
                deadline=deadline,
            ),
        )

    def get_item(
        self,
        item_id: int,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        deadline: float | None | NotGiven = NOT_GIVEN,
    ) -> models.ItemDetail:
        """Get a store item

        Returns an item with its category and stock history.

        Args:
            item_id: The id of the store item.
        """
        return self._client.request(
            _GET_ITEM,
            path={
                "itemId": item_id,
            },
            options=RequestOptions(
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
                max_retries=max_retries,
                deadline=deadline,
            ),
        )

    def delete_item(
        self,
        item_id: int,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        deadline: float | None | NotGiven = NOT_GIVEN,
    ) -> None:
        """Delete a store item

        Removes an item from the store.

        Args:
            item_id: The id of the store item.
        """
        return self._client.request(
            _DELETE_ITEM,
            path={
                "itemId": item_id,
            },
            options=RequestOptions(
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
                max_retries=max_retries,
                deadline=deadline,
            ),
        )

    def update_item(
        self,
        item_id: int,
        *,
        body: models.UpdateItemBody | dict[str, Any],
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        deadline: float | None | NotGiven = NOT_GIVEN,
    ) -> models.Item:
        """Update a store item

        Changes some fields of an item. Fields left out are not changed; `description` may be sent as null to clear it.

        Args:
            item_id: The id of the store item.
        """
        return self._client.request(
            _UPDATE_ITEM,
            path={
                "itemId": item_id,
            },
            body=body,
            options=RequestOptions(
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
                max_retries=max_retries,
                deadline=deadline,
            ),
        )

    def get_item_label(
        self,
        item_id: int,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        deadline: float | None | NotGiven = NOT_GIVEN,
    ) -> str:
        """Print an item's shelf label

        Returns the item's shelf label as one line of plain text.

        Args:
            item_id: The id of the store item.
        """
        return self._client.request(
            _GET_ITEM_LABEL,
            path={
                "itemId": item_id,
            },
            options=RequestOptions(
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
                max_retries=max_retries,
                deadline=deadline,
            ),
        )

    def get_item_from_future(
        self,
        item_id: int,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        deadline: float | None | NotGiven = NOT_GIVEN,
    ) -> models.Item:
        """Get an item as a newer server version would send it

        Forward-compatibility check. Returns the item like `getItem` would without history, but as a newer version of the API would: the body has properties this spec does not declare, and `status` holds a value that is not in the `ItemStatus` enum. Clients should not fail on it.

        Args:
            item_id: The id of the store item.
        """
        return self._client.request(
            _GET_ITEM_FROM_FUTURE,
            path={
                "itemId": item_id,
            },
            options=RequestOptions(
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
                max_retries=max_retries,
                deadline=deadline,
            ),
        )

    def list_items_by_sku(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        deadline: float | None | NotGiven = NOT_GIVEN,
    ) -> dict[str, models.Item]:
        """Index items by SKU

        Returns every item in a map keyed by its SKU.
        """
        return self._client.request(
            _LIST_ITEMS_BY_SKU,
            options=RequestOptions(
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
                max_retries=max_retries,
                deadline=deadline,
            ),
        )

    def get_warehouse_stock(
        self,
        warehouse_code: str,
        item_id: int,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        deadline: float | None | NotGiven = NOT_GIVEN,
    ) -> models.GetWarehouseStockResponse:
        """Get an item's stock in one warehouse

        Returns how many units of an item a warehouse holds.

        Args:
            warehouse_code: Warehouse code, e.g. `north`.
            item_id: The id of the item.
        """
        return self._client.request(
            _GET_WAREHOUSE_STOCK,
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
            ),
        )

    def get_categories(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        deadline: float | None | NotGiven = NOT_GIVEN,
    ) -> list[models.Category]:
        """Get the category tree

        Returns the top-level item categories, each with its sub-categories nested inside it. This operation has no operationId on purpose.
        """
        return self._client.request(
            _GET_CATEGORIES,
            options=RequestOptions(
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
                max_retries=max_retries,
                deadline=deadline,
            ),
        )


class InventoryWithRawResponse:
    """The methods of Inventory, returning the HTTP response with `parse()` for the result."""

    def __init__(self, owner: Inventory) -> None:
        self._owner = owner
        self.list_items = to_raw_response_wrapper(owner.list_items)
        self.create_item = to_raw_response_wrapper(owner.create_item)
        self.get_item = to_raw_response_wrapper(owner.get_item)
        self.delete_item = to_raw_response_wrapper(owner.delete_item)
        self.update_item = to_raw_response_wrapper(owner.update_item)
        self.get_item_label = to_raw_response_wrapper(owner.get_item_label)
        self.get_item_from_future = to_raw_response_wrapper(owner.get_item_from_future)
        self.list_items_by_sku = to_raw_response_wrapper(owner.list_items_by_sku)
        self.get_warehouse_stock = to_raw_response_wrapper(owner.get_warehouse_stock)
        self.get_categories = to_raw_response_wrapper(owner.get_categories)


class InventoryWithStreamingResponse:
    """The methods of Inventory, returning a context manager over the unread response."""

    def __init__(self, owner: Inventory) -> None:
        self._owner = owner
        self.list_items = to_streamed_response_wrapper(owner.list_items)
        self.create_item = to_streamed_response_wrapper(owner.create_item)
        self.get_item = to_streamed_response_wrapper(owner.get_item)
        self.delete_item = to_streamed_response_wrapper(owner.delete_item)
        self.update_item = to_streamed_response_wrapper(owner.update_item)
        self.get_item_label = to_streamed_response_wrapper(owner.get_item_label)
        self.get_item_from_future = to_streamed_response_wrapper(
            owner.get_item_from_future
        )
        self.list_items_by_sku = to_streamed_response_wrapper(owner.list_items_by_sku)
        self.get_warehouse_stock = to_streamed_response_wrapper(
            owner.get_warehouse_stock
        )
        self.get_categories = to_streamed_response_wrapper(owner.get_categories)


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

    async def list_items(
        self,
        *,
        status: models.ItemStatus | None = None,
        in_stock: bool | None = None,
        updated_since: dt.datetime | None = None,
        ids: list[int] | None = None,
        page: int | None = None,
        per_page: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        deadline: float | None | NotGiven = NOT_GIVEN,
    ) -> models.ListItemsResponse:
        """List store items

        Returns one page of store items, ordered by id.

        Args:
            status: Only return items with this status.
            in_stock: When true, only items with a quantity above zero; when false, only items with none.
            updated_since: Only return items created at or after this instant.
            ids: Only return these ids, comma separated in one parameter (`?ids=1,2,3`).
            page: Page number, starting at 1.
            per_page: Page size.
        """
        return await self._client.request(
            _LIST_ITEMS,
            query={
                "status": status,
                "in_stock": in_stock,
                "updated_since": updated_since,
                "ids": ids,
                "page": page,
                "per_page": per_page,
            },
            options=RequestOptions(
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
                max_retries=max_retries,
                deadline=deadline,
            ),
        )

    async def create_item(
        self,
        *,
        body: models.NewItem | dict[str, Any],
        idempotency_key: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        deadline: float | None | NotGiven = NOT_GIVEN,
    ) -> models.Item:
        """Create a store item

        Adds an item to the store. SKUs are unique.

        Args:
            idempotency_key: Optional key to make retries safe.
        """
        return await self._client.request(
            _CREATE_ITEM,
            headers={
                "Idempotency-Key": idempotency_key,
            },
            body=body,
            options=RequestOptions(
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
                max_retries=max_retries,
                deadline=deadline,
            ),
        )

    async def get_item(
        self,
        item_id: int,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        deadline: float | None | NotGiven = NOT_GIVEN,
    ) -> models.ItemDetail:
        """Get a store item

        Returns an item with its category and stock history.

        Args:
            item_id: The id of the store item.
        """
        return await self._client.request(
            _GET_ITEM,
            path={
                "itemId": item_id,
            },
            options=RequestOptions(
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
                max_retries=max_retries,
                deadline=deadline,
            ),
        )

    async def delete_item(
        self,
        item_id: int,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        deadline: float | None | NotGiven = NOT_GIVEN,
    ) -> None:
        """Delete a store item

        Removes an item from the store.

        Args:
            item_id: The id of the store item.
        """
        return await self._client.request(
            _DELETE_ITEM,
            path={
                "itemId": item_id,
            },
            options=RequestOptions(
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
                max_retries=max_retries,
                deadline=deadline,
            ),
        )

    async def update_item(
        self,
        item_id: int,
        *,
        body: models.UpdateItemBody | dict[str, Any],
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        deadline: float | None | NotGiven = NOT_GIVEN,
    ) -> models.Item:
        """Update a store item

        Changes some fields of an item. Fields left out are not changed; `description` may be sent as null to clear it.

        Args:
            item_id: The id of the store item.
        """
        return await self._client.request(
            _UPDATE_ITEM,
            path={
                "itemId": item_id,
            },
            body=body,
            options=RequestOptions(
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
                max_retries=max_retries,
                deadline=deadline,
            ),
        )

    async def get_item_label(
        self,
        item_id: int,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        deadline: float | None | NotGiven = NOT_GIVEN,
    ) -> str:
        """Print an item's shelf label

        Returns the item's shelf label as one line of plain text.

        Args:
            item_id: The id of the store item.
        """
        return await self._client.request(
            _GET_ITEM_LABEL,
            path={
                "itemId": item_id,
            },
            options=RequestOptions(
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
                max_retries=max_retries,
                deadline=deadline,
            ),
        )

    async def get_item_from_future(
        self,
        item_id: int,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        deadline: float | None | NotGiven = NOT_GIVEN,
    ) -> models.Item:
        """Get an item as a newer server version would send it

        Forward-compatibility check. Returns the item like `getItem` would without history, but as a newer version of the API would: the body has properties this spec does not declare, and `status` holds a value that is not in the `ItemStatus` enum. Clients should not fail on it.

        Args:
            item_id: The id of the store item.
        """
        return await self._client.request(
            _GET_ITEM_FROM_FUTURE,
            path={
                "itemId": item_id,
            },
            options=RequestOptions(
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
                max_retries=max_retries,
                deadline=deadline,
            ),
        )

    async def list_items_by_sku(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        deadline: float | None | NotGiven = NOT_GIVEN,
    ) -> dict[str, models.Item]:
        """Index items by SKU

        Returns every item in a map keyed by its SKU.
        """
        return await self._client.request(
            _LIST_ITEMS_BY_SKU,
            options=RequestOptions(
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
                max_retries=max_retries,
                deadline=deadline,
            ),
        )

    async def get_warehouse_stock(
        self,
        warehouse_code: str,
        item_id: int,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        deadline: float | None | NotGiven = NOT_GIVEN,
    ) -> models.GetWarehouseStockResponse:
        """Get an item's stock in one warehouse

        Returns how many units of an item a warehouse holds.

        Args:
            warehouse_code: Warehouse code, e.g. `north`.
            item_id: The id of the item.
        """
        return await self._client.request(
            _GET_WAREHOUSE_STOCK,
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
            ),
        )

    async def get_categories(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        deadline: float | None | NotGiven = NOT_GIVEN,
    ) -> list[models.Category]:
        """Get the category tree

        Returns the top-level item categories, each with its sub-categories nested inside it. This operation has no operationId on purpose.
        """
        return await self._client.request(
            _GET_CATEGORIES,
            options=RequestOptions(
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
                max_retries=max_retries,
                deadline=deadline,
            ),
        )


class AsyncInventoryWithRawResponse:
    """The methods of AsyncInventory, returning the HTTP response with `parse()` for the result."""

    def __init__(self, owner: AsyncInventory) -> None:
        self._owner = owner
        self.list_items = async_to_raw_response_wrapper(owner.list_items)
        self.create_item = async_to_raw_response_wrapper(owner.create_item)
        self.get_item = async_to_raw_response_wrapper(owner.get_item)
        self.delete_item = async_to_raw_response_wrapper(owner.delete_item)
        self.update_item = async_to_raw_response_wrapper(owner.update_item)
        self.get_item_label = async_to_raw_response_wrapper(owner.get_item_label)
        self.get_item_from_future = async_to_raw_response_wrapper(
            owner.get_item_from_future
        )
        self.list_items_by_sku = async_to_raw_response_wrapper(owner.list_items_by_sku)
        self.get_warehouse_stock = async_to_raw_response_wrapper(
            owner.get_warehouse_stock
        )
        self.get_categories = async_to_raw_response_wrapper(owner.get_categories)


class AsyncInventoryWithStreamingResponse:
    """The methods of AsyncInventory, returning a context manager over the unread response."""

    def __init__(self, owner: AsyncInventory) -> None:
        self._owner = owner
        self.list_items = async_to_streamed_response_wrapper(owner.list_items)
        self.create_item = async_to_streamed_response_wrapper(owner.create_item)
        self.get_item = async_to_streamed_response_wrapper(owner.get_item)
        self.delete_item = async_to_streamed_response_wrapper(owner.delete_item)
        self.update_item = async_to_streamed_response_wrapper(owner.update_item)
        self.get_item_label = async_to_streamed_response_wrapper(owner.get_item_label)
        self.get_item_from_future = async_to_streamed_response_wrapper(
            owner.get_item_from_future
        )
        self.list_items_by_sku = async_to_streamed_response_wrapper(
            owner.list_items_by_sku
        )
        self.get_warehouse_stock = async_to_streamed_response_wrapper(
            owner.get_warehouse_stock
        )
        self.get_categories = async_to_streamed_response_wrapper(owner.get_categories)
