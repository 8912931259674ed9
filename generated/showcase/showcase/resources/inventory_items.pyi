import datetime as dt
from collections.abc import Mapping, Sequence
from functools import cached_property
from typing import Any, Literal
from uuid import UUID

import httpx

from .. import models as _models
from .._runtime._async_client import AsyncResource
from .._runtime._async_response import AsyncRawView, AsyncStreamingView
from .._runtime._sync_client import SyncResource
from .._runtime._sync_response import RawView, StreamingView
from .._runtime._types import NotGiven

__all__ = [
    "AsyncInventoryItems",
    "AsyncInventoryItemsWithRawResponse",
    "AsyncInventoryItemsWithStreamingResponse",
    "InventoryItems",
    "InventoryItemsWithRawResponse",
    "InventoryItemsWithStreamingResponse",
]

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
        idempotency_key: str | None = None,
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
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = ...,
        max_retries: int | NotGiven = ...,
        deadline: float | None | NotGiven = ...,
        max_response_size: int | None | NotGiven = ...,
        correlation_id: str | None = None,
    ) -> _models.Item:
        """POST /items"""

    def retrieve(
        self,
        item_id: int,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = ...,
        max_retries: int | NotGiven = ...,
        deadline: float | None | NotGiven = ...,
        max_response_size: int | None | NotGiven = ...,
        correlation_id: str | None = None,
    ) -> _models.ItemDetail:
        """GET /items/{itemId}"""

    def delete(
        self,
        item_id: int,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = ...,
        max_retries: int | NotGiven = ...,
        deadline: float | None | NotGiven = ...,
        max_response_size: int | None | NotGiven = ...,
        correlation_id: str | None = None,
    ) -> None:
        """DELETE /items/{itemId}"""

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
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = ...,
        max_retries: int | NotGiven = ...,
        deadline: float | None | NotGiven = ...,
        max_response_size: int | None | NotGiven = ...,
        correlation_id: str | None = None,
    ) -> _models.Item:
        """PATCH /items/{itemId}"""

    def label(
        self,
        item_id: int,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = ...,
        max_retries: int | NotGiven = ...,
        deadline: float | None | NotGiven = ...,
        max_response_size: int | None | NotGiven = ...,
        correlation_id: str | None = None,
    ) -> str:
        """GET /items/{itemId}/label"""

    def future(
        self,
        item_id: int,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = ...,
        max_retries: int | NotGiven = ...,
        deadline: float | None | NotGiven = ...,
        max_response_size: int | None | NotGiven = ...,
        correlation_id: str | None = None,
    ) -> _models.Item:
        """GET /items/{itemId}/future"""

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
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = ...,
        max_retries: int | NotGiven = ...,
        deadline: float | None | NotGiven = ...,
        max_response_size: int | None | NotGiven = ...,
        correlation_id: str | None = None,
    ) -> _models.ListItemsResponse:
        """GET /items"""

class InventoryItemsWithRawResponse:
    def __init__(self, owner: InventoryItems) -> None: ...
    create = RawView(InventoryItems.create)
    retrieve = RawView(InventoryItems.retrieve)
    delete = RawView(InventoryItems.delete)
    update = RawView(InventoryItems.update)
    label = RawView(InventoryItems.label)
    future = RawView(InventoryItems.future)
    list = RawView(InventoryItems.list)

class InventoryItemsWithStreamingResponse:
    def __init__(self, owner: InventoryItems) -> None: ...
    create = StreamingView(InventoryItems.create)
    retrieve = StreamingView(InventoryItems.retrieve)
    delete = StreamingView(InventoryItems.delete)
    update = StreamingView(InventoryItems.update)
    label = StreamingView(InventoryItems.label)
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
        idempotency_key: str | None = None,
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
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = ...,
        max_retries: int | NotGiven = ...,
        deadline: float | None | NotGiven = ...,
        max_response_size: int | None | NotGiven = ...,
        correlation_id: str | None = None,
    ) -> _models.Item:
        """POST /items"""

    async def retrieve(
        self,
        item_id: int,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = ...,
        max_retries: int | NotGiven = ...,
        deadline: float | None | NotGiven = ...,
        max_response_size: int | None | NotGiven = ...,
        correlation_id: str | None = None,
    ) -> _models.ItemDetail:
        """GET /items/{itemId}"""

    async def delete(
        self,
        item_id: int,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = ...,
        max_retries: int | NotGiven = ...,
        deadline: float | None | NotGiven = ...,
        max_response_size: int | None | NotGiven = ...,
        correlation_id: str | None = None,
    ) -> None:
        """DELETE /items/{itemId}"""

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
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = ...,
        max_retries: int | NotGiven = ...,
        deadline: float | None | NotGiven = ...,
        max_response_size: int | None | NotGiven = ...,
        correlation_id: str | None = None,
    ) -> _models.Item:
        """PATCH /items/{itemId}"""

    async def label(
        self,
        item_id: int,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = ...,
        max_retries: int | NotGiven = ...,
        deadline: float | None | NotGiven = ...,
        max_response_size: int | None | NotGiven = ...,
        correlation_id: str | None = None,
    ) -> str:
        """GET /items/{itemId}/label"""

    async def future(
        self,
        item_id: int,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = ...,
        max_retries: int | NotGiven = ...,
        deadline: float | None | NotGiven = ...,
        max_response_size: int | None | NotGiven = ...,
        correlation_id: str | None = None,
    ) -> _models.Item:
        """GET /items/{itemId}/future"""

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
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = ...,
        max_retries: int | NotGiven = ...,
        deadline: float | None | NotGiven = ...,
        max_response_size: int | None | NotGiven = ...,
        correlation_id: str | None = None,
    ) -> _models.ListItemsResponse:
        """GET /items"""

class AsyncInventoryItemsWithRawResponse:
    def __init__(self, owner: AsyncInventoryItems) -> None: ...
    create = AsyncRawView(AsyncInventoryItems.create)
    retrieve = AsyncRawView(AsyncInventoryItems.retrieve)
    delete = AsyncRawView(AsyncInventoryItems.delete)
    update = AsyncRawView(AsyncInventoryItems.update)
    label = AsyncRawView(AsyncInventoryItems.label)
    future = AsyncRawView(AsyncInventoryItems.future)
    list = AsyncRawView(AsyncInventoryItems.list)

class AsyncInventoryItemsWithStreamingResponse:
    def __init__(self, owner: AsyncInventoryItems) -> None: ...
    create = AsyncStreamingView(AsyncInventoryItems.create)
    retrieve = AsyncStreamingView(AsyncInventoryItems.retrieve)
    delete = AsyncStreamingView(AsyncInventoryItems.delete)
    update = AsyncStreamingView(AsyncInventoryItems.update)
    label = AsyncStreamingView(AsyncInventoryItems.label)
    future = AsyncStreamingView(AsyncInventoryItems.future)
    list = AsyncStreamingView(AsyncInventoryItems.list)
