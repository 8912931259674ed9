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
    "AsyncStoreAdminStats",
    "AsyncStoreAdminStatsWithRawResponse",
    "AsyncStoreAdminStatsWithStreamingResponse",
    "StoreAdminStats",
    "StoreAdminStatsWithRawResponse",
    "StoreAdminStatsWithStreamingResponse",
]

_LIST: Endpoint[_models.InventoryStats]

class StoreAdminStats(SyncResource):
    @cached_property
    def with_raw_response(self) -> StoreAdminStatsWithRawResponse: ...
    @cached_property
    def with_streaming_response(self) -> StoreAdminStatsWithStreamingResponse: ...
    def list(
        self,
        *,
        x_admin_token: str,
        extra_headers: Mapping[str, str | Omit | None] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = ...,
        max_retries: int | NotGiven = ...,
        deadline: float | None | NotGiven = ...,
        max_response_size: int | None | NotGiven = ...,
        follow_redirects: bool | NotGiven = ...,
        correlation_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> _models.InventoryStats:
        """Get inventory statistics

        Counts items per status and values the stock of each warehouse.

        Args:
            x_admin_token: The store admin token.

        GET /admin/stats
        """

class StoreAdminStatsWithRawResponse:
    def __init__(self, owner: StoreAdminStats) -> None: ...
    list = RawView(StoreAdminStats.list)

class StoreAdminStatsWithStreamingResponse:
    def __init__(self, owner: StoreAdminStats) -> None: ...
    list = StreamingView(StoreAdminStats.list)

class AsyncStoreAdminStats(AsyncResource):
    @cached_property
    def with_raw_response(self) -> AsyncStoreAdminStatsWithRawResponse: ...
    @cached_property
    def with_streaming_response(self) -> AsyncStoreAdminStatsWithStreamingResponse: ...
    async def list(
        self,
        *,
        x_admin_token: str,
        extra_headers: Mapping[str, str | Omit | None] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = ...,
        max_retries: int | NotGiven = ...,
        deadline: float | None | NotGiven = ...,
        max_response_size: int | None | NotGiven = ...,
        follow_redirects: bool | NotGiven = ...,
        correlation_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> _models.InventoryStats:
        """Get inventory statistics

        Counts items per status and values the stock of each warehouse.

        Args:
            x_admin_token: The store admin token.

        GET /admin/stats
        """

class AsyncStoreAdminStatsWithRawResponse:
    def __init__(self, owner: AsyncStoreAdminStats) -> None: ...
    list = AsyncRawView(AsyncStoreAdminStats.list)

class AsyncStoreAdminStatsWithStreamingResponse:
    def __init__(self, owner: AsyncStoreAdminStats) -> None: ...
    list = AsyncStreamingView(AsyncStoreAdminStats.list)
