from functools import cached_property

from .._runtime._async_client import AsyncResource
from .._runtime._sync_client import SyncResource
from .store_admin_reset import (
    AsyncStoreAdminReset,
    AsyncStoreAdminResetWithRawResponse,
    AsyncStoreAdminResetWithStreamingResponse,
    StoreAdminReset,
    StoreAdminResetWithRawResponse,
    StoreAdminResetWithStreamingResponse,
)
from .store_admin_stats import (
    AsyncStoreAdminStats,
    AsyncStoreAdminStatsWithRawResponse,
    AsyncStoreAdminStatsWithStreamingResponse,
    StoreAdminStats,
    StoreAdminStatsWithRawResponse,
    StoreAdminStatsWithStreamingResponse,
)

__all__ = [
    "AsyncStoreAdmin",
    "AsyncStoreAdminWithRawResponse",
    "AsyncStoreAdminWithStreamingResponse",
    "StoreAdmin",
    "StoreAdminWithRawResponse",
    "StoreAdminWithStreamingResponse",
]

class StoreAdmin(SyncResource):
    @cached_property
    def with_raw_response(self) -> StoreAdminWithRawResponse: ...
    @cached_property
    def with_streaming_response(self) -> StoreAdminWithStreamingResponse: ...
    @cached_property
    def stats(self) -> StoreAdminStats: ...
    @cached_property
    def reset(self) -> StoreAdminReset: ...

class StoreAdminWithRawResponse:
    def __init__(self, owner: StoreAdmin) -> None: ...
    @cached_property
    def stats(self) -> StoreAdminStatsWithRawResponse: ...
    @cached_property
    def reset(self) -> StoreAdminResetWithRawResponse: ...

class StoreAdminWithStreamingResponse:
    def __init__(self, owner: StoreAdmin) -> None: ...
    @cached_property
    def stats(self) -> StoreAdminStatsWithStreamingResponse: ...
    @cached_property
    def reset(self) -> StoreAdminResetWithStreamingResponse: ...

class AsyncStoreAdmin(AsyncResource):
    @cached_property
    def with_raw_response(self) -> AsyncStoreAdminWithRawResponse: ...
    @cached_property
    def with_streaming_response(self) -> AsyncStoreAdminWithStreamingResponse: ...
    @cached_property
    def stats(self) -> AsyncStoreAdminStats: ...
    @cached_property
    def reset(self) -> AsyncStoreAdminReset: ...

class AsyncStoreAdminWithRawResponse:
    def __init__(self, owner: AsyncStoreAdmin) -> None: ...
    @cached_property
    def stats(self) -> AsyncStoreAdminStatsWithRawResponse: ...
    @cached_property
    def reset(self) -> AsyncStoreAdminResetWithRawResponse: ...

class AsyncStoreAdminWithStreamingResponse:
    def __init__(self, owner: AsyncStoreAdmin) -> None: ...
    @cached_property
    def stats(self) -> AsyncStoreAdminStatsWithStreamingResponse: ...
    @cached_property
    def reset(self) -> AsyncStoreAdminResetWithStreamingResponse: ...
