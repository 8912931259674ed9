"""StoreAdmin: the operations tagged store_admin."""

from __future__ import annotations

from collections.abc import Mapping
from functools import cached_property

import httpx

from .. import models
from .._runtime._async_client import AsyncResource
from .._runtime._async_response import (
    async_to_raw_response_wrapper,
    async_to_streamed_response_wrapper,
)
from .._runtime._endpoint import Endpoint, ResponseSpec
from .._runtime._sync_client import SyncResource
from .._runtime._sync_response import (
    to_raw_response_wrapper,
    to_streamed_response_wrapper,
)
from .._runtime._types import NOT_GIVEN, NotGiven, RequestOptions

__all__ = [
    "AsyncStoreAdmin",
    "AsyncStoreAdminWithRawResponse",
    "AsyncStoreAdminWithStreamingResponse",
    "StoreAdmin",
    "StoreAdminWithRawResponse",
    "StoreAdminWithStreamingResponse",
]


_GET_INVENTORY_STATS: Endpoint[models.InventoryStats] = Endpoint(
    method="GET",
    path="/admin/stats",
    responses=(ResponseSpec("200", "json", models.InventoryStats),),
    errors=(
        ResponseSpec("403", "json", models.Error),
        ResponseSpec("default", "json", models.Error),
    ),
)


_RESET_STORE: Endpoint[None] = Endpoint(
    method="POST",
    path="/admin/reset",
    responses=(ResponseSpec("204", "empty"),),
    errors=(
        ResponseSpec("403", "json", models.Error),
        ResponseSpec("default", "json", models.Error),
    ),
)


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

    def get_inventory_stats(
        self,
        *,
        x_admin_token: str,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        deadline: float | None | NotGiven = NOT_GIVEN,
    ) -> models.InventoryStats:
        """Get inventory statistics

        Counts items per status and values the stock of each warehouse.

        Args:
            x_admin_token: The store admin token.
        """
        return self._client.request(
            _GET_INVENTORY_STATS,
            headers={
                "X-Admin-Token": x_admin_token,
            },
            options=RequestOptions(
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
                max_retries=max_retries,
                deadline=deadline,
            ),
        )

    def reset_store(
        self,
        *,
        x_admin_token: str,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        deadline: float | None | NotGiven = NOT_GIVEN,
    ) -> None:
        """Reset all data

        Drops every change and restores the seeded data.

        Args:
            x_admin_token: The store admin token.
        """
        return self._client.request(
            _RESET_STORE,
            headers={
                "X-Admin-Token": x_admin_token,
            },
            options=RequestOptions(
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
                max_retries=max_retries,
                deadline=deadline,
            ),
        )


class StoreAdminWithRawResponse:
    """The methods of StoreAdmin, returning the HTTP response with `parse()` for the result."""

    def __init__(self, owner: StoreAdmin) -> None:
        self._owner = owner
        self.get_inventory_stats = to_raw_response_wrapper(owner.get_inventory_stats)
        self.reset_store = to_raw_response_wrapper(owner.reset_store)


class StoreAdminWithStreamingResponse:
    """The methods of StoreAdmin, returning a context manager over the unread response."""

    def __init__(self, owner: StoreAdmin) -> None:
        self._owner = owner
        self.get_inventory_stats = to_streamed_response_wrapper(
            owner.get_inventory_stats
        )
        self.reset_store = to_streamed_response_wrapper(owner.reset_store)


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

    async def get_inventory_stats(
        self,
        *,
        x_admin_token: str,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        deadline: float | None | NotGiven = NOT_GIVEN,
    ) -> models.InventoryStats:
        """Get inventory statistics

        Counts items per status and values the stock of each warehouse.

        Args:
            x_admin_token: The store admin token.
        """
        return await self._client.request(
            _GET_INVENTORY_STATS,
            headers={
                "X-Admin-Token": x_admin_token,
            },
            options=RequestOptions(
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
                max_retries=max_retries,
                deadline=deadline,
            ),
        )

    async def reset_store(
        self,
        *,
        x_admin_token: str,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        deadline: float | None | NotGiven = NOT_GIVEN,
    ) -> None:
        """Reset all data

        Drops every change and restores the seeded data.

        Args:
            x_admin_token: The store admin token.
        """
        return await self._client.request(
            _RESET_STORE,
            headers={
                "X-Admin-Token": x_admin_token,
            },
            options=RequestOptions(
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
                max_retries=max_retries,
                deadline=deadline,
            ),
        )


class AsyncStoreAdminWithRawResponse:
    """The methods of AsyncStoreAdmin, returning the HTTP response with `parse()` for the result."""

    def __init__(self, owner: AsyncStoreAdmin) -> None:
        self._owner = owner
        self.get_inventory_stats = async_to_raw_response_wrapper(
            owner.get_inventory_stats
        )
        self.reset_store = async_to_raw_response_wrapper(owner.reset_store)


class AsyncStoreAdminWithStreamingResponse:
    """The methods of AsyncStoreAdmin, returning a context manager over the unread response."""

    def __init__(self, owner: AsyncStoreAdmin) -> None:
        self._owner = owner
        self.get_inventory_stats = async_to_streamed_response_wrapper(
            owner.get_inventory_stats
        )
        self.reset_store = async_to_streamed_response_wrapper(owner.reset_store)
