import datetime as dt
from collections.abc import Mapping
from functools import cached_property
from typing import Any, Protocol, type_check_only

import httpx

from .. import models
from .._runtime._async_client import AsyncResource
from .._runtime._async_response import (
    AsyncResponseContextManager,
    AsyncStreamedResponse,
)
from .._runtime._response import APIResponse
from .._runtime._sync_client import SyncResource
from .._runtime._sync_response import ResponseContextManager, StreamedResponse
from .._runtime._types import NotGiven

__all__ = [
    "AsyncInventory",
    "AsyncInventoryWithRawResponse",
    "AsyncInventoryWithStreamingResponse",
    "Inventory",
    "InventoryWithRawResponse",
    "InventoryWithStreamingResponse",
]

class Inventory(SyncResource):
    @cached_property
    def with_raw_response(self) -> InventoryWithRawResponse: ...
    @cached_property
    def with_streaming_response(self) -> InventoryWithStreamingResponse: ...
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
        timeout: float | httpx.Timeout | None | NotGiven = ...,
        max_retries: int | NotGiven = ...,
        deadline: float | None | NotGiven = ...,
    ) -> models.ListItemsResponse: ...
    def create_item(
        self,
        *,
        body: models.NewItem | dict[str, Any],
        idempotency_key: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = ...,
        max_retries: int | NotGiven = ...,
        deadline: float | None | NotGiven = ...,
    ) -> models.Item: ...
    def get_item(
        self,
        item_id: int,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = ...,
        max_retries: int | NotGiven = ...,
        deadline: float | None | NotGiven = ...,
    ) -> models.ItemDetail: ...
    def delete_item(
        self,
        item_id: int,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = ...,
        max_retries: int | NotGiven = ...,
        deadline: float | None | NotGiven = ...,
    ) -> None: ...
    def update_item(
        self,
        item_id: int,
        *,
        body: models.UpdateItemBody | dict[str, Any],
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = ...,
        max_retries: int | NotGiven = ...,
        deadline: float | None | NotGiven = ...,
    ) -> models.Item: ...
    def get_item_label(
        self,
        item_id: int,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = ...,
        max_retries: int | NotGiven = ...,
        deadline: float | None | NotGiven = ...,
    ) -> str: ...
    def get_item_from_future(
        self,
        item_id: int,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = ...,
        max_retries: int | NotGiven = ...,
        deadline: float | None | NotGiven = ...,
    ) -> models.Item: ...
    def list_items_by_sku(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = ...,
        max_retries: int | NotGiven = ...,
        deadline: float | None | NotGiven = ...,
    ) -> dict[str, models.Item]: ...
    def get_warehouse_stock(
        self,
        warehouse_code: str,
        item_id: int,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = ...,
        max_retries: int | NotGiven = ...,
        deadline: float | None | NotGiven = ...,
    ) -> models.GetWarehouseStockResponse: ...
    def get_categories(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = ...,
        max_retries: int | NotGiven = ...,
        deadline: float | None | NotGiven = ...,
    ) -> list[models.Category]: ...

@type_check_only
class _Raw_list_items(Protocol):
    def __call__(
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
        timeout: float | httpx.Timeout | None | NotGiven = ...,
        max_retries: int | NotGiven = ...,
        deadline: float | None | NotGiven = ...,
    ) -> APIResponse[models.ListItemsResponse]: ...

@type_check_only
class _Raw_create_item(Protocol):
    def __call__(
        self,
        *,
        body: models.NewItem | dict[str, Any],
        idempotency_key: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = ...,
        max_retries: int | NotGiven = ...,
        deadline: float | None | NotGiven = ...,
    ) -> APIResponse[models.Item]: ...

@type_check_only
class _Raw_get_item(Protocol):
    def __call__(
        self,
        item_id: int,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = ...,
        max_retries: int | NotGiven = ...,
        deadline: float | None | NotGiven = ...,
    ) -> APIResponse[models.ItemDetail]: ...

@type_check_only
class _Raw_delete_item(Protocol):
    def __call__(
        self,
        item_id: int,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = ...,
        max_retries: int | NotGiven = ...,
        deadline: float | None | NotGiven = ...,
    ) -> APIResponse[None]: ...

@type_check_only
class _Raw_update_item(Protocol):
    def __call__(
        self,
        item_id: int,
        *,
        body: models.UpdateItemBody | dict[str, Any],
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = ...,
        max_retries: int | NotGiven = ...,
        deadline: float | None | NotGiven = ...,
    ) -> APIResponse[models.Item]: ...

@type_check_only
class _Raw_get_item_label(Protocol):
    def __call__(
        self,
        item_id: int,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = ...,
        max_retries: int | NotGiven = ...,
        deadline: float | None | NotGiven = ...,
    ) -> APIResponse[str]: ...

@type_check_only
class _Raw_get_item_from_future(Protocol):
    def __call__(
        self,
        item_id: int,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = ...,
        max_retries: int | NotGiven = ...,
        deadline: float | None | NotGiven = ...,
    ) -> APIResponse[models.Item]: ...

@type_check_only
class _Raw_list_items_by_sku(Protocol):
    def __call__(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = ...,
        max_retries: int | NotGiven = ...,
        deadline: float | None | NotGiven = ...,
    ) -> APIResponse[dict[str, models.Item]]: ...

@type_check_only
class _Raw_get_warehouse_stock(Protocol):
    def __call__(
        self,
        warehouse_code: str,
        item_id: int,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = ...,
        max_retries: int | NotGiven = ...,
        deadline: float | None | NotGiven = ...,
    ) -> APIResponse[models.GetWarehouseStockResponse]: ...

@type_check_only
class _Raw_get_categories(Protocol):
    def __call__(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = ...,
        max_retries: int | NotGiven = ...,
        deadline: float | None | NotGiven = ...,
    ) -> APIResponse[list[models.Category]]: ...

class InventoryWithRawResponse:
    def __init__(self, owner: Inventory) -> None: ...
    list_items: _Raw_list_items
    create_item: _Raw_create_item
    get_item: _Raw_get_item
    delete_item: _Raw_delete_item
    update_item: _Raw_update_item
    get_item_label: _Raw_get_item_label
    get_item_from_future: _Raw_get_item_from_future
    list_items_by_sku: _Raw_list_items_by_sku
    get_warehouse_stock: _Raw_get_warehouse_stock
    get_categories: _Raw_get_categories

@type_check_only
class _Streaming_list_items(Protocol):
    def __call__(
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
        timeout: float | httpx.Timeout | None | NotGiven = ...,
        max_retries: int | NotGiven = ...,
        deadline: float | None | NotGiven = ...,
    ) -> ResponseContextManager[StreamedResponse[models.ListItemsResponse]]: ...

@type_check_only
class _Streaming_create_item(Protocol):
    def __call__(
        self,
        *,
        body: models.NewItem | dict[str, Any],
        idempotency_key: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = ...,
        max_retries: int | NotGiven = ...,
        deadline: float | None | NotGiven = ...,
    ) -> ResponseContextManager[StreamedResponse[models.Item]]: ...

@type_check_only
class _Streaming_get_item(Protocol):
    def __call__(
        self,
        item_id: int,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = ...,
        max_retries: int | NotGiven = ...,
        deadline: float | None | NotGiven = ...,
    ) -> ResponseContextManager[StreamedResponse[models.ItemDetail]]: ...

@type_check_only
class _Streaming_delete_item(Protocol):
    def __call__(
        self,
        item_id: int,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = ...,
        max_retries: int | NotGiven = ...,
        deadline: float | None | NotGiven = ...,
    ) -> ResponseContextManager[StreamedResponse[None]]: ...

@type_check_only
class _Streaming_update_item(Protocol):
    def __call__(
        self,
        item_id: int,
        *,
        body: models.UpdateItemBody | dict[str, Any],
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = ...,
        max_retries: int | NotGiven = ...,
        deadline: float | None | NotGiven = ...,
    ) -> ResponseContextManager[StreamedResponse[models.Item]]: ...

@type_check_only
class _Streaming_get_item_label(Protocol):
    def __call__(
        self,
        item_id: int,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = ...,
        max_retries: int | NotGiven = ...,
        deadline: float | None | NotGiven = ...,
    ) -> ResponseContextManager[StreamedResponse[str]]: ...

@type_check_only
class _Streaming_get_item_from_future(Protocol):
    def __call__(
        self,
        item_id: int,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = ...,
        max_retries: int | NotGiven = ...,
        deadline: float | None | NotGiven = ...,
    ) -> ResponseContextManager[StreamedResponse[models.Item]]: ...

@type_check_only
class _Streaming_list_items_by_sku(Protocol):
    def __call__(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = ...,
        max_retries: int | NotGiven = ...,
        deadline: float | None | NotGiven = ...,
    ) -> ResponseContextManager[StreamedResponse[dict[str, models.Item]]]: ...

@type_check_only
class _Streaming_get_warehouse_stock(Protocol):
    def __call__(
        self,
        warehouse_code: str,
        item_id: int,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = ...,
        max_retries: int | NotGiven = ...,
        deadline: float | None | NotGiven = ...,
    ) -> ResponseContextManager[StreamedResponse[models.GetWarehouseStockResponse]]: ...

@type_check_only
class _Streaming_get_categories(Protocol):
    def __call__(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = ...,
        max_retries: int | NotGiven = ...,
        deadline: float | None | NotGiven = ...,
    ) -> ResponseContextManager[StreamedResponse[list[models.Category]]]: ...

class InventoryWithStreamingResponse:
    def __init__(self, owner: Inventory) -> None: ...
    list_items: _Streaming_list_items
    create_item: _Streaming_create_item
    get_item: _Streaming_get_item
    delete_item: _Streaming_delete_item
    update_item: _Streaming_update_item
    get_item_label: _Streaming_get_item_label
    get_item_from_future: _Streaming_get_item_from_future
    list_items_by_sku: _Streaming_list_items_by_sku
    get_warehouse_stock: _Streaming_get_warehouse_stock
    get_categories: _Streaming_get_categories

class AsyncInventory(AsyncResource):
    @cached_property
    def with_raw_response(self) -> AsyncInventoryWithRawResponse: ...
    @cached_property
    def with_streaming_response(self) -> AsyncInventoryWithStreamingResponse: ...
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
        timeout: float | httpx.Timeout | None | NotGiven = ...,
        max_retries: int | NotGiven = ...,
        deadline: float | None | NotGiven = ...,
    ) -> models.ListItemsResponse: ...
    async def create_item(
        self,
        *,
        body: models.NewItem | dict[str, Any],
        idempotency_key: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = ...,
        max_retries: int | NotGiven = ...,
        deadline: float | None | NotGiven = ...,
    ) -> models.Item: ...
    async def get_item(
        self,
        item_id: int,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = ...,
        max_retries: int | NotGiven = ...,
        deadline: float | None | NotGiven = ...,
    ) -> models.ItemDetail: ...
    async def delete_item(
        self,
        item_id: int,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = ...,
        max_retries: int | NotGiven = ...,
        deadline: float | None | NotGiven = ...,
    ) -> None: ...
    async def update_item(
        self,
        item_id: int,
        *,
        body: models.UpdateItemBody | dict[str, Any],
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = ...,
        max_retries: int | NotGiven = ...,
        deadline: float | None | NotGiven = ...,
    ) -> models.Item: ...
    async def get_item_label(
        self,
        item_id: int,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = ...,
        max_retries: int | NotGiven = ...,
        deadline: float | None | NotGiven = ...,
    ) -> str: ...
    async def get_item_from_future(
        self,
        item_id: int,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = ...,
        max_retries: int | NotGiven = ...,
        deadline: float | None | NotGiven = ...,
    ) -> models.Item: ...
    async def list_items_by_sku(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = ...,
        max_retries: int | NotGiven = ...,
        deadline: float | None | NotGiven = ...,
    ) -> dict[str, models.Item]: ...
    async def get_warehouse_stock(
        self,
        warehouse_code: str,
        item_id: int,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = ...,
        max_retries: int | NotGiven = ...,
        deadline: float | None | NotGiven = ...,
    ) -> models.GetWarehouseStockResponse: ...
    async def get_categories(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = ...,
        max_retries: int | NotGiven = ...,
        deadline: float | None | NotGiven = ...,
    ) -> list[models.Category]: ...

@type_check_only
class _AsyncRaw_list_items(Protocol):
    async def __call__(
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
        timeout: float | httpx.Timeout | None | NotGiven = ...,
        max_retries: int | NotGiven = ...,
        deadline: float | None | NotGiven = ...,
    ) -> APIResponse[models.ListItemsResponse]: ...

@type_check_only
class _AsyncRaw_create_item(Protocol):
    async def __call__(
        self,
        *,
        body: models.NewItem | dict[str, Any],
        idempotency_key: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = ...,
        max_retries: int | NotGiven = ...,
        deadline: float | None | NotGiven = ...,
    ) -> APIResponse[models.Item]: ...

@type_check_only
class _AsyncRaw_get_item(Protocol):
    async def __call__(
        self,
        item_id: int,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = ...,
        max_retries: int | NotGiven = ...,
        deadline: float | None | NotGiven = ...,
    ) -> APIResponse[models.ItemDetail]: ...

@type_check_only
class _AsyncRaw_delete_item(Protocol):
    async def __call__(
        self,
        item_id: int,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = ...,
        max_retries: int | NotGiven = ...,
        deadline: float | None | NotGiven = ...,
    ) -> APIResponse[None]: ...

@type_check_only
class _AsyncRaw_update_item(Protocol):
    async def __call__(
        self,
        item_id: int,
        *,
        body: models.UpdateItemBody | dict[str, Any],
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = ...,
        max_retries: int | NotGiven = ...,
        deadline: float | None | NotGiven = ...,
    ) -> APIResponse[models.Item]: ...

@type_check_only
class _AsyncRaw_get_item_label(Protocol):
    async def __call__(
        self,
        item_id: int,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = ...,
        max_retries: int | NotGiven = ...,
        deadline: float | None | NotGiven = ...,
    ) -> APIResponse[str]: ...

@type_check_only
class _AsyncRaw_get_item_from_future(Protocol):
    async def __call__(
        self,
        item_id: int,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = ...,
        max_retries: int | NotGiven = ...,
        deadline: float | None | NotGiven = ...,
    ) -> APIResponse[models.Item]: ...

@type_check_only
class _AsyncRaw_list_items_by_sku(Protocol):
    async def __call__(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = ...,
        max_retries: int | NotGiven = ...,
        deadline: float | None | NotGiven = ...,
    ) -> APIResponse[dict[str, models.Item]]: ...

@type_check_only
class _AsyncRaw_get_warehouse_stock(Protocol):
    async def __call__(
        self,
        warehouse_code: str,
        item_id: int,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = ...,
        max_retries: int | NotGiven = ...,
        deadline: float | None | NotGiven = ...,
    ) -> APIResponse[models.GetWarehouseStockResponse]: ...

@type_check_only
class _AsyncRaw_get_categories(Protocol):
    async def __call__(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = ...,
        max_retries: int | NotGiven = ...,
        deadline: float | None | NotGiven = ...,
    ) -> APIResponse[list[models.Category]]: ...

class AsyncInventoryWithRawResponse:
    def __init__(self, owner: AsyncInventory) -> None: ...
    list_items: _AsyncRaw_list_items
    create_item: _AsyncRaw_create_item
    get_item: _AsyncRaw_get_item
    delete_item: _AsyncRaw_delete_item
    update_item: _AsyncRaw_update_item
    get_item_label: _AsyncRaw_get_item_label
    get_item_from_future: _AsyncRaw_get_item_from_future
    list_items_by_sku: _AsyncRaw_list_items_by_sku
    get_warehouse_stock: _AsyncRaw_get_warehouse_stock
    get_categories: _AsyncRaw_get_categories

@type_check_only
class _AsyncStreaming_list_items(Protocol):
    def __call__(
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
        timeout: float | httpx.Timeout | None | NotGiven = ...,
        max_retries: int | NotGiven = ...,
        deadline: float | None | NotGiven = ...,
    ) -> AsyncResponseContextManager[
        AsyncStreamedResponse[models.ListItemsResponse]
    ]: ...

@type_check_only
class _AsyncStreaming_create_item(Protocol):
    def __call__(
        self,
        *,
        body: models.NewItem | dict[str, Any],
        idempotency_key: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = ...,
        max_retries: int | NotGiven = ...,
        deadline: float | None | NotGiven = ...,
    ) -> AsyncResponseContextManager[AsyncStreamedResponse[models.Item]]: ...

@type_check_only
class _AsyncStreaming_get_item(Protocol):
    def __call__(
        self,
        item_id: int,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = ...,
        max_retries: int | NotGiven = ...,
        deadline: float | None | NotGiven = ...,
    ) -> AsyncResponseContextManager[AsyncStreamedResponse[models.ItemDetail]]: ...

@type_check_only
class _AsyncStreaming_delete_item(Protocol):
    def __call__(
        self,
        item_id: int,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = ...,
        max_retries: int | NotGiven = ...,
        deadline: float | None | NotGiven = ...,
    ) -> AsyncResponseContextManager[AsyncStreamedResponse[None]]: ...

@type_check_only
class _AsyncStreaming_update_item(Protocol):
    def __call__(
        self,
        item_id: int,
        *,
        body: models.UpdateItemBody | dict[str, Any],
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = ...,
        max_retries: int | NotGiven = ...,
        deadline: float | None | NotGiven = ...,
    ) -> AsyncResponseContextManager[AsyncStreamedResponse[models.Item]]: ...

@type_check_only
class _AsyncStreaming_get_item_label(Protocol):
    def __call__(
        self,
        item_id: int,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = ...,
        max_retries: int | NotGiven = ...,
        deadline: float | None | NotGiven = ...,
    ) -> AsyncResponseContextManager[AsyncStreamedResponse[str]]: ...

@type_check_only
class _AsyncStreaming_get_item_from_future(Protocol):
    def __call__(
        self,
        item_id: int,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = ...,
        max_retries: int | NotGiven = ...,
        deadline: float | None | NotGiven = ...,
    ) -> AsyncResponseContextManager[AsyncStreamedResponse[models.Item]]: ...

@type_check_only
class _AsyncStreaming_list_items_by_sku(Protocol):
    def __call__(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = ...,
        max_retries: int | NotGiven = ...,
        deadline: float | None | NotGiven = ...,
    ) -> AsyncResponseContextManager[AsyncStreamedResponse[dict[str, models.Item]]]: ...

@type_check_only
class _AsyncStreaming_get_warehouse_stock(Protocol):
    def __call__(
        self,
        warehouse_code: str,
        item_id: int,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = ...,
        max_retries: int | NotGiven = ...,
        deadline: float | None | NotGiven = ...,
    ) -> AsyncResponseContextManager[
        AsyncStreamedResponse[models.GetWarehouseStockResponse]
    ]: ...

@type_check_only
class _AsyncStreaming_get_categories(Protocol):
    def __call__(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = ...,
        max_retries: int | NotGiven = ...,
        deadline: float | None | NotGiven = ...,
    ) -> AsyncResponseContextManager[AsyncStreamedResponse[list[models.Category]]]: ...

class AsyncInventoryWithStreamingResponse:
    def __init__(self, owner: AsyncInventory) -> None: ...
    list_items: _AsyncStreaming_list_items
    create_item: _AsyncStreaming_create_item
    get_item: _AsyncStreaming_get_item
    delete_item: _AsyncStreaming_delete_item
    update_item: _AsyncStreaming_update_item
    get_item_label: _AsyncStreaming_get_item_label
    get_item_from_future: _AsyncStreaming_get_item_from_future
    list_items_by_sku: _AsyncStreaming_list_items_by_sku
    get_warehouse_stock: _AsyncStreaming_get_warehouse_stock
    get_categories: _AsyncStreaming_get_categories
