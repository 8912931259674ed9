"""`client.store_admin.stats`: StoreAdminStats and its response views."""

from __future__ import annotations

from collections.abc import Mapping
from functools import cached_property

import httpx2 as httpx

from .. import models as _models
from .._runtime._async_client import AsyncResource
from .._runtime._async_response import AsyncRawView, AsyncStreamingView
from .._runtime._endpoint import Endpoint, ResponseSpec
from .._runtime._sync_client import SyncResource
from .._runtime._sync_response import RawView, StreamingView
from .._runtime._types import NOT_GIVEN, NotGiven, Omit, RequestOptions

__all__ = [
    "AsyncStoreAdminStats",
    "AsyncStoreAdminStatsWithRawResponse",
    "AsyncStoreAdminStatsWithStreamingResponse",
    "StoreAdminStats",
    "StoreAdminStatsWithRawResponse",
    "StoreAdminStatsWithStreamingResponse",
]


_LIST: Endpoint[_models.InventoryStats] = Endpoint(
    method="GET",
    path="/admin/stats",
    responses=(ResponseSpec("200", "json", lambda: _models.InventoryStats),),
    errors=(
        ResponseSpec("403", "json", lambda: _models.Error),
        ResponseSpec("default", "json", lambda: _models.Error),
    ),
)


class StoreAdminStats(SyncResource):
    """Operations of the StoreAdminStats resource."""

    @cached_property
    def with_raw_response(self) -> StoreAdminStatsWithRawResponse:
        """These methods, returning the HTTP response (`.parse()` gives the usual result)."""
        return StoreAdminStatsWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> StoreAdminStatsWithStreamingResponse:
        """These methods, as context managers over the response, its body not read yet."""
        return StoreAdminStatsWithStreamingResponse(self)

    def list(
        self,
        *,
        x_admin_token: str,
        extra_headers: Mapping[str, str | Omit | None] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        deadline: float | None | NotGiven = NOT_GIVEN,
        max_response_size: int | None | NotGiven = NOT_GIVEN,
        follow_redirects: bool | NotGiven = NOT_GIVEN,
        correlation_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> _models.InventoryStats:
        """Get inventory statistics

        Counts items per status and values the stock of each warehouse.

        Args:
            x_admin_token: The store admin token.
        """
        return self._client.request(
            _LIST,
            headers={
                "X-Admin-Token": x_admin_token,
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


class StoreAdminStatsWithRawResponse:
    """The methods of StoreAdminStats, returning the HTTP response with `parse()` for the result."""

    def __init__(self, owner: StoreAdminStats) -> None:
        self._owner = owner

    list = RawView(StoreAdminStats.list)


class StoreAdminStatsWithStreamingResponse:
    """The methods of StoreAdminStats, returning a context manager over the unread response."""

    def __init__(self, owner: StoreAdminStats) -> None:
        self._owner = owner

    list = StreamingView(StoreAdminStats.list)


class AsyncStoreAdminStats(AsyncResource):
    """Operations of the StoreAdminStats resource."""

    @cached_property
    def with_raw_response(self) -> AsyncStoreAdminStatsWithRawResponse:
        """These methods, returning the HTTP response (`.parse()` gives the usual result)."""
        return AsyncStoreAdminStatsWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncStoreAdminStatsWithStreamingResponse:
        """These methods, as context managers over the response, its body not read yet."""
        return AsyncStoreAdminStatsWithStreamingResponse(self)

    async def list(
        self,
        *,
        x_admin_token: str,
        extra_headers: Mapping[str, str | Omit | None] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        deadline: float | None | NotGiven = NOT_GIVEN,
        max_response_size: int | None | NotGiven = NOT_GIVEN,
        follow_redirects: bool | NotGiven = NOT_GIVEN,
        correlation_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> _models.InventoryStats:
        """Get inventory statistics

        Counts items per status and values the stock of each warehouse.

        Args:
            x_admin_token: The store admin token.
        """
        return await self._client.request(
            _LIST,
            headers={
                "X-Admin-Token": x_admin_token,
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


class AsyncStoreAdminStatsWithRawResponse:
    """The methods of AsyncStoreAdminStats, returning the HTTP response with `parse()` for the result."""

    def __init__(self, owner: AsyncStoreAdminStats) -> None:
        self._owner = owner

    list = AsyncRawView(AsyncStoreAdminStats.list)


class AsyncStoreAdminStatsWithStreamingResponse:
    """The methods of AsyncStoreAdminStats, returning a context manager over the unread response."""

    def __init__(self, owner: AsyncStoreAdminStats) -> None:
        self._owner = owner

    list = AsyncStreamingView(AsyncStoreAdminStats.list)
