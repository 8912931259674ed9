from collections.abc import Mapping
from functools import cached_property

import httpx2 as httpx

from .. import models as _models
from .._runtime._async_client import AsyncResource
from .._runtime._async_response import AsyncRawView, AsyncStreamingView
from .._runtime._endpoint import Endpoint
from .._runtime._sync_client import SyncResource
from .._runtime._sync_response import RawView, StreamingView
from .._runtime._types import NotGiven, Omit

__all__ = [
    "AsyncInventoryBySku",
    "AsyncInventoryBySkuWithRawResponse",
    "AsyncInventoryBySkuWithStreamingResponse",
    "InventoryBySku",
    "InventoryBySkuWithRawResponse",
    "InventoryBySkuWithStreamingResponse",
]

_LIST: Endpoint[dict[str, _models.Item]]

class InventoryBySku(SyncResource):
    @cached_property
    def with_raw_response(self) -> InventoryBySkuWithRawResponse: ...
    @cached_property
    def with_streaming_response(self) -> InventoryBySkuWithStreamingResponse: ...
    def list(
        self,
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
    ) -> dict[str, _models.Item]:
        """Index items by SKU

        Returns every item in a map keyed by its SKU.

        GET /inventory/by-sku
        """

class InventoryBySkuWithRawResponse:
    def __init__(self, owner: InventoryBySku) -> None: ...
    list = RawView(InventoryBySku.list)

class InventoryBySkuWithStreamingResponse:
    def __init__(self, owner: InventoryBySku) -> None: ...
    list = StreamingView(InventoryBySku.list)

class AsyncInventoryBySku(AsyncResource):
    @cached_property
    def with_raw_response(self) -> AsyncInventoryBySkuWithRawResponse: ...
    @cached_property
    def with_streaming_response(self) -> AsyncInventoryBySkuWithStreamingResponse: ...
    async def list(
        self,
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
    ) -> dict[str, _models.Item]:
        """Index items by SKU

        Returns every item in a map keyed by its SKU.

        GET /inventory/by-sku
        """

class AsyncInventoryBySkuWithRawResponse:
    def __init__(self, owner: AsyncInventoryBySku) -> None: ...
    list = AsyncRawView(AsyncInventoryBySku.list)

class AsyncInventoryBySkuWithStreamingResponse:
    def __init__(self, owner: AsyncInventoryBySku) -> None: ...
    list = AsyncStreamingView(AsyncInventoryBySku.list)
