import datetime as dt
from collections.abc import Mapping, Sequence
from functools import cached_property
from typing import Any, Literal
from uuid import UUID

import httpx2 as httpx

from .. import models as _models
from .._runtime._async_client import AsyncResource
from .._runtime._async_response import AsyncRawView, AsyncStreamingView
from .._runtime._endpoint import Endpoint
from .._runtime._sync_client import SyncResource
from .._runtime._sync_response import RawView, StreamingView
from .._runtime._types import NotGiven, Omit

__all__ = [
    "AsyncInventoryItems",
    "AsyncInventoryItemsWithRawResponse",
    "AsyncInventoryItemsWithStreamingResponse",
    "InventoryItems",
    "InventoryItemsWithRawResponse",
    "InventoryItemsWithStreamingResponse",
]

_CREATE: Endpoint[_models.Item]
_RETRIEVE: Endpoint[_models.ItemDetail]
_DELETE: Endpoint[None]
_UPDATE: Endpoint[_models.Item]
_LABEL: Endpoint[str]
_IN_STOCK: Endpoint[bool]
_FUTURE: Endpoint[_models.Item]
_LIST: Endpoint[_models.ListItemsResponse]

class InventoryItems(SyncResource):
    @cached_property
    def with_raw_response(self) -> InventoryItemsWithRawResponse: ...
    @cached_property
    def with_streaming_response(self) -> InventoryItemsWithStreamingResponse: ...
    def create(
        self,
        *,
        sku: str | NotGiven = ...,
        name: str | NotGiven = ...,
        price: _models.Money | _models.MoneyParam | NotGiven = ...,
        restock_date: dt.date | None | NotGiven = ...,
        description: str | None | NotGiven = ...,
        quantity: int | NotGiven = ...,
        status: _models.ItemStatus
        | Literal["available", "reserved", "sold_out"]
        | NotGiven = ...,
        unit: _models.NewItemUnit | Literal["piece", "kg", "litre"] | NotGiven = ...,
        priority: _models.NewItemPriority | Literal[1, 2, 3] | NotGiven = ...,
        weight_kg: float | NotGiven = ...,
        dimensions: _models.NewItemDimensions
        | _models.NewItemDimensionsParam
        | NotGiven = ...,
        stock_by_warehouse: Mapping[str, int] | NotGiven = ...,
        metadata: Mapping[str, Any] | NotGiven = ...,
        tags: list[str] | NotGiven = ...,
        category_id: int | NotGiven = ...,
        external_id: UUID | NotGiven = ...,
        supplier_email: str | NotGiven = ...,
        homepage: str | NotGiven = ...,
        thumbnail: str | NotGiven = ...,
        extra_body: dict[str, Any] | None = None,
        body: _models.NewItem | _models.NewItemParam | None = None,
        extra_headers: Mapping[str, str | Omit | None] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = ...,
        max_retries: int | NotGiven = ...,
        deadline: float | None | NotGiven = ...,
        max_response_size: int | None | NotGiven = ...,
        follow_redirects: bool | NotGiven = ...,
        correlation_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> _models.Item:
        """Create a store item

        Adds an item to the store. SKUs are unique.

        Args:
            restock_date: Required but nullable; send null when no restock is planned.
            extra_body: Keys sent in the body besides the ones above.
            body: The body (whole, instead of its keys: a model or a dict)

        POST /items
        """

    def retrieve(
        self,
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
    ) -> _models.ItemDetail:
        """Get a store item

        Returns an item with its category and stock history.

        Args:
            item_id: The id of the store item.

        GET /items/{itemId}
        """

    def delete(
        self,
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
    ) -> None:
        """Delete a store item

        Removes an item from the store.

        Args:
            item_id: The id of the store item.

        DELETE /items/{itemId}
        """

    def update(
        self,
        item_id: int,
        *,
        name: str | NotGiven = ...,
        description: str | None | NotGiven = ...,
        quantity: int | NotGiven = ...,
        status: _models.ItemStatus
        | Literal["available", "reserved", "sold_out"]
        | NotGiven = ...,
        price: _models.Money | _models.MoneyParam | NotGiven = ...,
        tags: list[str] | NotGiven = ...,
        extra_body: dict[str, Any] | None = None,
        body: _models.UpdateItemBody | _models.UpdateItemBodyParam | None = None,
        extra_headers: Mapping[str, str | Omit | None] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = ...,
        max_retries: int | NotGiven = ...,
        deadline: float | None | NotGiven = ...,
        max_response_size: int | None | NotGiven = ...,
        follow_redirects: bool | NotGiven = ...,
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

        PATCH /items/{itemId}
        """

    def label(
        self,
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
    ) -> str:
        """Print an item's shelf label

        Returns the item's shelf label as one line of plain text.

        Args:
            item_id: The id of the store item.

        GET /items/{itemId}/label
        """

    def in_stock(
        self,
        item_id: int,
        *,
        if_none_match: str | None = None,
        extra_headers: Mapping[str, str | Omit | None] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = ...,
        max_retries: int | NotGiven = ...,
        deadline: float | None | NotGiven = ...,
        max_response_size: int | None | NotGiven = ...,
        follow_redirects: bool | NotGiven = ...,
        correlation_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> bool:
        """Whether an item is in stock

        Answers `True` or `false` as plain text (any case), and 304 Not Modified when `If-None-Match` names the current `ETag`.

        Args:
            item_id: The id of the store item.

        GET /items/{itemId}/in-stock
        """

    def future(
        self,
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
    ) -> _models.Item:
        """Get an item as a newer server version would send it

        Forward-compatibility check. Returns the item like `getItem` would without history, but as a newer version of the API would: the body has properties this spec does not declare, and `status` holds a value that is not in the `ItemStatus` enum. Clients should not fail on it.

        Args:
            item_id: The id of the store item.

        GET /items/{itemId}/future
        """

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
        timeout: float | httpx.Timeout | None | NotGiven = ...,
        max_retries: int | NotGiven = ...,
        deadline: float | None | NotGiven = ...,
        max_response_size: int | None | NotGiven = ...,
        follow_redirects: bool | NotGiven = ...,
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

        GET /items
        """

class InventoryItemsWithRawResponse:
    def __init__(self, owner: InventoryItems) -> None: ...
    create = RawView(InventoryItems.create)
    retrieve = RawView(InventoryItems.retrieve)
    delete = RawView(InventoryItems.delete)
    update = RawView(InventoryItems.update)
    label = RawView(InventoryItems.label)
    in_stock = RawView(InventoryItems.in_stock)
    future = RawView(InventoryItems.future)
    list = RawView(InventoryItems.list)

class InventoryItemsWithStreamingResponse:
    def __init__(self, owner: InventoryItems) -> None: ...
    create = StreamingView(InventoryItems.create)
    retrieve = StreamingView(InventoryItems.retrieve)
    delete = StreamingView(InventoryItems.delete)
    update = StreamingView(InventoryItems.update)
    label = StreamingView(InventoryItems.label)
    in_stock = StreamingView(InventoryItems.in_stock)
    future = StreamingView(InventoryItems.future)
    list = StreamingView(InventoryItems.list)

class AsyncInventoryItems(AsyncResource):
    @cached_property
    def with_raw_response(self) -> AsyncInventoryItemsWithRawResponse: ...
    @cached_property
    def with_streaming_response(self) -> AsyncInventoryItemsWithStreamingResponse: ...
    async def create(
        self,
        *,
        sku: str | NotGiven = ...,
        name: str | NotGiven = ...,
        price: _models.Money | _models.MoneyParam | NotGiven = ...,
        restock_date: dt.date | None | NotGiven = ...,
        description: str | None | NotGiven = ...,
        quantity: int | NotGiven = ...,
        status: _models.ItemStatus
        | Literal["available", "reserved", "sold_out"]
        | NotGiven = ...,
        unit: _models.NewItemUnit | Literal["piece", "kg", "litre"] | NotGiven = ...,
        priority: _models.NewItemPriority | Literal[1, 2, 3] | NotGiven = ...,
        weight_kg: float | NotGiven = ...,
        dimensions: _models.NewItemDimensions
        | _models.NewItemDimensionsParam
        | NotGiven = ...,
        stock_by_warehouse: Mapping[str, int] | NotGiven = ...,
        metadata: Mapping[str, Any] | NotGiven = ...,
        tags: list[str] | NotGiven = ...,
        category_id: int | NotGiven = ...,
        external_id: UUID | NotGiven = ...,
        supplier_email: str | NotGiven = ...,
        homepage: str | NotGiven = ...,
        thumbnail: str | NotGiven = ...,
        extra_body: dict[str, Any] | None = None,
        body: _models.NewItem | _models.NewItemParam | None = None,
        extra_headers: Mapping[str, str | Omit | None] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = ...,
        max_retries: int | NotGiven = ...,
        deadline: float | None | NotGiven = ...,
        max_response_size: int | None | NotGiven = ...,
        follow_redirects: bool | NotGiven = ...,
        correlation_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> _models.Item:
        """Create a store item

        Adds an item to the store. SKUs are unique.

        Args:
            restock_date: Required but nullable; send null when no restock is planned.
            extra_body: Keys sent in the body besides the ones above.
            body: The body (whole, instead of its keys: a model or a dict)

        POST /items
        """

    async def retrieve(
        self,
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
    ) -> _models.ItemDetail:
        """Get a store item

        Returns an item with its category and stock history.

        Args:
            item_id: The id of the store item.

        GET /items/{itemId}
        """

    async def delete(
        self,
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
    ) -> None:
        """Delete a store item

        Removes an item from the store.

        Args:
            item_id: The id of the store item.

        DELETE /items/{itemId}
        """

    async def update(
        self,
        item_id: int,
        *,
        name: str | NotGiven = ...,
        description: str | None | NotGiven = ...,
        quantity: int | NotGiven = ...,
        status: _models.ItemStatus
        | Literal["available", "reserved", "sold_out"]
        | NotGiven = ...,
        price: _models.Money | _models.MoneyParam | NotGiven = ...,
        tags: list[str] | NotGiven = ...,
        extra_body: dict[str, Any] | None = None,
        body: _models.UpdateItemBody | _models.UpdateItemBodyParam | None = None,
        extra_headers: Mapping[str, str | Omit | None] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = ...,
        max_retries: int | NotGiven = ...,
        deadline: float | None | NotGiven = ...,
        max_response_size: int | None | NotGiven = ...,
        follow_redirects: bool | NotGiven = ...,
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

        PATCH /items/{itemId}
        """

    async def label(
        self,
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
    ) -> str:
        """Print an item's shelf label

        Returns the item's shelf label as one line of plain text.

        Args:
            item_id: The id of the store item.

        GET /items/{itemId}/label
        """

    async def in_stock(
        self,
        item_id: int,
        *,
        if_none_match: str | None = None,
        extra_headers: Mapping[str, str | Omit | None] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = ...,
        max_retries: int | NotGiven = ...,
        deadline: float | None | NotGiven = ...,
        max_response_size: int | None | NotGiven = ...,
        follow_redirects: bool | NotGiven = ...,
        correlation_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> bool:
        """Whether an item is in stock

        Answers `True` or `false` as plain text (any case), and 304 Not Modified when `If-None-Match` names the current `ETag`.

        Args:
            item_id: The id of the store item.

        GET /items/{itemId}/in-stock
        """

    async def future(
        self,
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
    ) -> _models.Item:
        """Get an item as a newer server version would send it

        Forward-compatibility check. Returns the item like `getItem` would without history, but as a newer version of the API would: the body has properties this spec does not declare, and `status` holds a value that is not in the `ItemStatus` enum. Clients should not fail on it.

        Args:
            item_id: The id of the store item.

        GET /items/{itemId}/future
        """

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
        timeout: float | httpx.Timeout | None | NotGiven = ...,
        max_retries: int | NotGiven = ...,
        deadline: float | None | NotGiven = ...,
        max_response_size: int | None | NotGiven = ...,
        follow_redirects: bool | NotGiven = ...,
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

        GET /items
        """

class AsyncInventoryItemsWithRawResponse:
    def __init__(self, owner: AsyncInventoryItems) -> None: ...
    create = AsyncRawView(AsyncInventoryItems.create)
    retrieve = AsyncRawView(AsyncInventoryItems.retrieve)
    delete = AsyncRawView(AsyncInventoryItems.delete)
    update = AsyncRawView(AsyncInventoryItems.update)
    label = AsyncRawView(AsyncInventoryItems.label)
    in_stock = AsyncRawView(AsyncInventoryItems.in_stock)
    future = AsyncRawView(AsyncInventoryItems.future)
    list = AsyncRawView(AsyncInventoryItems.list)

class AsyncInventoryItemsWithStreamingResponse:
    def __init__(self, owner: AsyncInventoryItems) -> None: ...
    create = AsyncStreamingView(AsyncInventoryItems.create)
    retrieve = AsyncStreamingView(AsyncInventoryItems.retrieve)
    delete = AsyncStreamingView(AsyncInventoryItems.delete)
    update = AsyncStreamingView(AsyncInventoryItems.update)
    label = AsyncStreamingView(AsyncInventoryItems.label)
    in_stock = AsyncStreamingView(AsyncInventoryItems.in_stock)
    future = AsyncStreamingView(AsyncInventoryItems.future)
    list = AsyncStreamingView(AsyncInventoryItems.list)
