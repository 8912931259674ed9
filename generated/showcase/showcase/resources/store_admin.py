"""`client.store_admin`: StoreAdmin and its response views."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

from .._runtime._async_client import AsyncResource
from .._runtime._sync_client import SyncResource

if TYPE_CHECKING:
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
    """Administrative operations for the store staff; they need the `X-Admin-Token` header."""

    @cached_property
    def with_raw_response(self) -> StoreAdminWithRawResponse:
        """These methods, returning the HTTP response (`.parse()` gives the usual result)."""
        return StoreAdminWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> StoreAdminWithStreamingResponse:
        """These methods, as context managers over the response, its body not read yet."""
        return StoreAdminWithStreamingResponse(self)

    @cached_property
    def stats(self) -> StoreAdminStats:
        """Operations of `client.store_admin.stats`."""
        from .store_admin_stats import StoreAdminStats

        return StoreAdminStats(self._client)

    @cached_property
    def reset(self) -> StoreAdminReset:
        """Operations of `client.store_admin.reset`."""
        from .store_admin_reset import StoreAdminReset

        return StoreAdminReset(self._client)


class StoreAdminWithRawResponse:
    """The methods of StoreAdmin, returning the HTTP response with `parse()` for the result."""

    def __init__(self, owner: StoreAdmin) -> None:
        self._owner = owner

    @cached_property
    def stats(self) -> StoreAdminStatsWithRawResponse:
        return self._owner.stats.with_raw_response

    @cached_property
    def reset(self) -> StoreAdminResetWithRawResponse:
        return self._owner.reset.with_raw_response


class StoreAdminWithStreamingResponse:
    """The methods of StoreAdmin, returning a context manager over the unread response."""

    def __init__(self, owner: StoreAdmin) -> None:
        self._owner = owner

    @cached_property
    def stats(self) -> StoreAdminStatsWithStreamingResponse:
        return self._owner.stats.with_streaming_response

    @cached_property
    def reset(self) -> StoreAdminResetWithStreamingResponse:
        return self._owner.reset.with_streaming_response


class AsyncStoreAdmin(AsyncResource):
    """Administrative operations for the store staff; they need the `X-Admin-Token` header."""

    @cached_property
    def with_raw_response(self) -> AsyncStoreAdminWithRawResponse:
        """These methods, returning the HTTP response (`.parse()` gives the usual result)."""
        return AsyncStoreAdminWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncStoreAdminWithStreamingResponse:
        """These methods, as context managers over the response, its body not read yet."""
        return AsyncStoreAdminWithStreamingResponse(self)

    @cached_property
    def stats(self) -> AsyncStoreAdminStats:
        """Operations of `client.store_admin.stats`."""
        from .store_admin_stats import AsyncStoreAdminStats

        return AsyncStoreAdminStats(self._client)

    @cached_property
    def reset(self) -> AsyncStoreAdminReset:
        """Operations of `client.store_admin.reset`."""
        from .store_admin_reset import AsyncStoreAdminReset

        return AsyncStoreAdminReset(self._client)


class AsyncStoreAdminWithRawResponse:
    """The methods of AsyncStoreAdmin, returning the HTTP response with `parse()` for the result."""

    def __init__(self, owner: AsyncStoreAdmin) -> None:
        self._owner = owner

    @cached_property
    def stats(self) -> AsyncStoreAdminStatsWithRawResponse:
        return self._owner.stats.with_raw_response

    @cached_property
    def reset(self) -> AsyncStoreAdminResetWithRawResponse:
        return self._owner.reset.with_raw_response


class AsyncStoreAdminWithStreamingResponse:
    """The methods of AsyncStoreAdmin, returning a context manager over the unread response."""

    def __init__(self, owner: AsyncStoreAdmin) -> None:
        self._owner = owner

    @cached_property
    def stats(self) -> AsyncStoreAdminStatsWithStreamingResponse:
        return self._owner.stats.with_streaming_response

    @cached_property
    def reset(self) -> AsyncStoreAdminResetWithStreamingResponse:
        return self._owner.reset.with_streaming_response
