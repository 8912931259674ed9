import datetime as dt
from collections.abc import Mapping
from functools import cached_property
from typing import Any, Literal, Protocol, overload, type_check_only
from uuid import UUID

import httpx2 as httpx

from .. import models as _models
from .._runtime._async_client import AsyncResource
from .._runtime._async_response import (
    AsyncRawView,
    AsyncResponseContextManager,
    AsyncStreamedResponse,
    AsyncStreamingView,
)
from .._runtime._response import APIResponse
from .._runtime._sync_client import SyncResource
from .._runtime._sync_response import (
    RawView,
    ResponseContextManager,
    StreamedResponse,
    StreamingView,
)
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
    @overload
    def create(
        self,
        *,
        sku: str,
        name: str,
        price: _models.Money | _models.MoneyParam,
        restock_date: dt.date | None,
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
        stock_by_warehouse: dict[str, int] | NotGiven = ...,
        metadata: dict[str, Any] | NotGiven = ...,
        tags: list[str] | NotGiven = ...,
        category_id: int | NotGiven = ...,
        external_id: UUID | NotGiven = ...,
        supplier_email: str | NotGiven = ...,
        homepage: str | NotGiven = ...,
        thumbnail: str | NotGiven = ...,
        extra_body: dict[str, Any] | None = None,
        body: None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = ...,
        max_retries: int | NotGiven = ...,
        deadline: float | None | NotGiven = ...,
        max_response_size: int | None | NotGiven = ...,
        correlation_id: str | None = None,
    ) -> _models.Item: ...
    @overload
    def create(
        self,
        *,
        sku: NotGiven = ...,
        name: NotGiven = ...,
        price: NotGiven = ...,
        restock_date: NotGiven = ...,
        idempotency_key: str | None = None,
        body: _models.NewItem | _models.NewItemParam,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = ...,
        max_retries: int | NotGiven = ...,
        deadline: float | None | NotGiven = ...,
        max_response_size: int | None | NotGiven = ...,
        correlation_id: str | None = None,
    ) -> _models.Item: ...
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

    @overload
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
        body: None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = ...,
        max_retries: int | NotGiven = ...,
        deadline: float | None | NotGiven = ...,
        max_response_size: int | None | NotGiven = ...,
        correlation_id: str | None = None,
    ) -> _models.Item: ...
    @overload
    def update(
        self,
        item_id: int,
        *,
        body: _models.UpdateItemBody | _models.UpdateItemBodyParam,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = ...,
        max_retries: int | NotGiven = ...,
        deadline: float | None | NotGiven = ...,
        max_response_size: int | None | NotGiven = ...,
        correlation_id: str | None = None,
    ) -> _models.Item: ...
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
        ids: list[int] | None = None,
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

@type_check_only
class _Raw_create(Protocol):
    @overload
    def __call__(
        self,
        *,
        sku: str,
        name: str,
        price: _models.Money | _models.MoneyParam,
        restock_date: dt.date | None,
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
        stock_by_warehouse: dict[str, int] | NotGiven = ...,
        metadata: dict[str, Any] | NotGiven = ...,
        tags: list[str] | NotGiven = ...,
        category_id: int | NotGiven = ...,
        external_id: UUID | NotGiven = ...,
        supplier_email: str | NotGiven = ...,
        homepage: str | NotGiven = ...,
        thumbnail: str | NotGiven = ...,
        extra_body: dict[str, Any] | None = None,
        body: None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = ...,
        max_retries: int | NotGiven = ...,
        deadline: float | None | NotGiven = ...,
        max_response_size: int | None | NotGiven = ...,
        correlation_id: str | None = None,
    ) -> APIResponse[_models.Item]: ...
    @overload
    def __call__(
        self,
        *,
        sku: NotGiven = ...,
        name: NotGiven = ...,
        price: NotGiven = ...,
        restock_date: NotGiven = ...,
        idempotency_key: str | None = None,
        body: _models.NewItem | _models.NewItemParam,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = ...,
        max_retries: int | NotGiven = ...,
        deadline: float | None | NotGiven = ...,
        max_response_size: int | None | NotGiven = ...,
        correlation_id: str | None = None,
    ) -> APIResponse[_models.Item]: ...

@type_check_only
class _Raw_update(Protocol):
    @overload
    def __call__(
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
        body: None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = ...,
        max_retries: int | NotGiven = ...,
        deadline: float | None | NotGiven = ...,
        max_response_size: int | None | NotGiven = ...,
        correlation_id: str | None = None,
    ) -> APIResponse[_models.Item]: ...
    @overload
    def __call__(
        self,
        item_id: int,
        *,
        body: _models.UpdateItemBody | _models.UpdateItemBodyParam,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = ...,
        max_retries: int | NotGiven = ...,
        deadline: float | None | NotGiven = ...,
        max_response_size: int | None | NotGiven = ...,
        correlation_id: str | None = None,
    ) -> APIResponse[_models.Item]: ...

class InventoryItemsWithRawResponse:
    def __init__(self, owner: InventoryItems) -> None: ...
    create: _Raw_create
    retrieve = RawView(InventoryItems.retrieve)
    delete = RawView(InventoryItems.delete)
    update: _Raw_update
    label = RawView(InventoryItems.label)
    future = RawView(InventoryItems.future)
    list = RawView(InventoryItems.list)

@type_check_only
class _Streaming_create(Protocol):
    @overload
    def __call__(
        self,
        *,
        sku: str,
        name: str,
        price: _models.Money | _models.MoneyParam,
        restock_date: dt.date | None,
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
        stock_by_warehouse: dict[str, int] | NotGiven = ...,
        metadata: dict[str, Any] | NotGiven = ...,
        tags: list[str] | NotGiven = ...,
        category_id: int | NotGiven = ...,
        external_id: UUID | NotGiven = ...,
        supplier_email: str | NotGiven = ...,
        homepage: str | NotGiven = ...,
        thumbnail: str | NotGiven = ...,
        extra_body: dict[str, Any] | None = None,
        body: None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = ...,
        max_retries: int | NotGiven = ...,
        deadline: float | None | NotGiven = ...,
        max_response_size: int | None | NotGiven = ...,
        correlation_id: str | None = None,
    ) -> ResponseContextManager[StreamedResponse[_models.Item]]: ...
    @overload
    def __call__(
        self,
        *,
        sku: NotGiven = ...,
        name: NotGiven = ...,
        price: NotGiven = ...,
        restock_date: NotGiven = ...,
        idempotency_key: str | None = None,
        body: _models.NewItem | _models.NewItemParam,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = ...,
        max_retries: int | NotGiven = ...,
        deadline: float | None | NotGiven = ...,
        max_response_size: int | None | NotGiven = ...,
        correlation_id: str | None = None,
    ) -> ResponseContextManager[StreamedResponse[_models.Item]]: ...

@type_check_only
class _Streaming_update(Protocol):
    @overload
    def __call__(
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
        body: None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = ...,
        max_retries: int | NotGiven = ...,
        deadline: float | None | NotGiven = ...,
        max_response_size: int | None | NotGiven = ...,
        correlation_id: str | None = None,
    ) -> ResponseContextManager[StreamedResponse[_models.Item]]: ...
    @overload
    def __call__(
        self,
        item_id: int,
        *,
        body: _models.UpdateItemBody | _models.UpdateItemBodyParam,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = ...,
        max_retries: int | NotGiven = ...,
        deadline: float | None | NotGiven = ...,
        max_response_size: int | None | NotGiven = ...,
        correlation_id: str | None = None,
    ) -> ResponseContextManager[StreamedResponse[_models.Item]]: ...

class InventoryItemsWithStreamingResponse:
    def __init__(self, owner: InventoryItems) -> None: ...
    create: _Streaming_create
    retrieve = StreamingView(InventoryItems.retrieve)
    delete = StreamingView(InventoryItems.delete)
    update: _Streaming_update
    label = StreamingView(InventoryItems.label)
    future = StreamingView(InventoryItems.future)
    list = StreamingView(InventoryItems.list)

class AsyncInventoryItems(AsyncResource):
    @cached_property
    def with_raw_response(self) -> AsyncInventoryItemsWithRawResponse: ...
    @cached_property
    def with_streaming_response(self) -> AsyncInventoryItemsWithStreamingResponse: ...
    @overload
    async def create(
        self,
        *,
        sku: str,
        name: str,
        price: _models.Money | _models.MoneyParam,
        restock_date: dt.date | None,
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
        stock_by_warehouse: dict[str, int] | NotGiven = ...,
        metadata: dict[str, Any] | NotGiven = ...,
        tags: list[str] | NotGiven = ...,
        category_id: int | NotGiven = ...,
        external_id: UUID | NotGiven = ...,
        supplier_email: str | NotGiven = ...,
        homepage: str | NotGiven = ...,
        thumbnail: str | NotGiven = ...,
        extra_body: dict[str, Any] | None = None,
        body: None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = ...,
        max_retries: int | NotGiven = ...,
        deadline: float | None | NotGiven = ...,
        max_response_size: int | None | NotGiven = ...,
        correlation_id: str | None = None,
    ) -> _models.Item: ...
    @overload
    async def create(
        self,
        *,
        sku: NotGiven = ...,
        name: NotGiven = ...,
        price: NotGiven = ...,
        restock_date: NotGiven = ...,
        idempotency_key: str | None = None,
        body: _models.NewItem | _models.NewItemParam,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = ...,
        max_retries: int | NotGiven = ...,
        deadline: float | None | NotGiven = ...,
        max_response_size: int | None | NotGiven = ...,
        correlation_id: str | None = None,
    ) -> _models.Item: ...
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

    @overload
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
        body: None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = ...,
        max_retries: int | NotGiven = ...,
        deadline: float | None | NotGiven = ...,
        max_response_size: int | None | NotGiven = ...,
        correlation_id: str | None = None,
    ) -> _models.Item: ...
    @overload
    async def update(
        self,
        item_id: int,
        *,
        body: _models.UpdateItemBody | _models.UpdateItemBodyParam,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = ...,
        max_retries: int | NotGiven = ...,
        deadline: float | None | NotGiven = ...,
        max_response_size: int | None | NotGiven = ...,
        correlation_id: str | None = None,
    ) -> _models.Item: ...
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
        ids: list[int] | None = None,
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

@type_check_only
class _AsyncRaw_create(Protocol):
    @overload
    async def __call__(
        self,
        *,
        sku: str,
        name: str,
        price: _models.Money | _models.MoneyParam,
        restock_date: dt.date | None,
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
        stock_by_warehouse: dict[str, int] | NotGiven = ...,
        metadata: dict[str, Any] | NotGiven = ...,
        tags: list[str] | NotGiven = ...,
        category_id: int | NotGiven = ...,
        external_id: UUID | NotGiven = ...,
        supplier_email: str | NotGiven = ...,
        homepage: str | NotGiven = ...,
        thumbnail: str | NotGiven = ...,
        extra_body: dict[str, Any] | None = None,
        body: None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = ...,
        max_retries: int | NotGiven = ...,
        deadline: float | None | NotGiven = ...,
        max_response_size: int | None | NotGiven = ...,
        correlation_id: str | None = None,
    ) -> APIResponse[_models.Item]: ...
    @overload
    async def __call__(
        self,
        *,
        sku: NotGiven = ...,
        name: NotGiven = ...,
        price: NotGiven = ...,
        restock_date: NotGiven = ...,
        idempotency_key: str | None = None,
        body: _models.NewItem | _models.NewItemParam,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = ...,
        max_retries: int | NotGiven = ...,
        deadline: float | None | NotGiven = ...,
        max_response_size: int | None | NotGiven = ...,
        correlation_id: str | None = None,
    ) -> APIResponse[_models.Item]: ...

@type_check_only
class _AsyncRaw_update(Protocol):
    @overload
    async def __call__(
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
        body: None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = ...,
        max_retries: int | NotGiven = ...,
        deadline: float | None | NotGiven = ...,
        max_response_size: int | None | NotGiven = ...,
        correlation_id: str | None = None,
    ) -> APIResponse[_models.Item]: ...
    @overload
    async def __call__(
        self,
        item_id: int,
        *,
        body: _models.UpdateItemBody | _models.UpdateItemBodyParam,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = ...,
        max_retries: int | NotGiven = ...,
        deadline: float | None | NotGiven = ...,
        max_response_size: int | None | NotGiven = ...,
        correlation_id: str | None = None,
    ) -> APIResponse[_models.Item]: ...

class AsyncInventoryItemsWithRawResponse:
    def __init__(self, owner: AsyncInventoryItems) -> None: ...
    create: _AsyncRaw_create
    retrieve = AsyncRawView(AsyncInventoryItems.retrieve)
    delete = AsyncRawView(AsyncInventoryItems.delete)
    update: _AsyncRaw_update
    label = AsyncRawView(AsyncInventoryItems.label)
    future = AsyncRawView(AsyncInventoryItems.future)
    list = AsyncRawView(AsyncInventoryItems.list)

@type_check_only
class _AsyncStreaming_create(Protocol):
    @overload
    def __call__(
        self,
        *,
        sku: str,
        name: str,
        price: _models.Money | _models.MoneyParam,
        restock_date: dt.date | None,
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
        stock_by_warehouse: dict[str, int] | NotGiven = ...,
        metadata: dict[str, Any] | NotGiven = ...,
        tags: list[str] | NotGiven = ...,
        category_id: int | NotGiven = ...,
        external_id: UUID | NotGiven = ...,
        supplier_email: str | NotGiven = ...,
        homepage: str | NotGiven = ...,
        thumbnail: str | NotGiven = ...,
        extra_body: dict[str, Any] | None = None,
        body: None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = ...,
        max_retries: int | NotGiven = ...,
        deadline: float | None | NotGiven = ...,
        max_response_size: int | None | NotGiven = ...,
        correlation_id: str | None = None,
    ) -> AsyncResponseContextManager[AsyncStreamedResponse[_models.Item]]: ...
    @overload
    def __call__(
        self,
        *,
        sku: NotGiven = ...,
        name: NotGiven = ...,
        price: NotGiven = ...,
        restock_date: NotGiven = ...,
        idempotency_key: str | None = None,
        body: _models.NewItem | _models.NewItemParam,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = ...,
        max_retries: int | NotGiven = ...,
        deadline: float | None | NotGiven = ...,
        max_response_size: int | None | NotGiven = ...,
        correlation_id: str | None = None,
    ) -> AsyncResponseContextManager[AsyncStreamedResponse[_models.Item]]: ...

@type_check_only
class _AsyncStreaming_update(Protocol):
    @overload
    def __call__(
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
        body: None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = ...,
        max_retries: int | NotGiven = ...,
        deadline: float | None | NotGiven = ...,
        max_response_size: int | None | NotGiven = ...,
        correlation_id: str | None = None,
    ) -> AsyncResponseContextManager[AsyncStreamedResponse[_models.Item]]: ...
    @overload
    def __call__(
        self,
        item_id: int,
        *,
        body: _models.UpdateItemBody | _models.UpdateItemBodyParam,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = ...,
        max_retries: int | NotGiven = ...,
        deadline: float | None | NotGiven = ...,
        max_response_size: int | None | NotGiven = ...,
        correlation_id: str | None = None,
    ) -> AsyncResponseContextManager[AsyncStreamedResponse[_models.Item]]: ...

class AsyncInventoryItemsWithStreamingResponse:
    def __init__(self, owner: AsyncInventoryItems) -> None: ...
    create: _AsyncStreaming_create
    retrieve = AsyncStreamingView(AsyncInventoryItems.retrieve)
    delete = AsyncStreamingView(AsyncInventoryItems.delete)
    update: _AsyncStreaming_update
    label = AsyncStreamingView(AsyncInventoryItems.label)
    future = AsyncStreamingView(AsyncInventoryItems.future)
    list = AsyncStreamingView(AsyncInventoryItems.list)
