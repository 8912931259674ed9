"""`client.inventory.items`: InventoryItems and its response views."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from functools import cached_property
from typing import Any, Literal
from uuid import UUID

import httpx2 as httpx

from .. import models as _models
from .._runtime._async_client import AsyncResource
from .._runtime._async_response import AsyncRawView, AsyncStreamingView
from .._runtime._endpoint import BodySpec, Endpoint, ResponseSpec
from .._runtime._serialize import body_from
from .._runtime._sync_client import SyncResource
from .._runtime._sync_response import RawView, StreamingView
from .._runtime._types import NOT_GIVEN, NotGiven, Omit, RequestOptions

__all__ = [
    "AsyncInventoryItems",
    "AsyncInventoryItemsWithRawResponse",
    "AsyncInventoryItemsWithStreamingResponse",
    "InventoryItems",
    "InventoryItemsWithRawResponse",
    "InventoryItemsWithStreamingResponse",
]


_CREATE: Endpoint[_models.Item] = Endpoint(
    method="POST",
    path="/items",
    body=BodySpec("json", "application/json", lambda: _models.NewItem),
    responses=(ResponseSpec("201", "json", lambda: _models.Item),),
    errors=(
        ResponseSpec("409", "json", lambda: _models.Error),
        ResponseSpec("422", "json", lambda: _models.ValidationError),
        ResponseSpec("default", "json", lambda: _models.Error),
    ),
)


_RETRIEVE: Endpoint[_models.ItemDetail] = Endpoint(
    method="GET",
    path="/items/{itemId}",
    responses=(ResponseSpec("200", "json", lambda: _models.ItemDetail),),
    errors=(
        ResponseSpec("404", "json", lambda: _models.Error),
        ResponseSpec("default", "json", lambda: _models.Error),
    ),
)


_DELETE: Endpoint[None] = Endpoint(
    method="DELETE",
    path="/items/{itemId}",
    responses=(ResponseSpec("204", "empty"),),
    errors=(
        ResponseSpec("404", "json", lambda: _models.Error),
        ResponseSpec("default", "json", lambda: _models.Error),
    ),
)


_UPDATE: Endpoint[_models.Item] = Endpoint(
    method="PATCH",
    path="/items/{itemId}",
    body=BodySpec("json", "application/json", lambda: _models.UpdateItemBody),
    responses=(ResponseSpec("200", "json", lambda: _models.Item),),
    errors=(
        ResponseSpec("404", "json", lambda: _models.Error),
        ResponseSpec("422", "json", lambda: _models.ValidationError),
        ResponseSpec("default", "json", lambda: _models.Error),
    ),
)


_LABEL: Endpoint[str] = Endpoint(
    method="GET",
    path="/items/{itemId}/label",
    responses=(ResponseSpec("200", "text", lambda: str),),
    errors=(
        ResponseSpec("404", "json", lambda: _models.Error),
        ResponseSpec("default", "json", lambda: _models.Error),
    ),
    accept="text/plain, application/json, */*;q=0.5",
)


_IN_STOCK: Endpoint[bool] = Endpoint(
    method="GET",
    path="/items/{itemId}/in-stock",
    responses=(ResponseSpec("200", "text", lambda: bool),),
    errors=(ResponseSpec("404", "json", lambda: _models.Error),),
    accept="text/plain, application/json, */*;q=0.5",
)


_FUTURE: Endpoint[_models.Item] = Endpoint(
    method="GET",
    path="/items/{itemId}/future",
    responses=(ResponseSpec("200", "json", lambda: _models.Item),),
    errors=(
        ResponseSpec("404", "json", lambda: _models.Error),
        ResponseSpec("default", "json", lambda: _models.Error),
    ),
)


_LIST: Endpoint[_models.ListItemsResponse] = Endpoint(
    method="GET",
    path="/items",
    styles={
        ("query", "ids"): ("form", False),
    },
    responses=(ResponseSpec("200", "json", lambda: _models.ListItemsResponse),),
    errors=(ResponseSpec("default", "json", lambda: _models.Error),),
)


class InventoryItems(SyncResource):
    """Operations of the InventoryItems resource."""

    @cached_property
    def with_raw_response(self) -> InventoryItemsWithRawResponse:
        """These methods, returning the HTTP response (`.parse()` gives the usual result)."""
        return InventoryItemsWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> InventoryItemsWithStreamingResponse:
        """These methods, as context managers over the response, its body not read yet."""
        return InventoryItemsWithStreamingResponse(self)

    def create(
        self,
        *,
        sku: str | NotGiven = NOT_GIVEN,
        name: str | NotGiven = NOT_GIVEN,
        price: _models.Money | _models.MoneyParam | NotGiven = NOT_GIVEN,
        restock_date: dt.date | None | NotGiven = NOT_GIVEN,
        description: str | None | NotGiven = NOT_GIVEN,
        quantity: int | NotGiven = NOT_GIVEN,
        status: _models.ItemStatus
        | Literal["available", "reserved", "sold_out"]
        | NotGiven = NOT_GIVEN,
        unit: _models.NewItemUnit
        | Literal["piece", "kg", "litre"]
        | NotGiven = NOT_GIVEN,
        priority: _models.NewItemPriority | Literal[1, 2, 3] | NotGiven = NOT_GIVEN,
        weight_kg: float | NotGiven = NOT_GIVEN,
        dimensions: _models.NewItemDimensions
        | _models.NewItemDimensionsParam
        | NotGiven = NOT_GIVEN,
        stock_by_warehouse: Mapping[str, int] | NotGiven = NOT_GIVEN,
        metadata: Mapping[str, Any] | NotGiven = NOT_GIVEN,
        tags: list[str] | NotGiven = NOT_GIVEN,
        category_id: int | NotGiven = NOT_GIVEN,
        external_id: UUID | NotGiven = NOT_GIVEN,
        supplier_email: str | NotGiven = NOT_GIVEN,
        homepage: str | NotGiven = NOT_GIVEN,
        thumbnail: str | NotGiven = NOT_GIVEN,
        extra_body: dict[str, Any] | None = None,
        body: _models.NewItem | _models.NewItemParam | None = None,
        extra_headers: Mapping[str, str | Omit | None] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        deadline: float | None | NotGiven = NOT_GIVEN,
        max_response_size: int | None | NotGiven = NOT_GIVEN,
        follow_redirects: bool | NotGiven = NOT_GIVEN,
        correlation_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> _models.Item:
        """Create a store item

        Adds an item to the store. SKUs are unique.

        Args:
            restock_date: Required but nullable; send null when no restock is planned.
            extra_body: Keys sent in the body besides the ones above.
            body: The body (whole, instead of its keys: a model or a dict)
        """
        return self._client.request(
            _CREATE,
            body=body_from(
                body,
                {
                    "sku": sku,
                    "name": name,
                    "price": price,
                    "restock_date": restock_date,
                    "description": description,
                    "quantity": quantity,
                    "status": status,
                    "unit": unit,
                    "priority": priority,
                    "weight_kg": weight_kg,
                    "dimensions": dimensions,
                    "stock_by_warehouse": stock_by_warehouse,
                    "metadata": metadata,
                    "tags": tags,
                    "category_id": category_id,
                    "external_id": external_id,
                    "supplier_email": supplier_email,
                    "homepage": homepage,
                    "thumbnail": thumbnail,
                },
                extra_body,
                required=True,
            ),
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

    def retrieve(
        self,
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
    ) -> _models.ItemDetail:
        """Get a store item

        Returns an item with its category and stock history.

        Args:
            item_id: The id of the store item.
        """
        return self._client.request(
            _RETRIEVE,
            path={
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

    def delete(
        self,
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
    ) -> None:
        """Delete a store item

        Removes an item from the store.

        Args:
            item_id: The id of the store item.
        """
        return self._client.request(
            _DELETE,
            path={
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

    def update(
        self,
        item_id: int,
        *,
        name: str | NotGiven = NOT_GIVEN,
        description: str | None | NotGiven = NOT_GIVEN,
        quantity: int | NotGiven = NOT_GIVEN,
        status: _models.ItemStatus
        | Literal["available", "reserved", "sold_out"]
        | NotGiven = NOT_GIVEN,
        price: _models.Money | _models.MoneyParam | NotGiven = NOT_GIVEN,
        tags: list[str] | NotGiven = NOT_GIVEN,
        extra_body: dict[str, Any] | None = None,
        body: _models.UpdateItemBody | _models.UpdateItemBodyParam | None = None,
        extra_headers: Mapping[str, str | Omit | None] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        deadline: float | None | NotGiven = NOT_GIVEN,
        max_response_size: int | None | NotGiven = NOT_GIVEN,
        follow_redirects: bool | NotGiven = NOT_GIVEN,
        correlation_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> _models.Item:
        """Update a store item

        Changes some fields of an item. Fields left out are not changed; `description` may be sent as null to clear it.

        Args:
            item_id: The id of the store item.
            name: New name.
            description: New description, or null to clear it.
            quantity: New quantity in stock.
            extra_body: Keys sent in the body besides the ones above.
            body: The body (whole, instead of its keys: a model or a dict)
        """
        return self._client.request(
            _UPDATE,
            path={
                "itemId": item_id,
            },
            body=body_from(
                body,
                {
                    "name": name,
                    "description": description,
                    "quantity": quantity,
                    "status": status,
                    "price": price,
                    "tags": tags,
                },
                extra_body,
                required=True,
            ),
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

    def label(
        self,
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
    ) -> str:
        """Print an item's shelf label

        Returns the item's shelf label as one line of plain text.

        Args:
            item_id: The id of the store item.
        """
        return self._client.request(
            _LABEL,
            path={
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

    def in_stock(
        self,
        item_id: int,
        *,
        if_none_match: str | None = None,
        extra_headers: Mapping[str, str | Omit | None] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        deadline: float | None | NotGiven = NOT_GIVEN,
        max_response_size: int | None | NotGiven = NOT_GIVEN,
        follow_redirects: bool | NotGiven = NOT_GIVEN,
        correlation_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> bool:
        """Whether an item is in stock

        Answers `True` or `false` as plain text (any case), and 304 Not Modified when `If-None-Match` names the current `ETag`.

        Args:
            item_id: The id of the store item.
        """
        return self._client.request(
            _IN_STOCK,
            path={
                "itemId": item_id,
            },
            headers={
                "If-None-Match": if_none_match,
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

    def future(
        self,
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
    ) -> _models.Item:
        """Get an item as a newer server version would send it

        Forward-compatibility check. Returns the item like `getItem` would without history, but as a newer version of the API would: the body has properties this spec does not declare, and `status` holds a value that is not in the `ItemStatus` enum. Clients should not fail on it.

        Args:
            item_id: The id of the store item.
        """
        return self._client.request(
            _FUTURE,
            path={
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

    def list(
        self,
        *,
        status: _models.ItemStatus
        | Literal["available", "reserved", "sold_out"]
        | None = None,
        in_stock: bool | None = None,
        updated_since: dt.datetime | None = None,
        ids: Sequence[int] | None = None,
        page: int | None = None,
        per_page: int | None = None,
        extra_headers: Mapping[str, str | Omit | None] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        deadline: float | None | NotGiven = NOT_GIVEN,
        max_response_size: int | None | NotGiven = NOT_GIVEN,
        follow_redirects: bool | NotGiven = NOT_GIVEN,
        correlation_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> _models.ListItemsResponse:
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
            _LIST,
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
                max_response_size=max_response_size,
                follow_redirects=follow_redirects,
                correlation_id=correlation_id,
                idempotency_key=idempotency_key,
            ),
        )


class InventoryItemsWithRawResponse:
    """The methods of InventoryItems, returning the HTTP response with `parse()` for the result."""

    def __init__(self, owner: InventoryItems) -> None:
        self._owner = owner

    create = RawView(InventoryItems.create)
    retrieve = RawView(InventoryItems.retrieve)
    delete = RawView(InventoryItems.delete)
    update = RawView(InventoryItems.update)
    label = RawView(InventoryItems.label)
    in_stock = RawView(InventoryItems.in_stock)
    future = RawView(InventoryItems.future)
    list = RawView(InventoryItems.list)


class InventoryItemsWithStreamingResponse:
    """The methods of InventoryItems, returning a context manager over the unread response."""

    def __init__(self, owner: InventoryItems) -> None:
        self._owner = owner

    create = StreamingView(InventoryItems.create)
    retrieve = StreamingView(InventoryItems.retrieve)
    delete = StreamingView(InventoryItems.delete)
    update = StreamingView(InventoryItems.update)
    label = StreamingView(InventoryItems.label)
    in_stock = StreamingView(InventoryItems.in_stock)
    future = StreamingView(InventoryItems.future)
    list = StreamingView(InventoryItems.list)


class AsyncInventoryItems(AsyncResource):
    """Operations of the InventoryItems resource."""

    @cached_property
    def with_raw_response(self) -> AsyncInventoryItemsWithRawResponse:
        """These methods, returning the HTTP response (`.parse()` gives the usual result)."""
        return AsyncInventoryItemsWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncInventoryItemsWithStreamingResponse:
        """These methods, as context managers over the response, its body not read yet."""
        return AsyncInventoryItemsWithStreamingResponse(self)

    async def create(
        self,
        *,
        sku: str | NotGiven = NOT_GIVEN,
        name: str | NotGiven = NOT_GIVEN,
        price: _models.Money | _models.MoneyParam | NotGiven = NOT_GIVEN,
        restock_date: dt.date | None | NotGiven = NOT_GIVEN,
        description: str | None | NotGiven = NOT_GIVEN,
        quantity: int | NotGiven = NOT_GIVEN,
        status: _models.ItemStatus
        | Literal["available", "reserved", "sold_out"]
        | NotGiven = NOT_GIVEN,
        unit: _models.NewItemUnit
        | Literal["piece", "kg", "litre"]
        | NotGiven = NOT_GIVEN,
        priority: _models.NewItemPriority | Literal[1, 2, 3] | NotGiven = NOT_GIVEN,
        weight_kg: float | NotGiven = NOT_GIVEN,
        dimensions: _models.NewItemDimensions
        | _models.NewItemDimensionsParam
        | NotGiven = NOT_GIVEN,
        stock_by_warehouse: Mapping[str, int] | NotGiven = NOT_GIVEN,
        metadata: Mapping[str, Any] | NotGiven = NOT_GIVEN,
        tags: list[str] | NotGiven = NOT_GIVEN,
        category_id: int | NotGiven = NOT_GIVEN,
        external_id: UUID | NotGiven = NOT_GIVEN,
        supplier_email: str | NotGiven = NOT_GIVEN,
        homepage: str | NotGiven = NOT_GIVEN,
        thumbnail: str | NotGiven = NOT_GIVEN,
        extra_body: dict[str, Any] | None = None,
        body: _models.NewItem | _models.NewItemParam | None = None,
        extra_headers: Mapping[str, str | Omit | None] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        deadline: float | None | NotGiven = NOT_GIVEN,
        max_response_size: int | None | NotGiven = NOT_GIVEN,
        follow_redirects: bool | NotGiven = NOT_GIVEN,
        correlation_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> _models.Item:
        """Create a store item

        Adds an item to the store. SKUs are unique.

        Args:
            restock_date: Required but nullable; send null when no restock is planned.
            extra_body: Keys sent in the body besides the ones above.
            body: The body (whole, instead of its keys: a model or a dict)
        """
        return await self._client.request(
            _CREATE,
            body=body_from(
                body,
                {
                    "sku": sku,
                    "name": name,
                    "price": price,
                    "restock_date": restock_date,
                    "description": description,
                    "quantity": quantity,
                    "status": status,
                    "unit": unit,
                    "priority": priority,
                    "weight_kg": weight_kg,
                    "dimensions": dimensions,
                    "stock_by_warehouse": stock_by_warehouse,
                    "metadata": metadata,
                    "tags": tags,
                    "category_id": category_id,
                    "external_id": external_id,
                    "supplier_email": supplier_email,
                    "homepage": homepage,
                    "thumbnail": thumbnail,
                },
                extra_body,
                required=True,
            ),
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

    async def retrieve(
        self,
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
    ) -> _models.ItemDetail:
        """Get a store item

        Returns an item with its category and stock history.

        Args:
            item_id: The id of the store item.
        """
        return await self._client.request(
            _RETRIEVE,
            path={
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

    async def delete(
        self,
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
    ) -> None:
        """Delete a store item

        Removes an item from the store.

        Args:
            item_id: The id of the store item.
        """
        return await self._client.request(
            _DELETE,
            path={
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

    async def update(
        self,
        item_id: int,
        *,
        name: str | NotGiven = NOT_GIVEN,
        description: str | None | NotGiven = NOT_GIVEN,
        quantity: int | NotGiven = NOT_GIVEN,
        status: _models.ItemStatus
        | Literal["available", "reserved", "sold_out"]
        | NotGiven = NOT_GIVEN,
        price: _models.Money | _models.MoneyParam | NotGiven = NOT_GIVEN,
        tags: list[str] | NotGiven = NOT_GIVEN,
        extra_body: dict[str, Any] | None = None,
        body: _models.UpdateItemBody | _models.UpdateItemBodyParam | None = None,
        extra_headers: Mapping[str, str | Omit | None] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        deadline: float | None | NotGiven = NOT_GIVEN,
        max_response_size: int | None | NotGiven = NOT_GIVEN,
        follow_redirects: bool | NotGiven = NOT_GIVEN,
        correlation_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> _models.Item:
        """Update a store item

        Changes some fields of an item. Fields left out are not changed; `description` may be sent as null to clear it.

        Args:
            item_id: The id of the store item.
            name: New name.
            description: New description, or null to clear it.
            quantity: New quantity in stock.
            extra_body: Keys sent in the body besides the ones above.
            body: The body (whole, instead of its keys: a model or a dict)
        """
        return await self._client.request(
            _UPDATE,
            path={
                "itemId": item_id,
            },
            body=body_from(
                body,
                {
                    "name": name,
                    "description": description,
                    "quantity": quantity,
                    "status": status,
                    "price": price,
                    "tags": tags,
                },
                extra_body,
                required=True,
            ),
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

    async def label(
        self,
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
    ) -> str:
        """Print an item's shelf label

        Returns the item's shelf label as one line of plain text.

        Args:
            item_id: The id of the store item.
        """
        return await self._client.request(
            _LABEL,
            path={
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

    async def in_stock(
        self,
        item_id: int,
        *,
        if_none_match: str | None = None,
        extra_headers: Mapping[str, str | Omit | None] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        deadline: float | None | NotGiven = NOT_GIVEN,
        max_response_size: int | None | NotGiven = NOT_GIVEN,
        follow_redirects: bool | NotGiven = NOT_GIVEN,
        correlation_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> bool:
        """Whether an item is in stock

        Answers `True` or `false` as plain text (any case), and 304 Not Modified when `If-None-Match` names the current `ETag`.

        Args:
            item_id: The id of the store item.
        """
        return await self._client.request(
            _IN_STOCK,
            path={
                "itemId": item_id,
            },
            headers={
                "If-None-Match": if_none_match,
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

    async def future(
        self,
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
    ) -> _models.Item:
        """Get an item as a newer server version would send it

        Forward-compatibility check. Returns the item like `getItem` would without history, but as a newer version of the API would: the body has properties this spec does not declare, and `status` holds a value that is not in the `ItemStatus` enum. Clients should not fail on it.

        Args:
            item_id: The id of the store item.
        """
        return await self._client.request(
            _FUTURE,
            path={
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

    async def list(
        self,
        *,
        status: _models.ItemStatus
        | Literal["available", "reserved", "sold_out"]
        | None = None,
        in_stock: bool | None = None,
        updated_since: dt.datetime | None = None,
        ids: Sequence[int] | None = None,
        page: int | None = None,
        per_page: int | None = None,
        extra_headers: Mapping[str, str | Omit | None] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        deadline: float | None | NotGiven = NOT_GIVEN,
        max_response_size: int | None | NotGiven = NOT_GIVEN,
        follow_redirects: bool | NotGiven = NOT_GIVEN,
        correlation_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> _models.ListItemsResponse:
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
            _LIST,
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
                max_response_size=max_response_size,
                follow_redirects=follow_redirects,
                correlation_id=correlation_id,
                idempotency_key=idempotency_key,
            ),
        )


class AsyncInventoryItemsWithRawResponse:
    """The methods of AsyncInventoryItems, returning the HTTP response with `parse()` for the result."""

    def __init__(self, owner: AsyncInventoryItems) -> None:
        self._owner = owner

    create = AsyncRawView(AsyncInventoryItems.create)
    retrieve = AsyncRawView(AsyncInventoryItems.retrieve)
    delete = AsyncRawView(AsyncInventoryItems.delete)
    update = AsyncRawView(AsyncInventoryItems.update)
    label = AsyncRawView(AsyncInventoryItems.label)
    in_stock = AsyncRawView(AsyncInventoryItems.in_stock)
    future = AsyncRawView(AsyncInventoryItems.future)
    list = AsyncRawView(AsyncInventoryItems.list)


class AsyncInventoryItemsWithStreamingResponse:
    """The methods of AsyncInventoryItems, returning a context manager over the unread response."""

    def __init__(self, owner: AsyncInventoryItems) -> None:
        self._owner = owner

    create = AsyncStreamingView(AsyncInventoryItems.create)
    retrieve = AsyncStreamingView(AsyncInventoryItems.retrieve)
    delete = AsyncStreamingView(AsyncInventoryItems.delete)
    update = AsyncStreamingView(AsyncInventoryItems.update)
    label = AsyncStreamingView(AsyncInventoryItems.label)
    in_stock = AsyncStreamingView(AsyncInventoryItems.in_stock)
    future = AsyncStreamingView(AsyncInventoryItems.future)
    list = AsyncStreamingView(AsyncInventoryItems.list)
