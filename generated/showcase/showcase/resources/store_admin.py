"""`client.store_admin`: StoreAdmin and its response views."""

from __future__ import annotations

from functools import cached_property

from .._runtime._async_client import AsyncResource
from .._runtime._lazy import ChildResource, ResourceView
from .._runtime._sync_client import SyncResource

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

    stats = ChildResource(".store_admin_stats", "StoreAdminStats", of_resource=True)
    """Operations of `client.store_admin.stats`."""

    reset = ChildResource(".store_admin_reset", "StoreAdminReset", of_resource=True)
    """Operations of `client.store_admin.reset`."""


class StoreAdminWithRawResponse:
    """The methods of StoreAdmin, returning the HTTP response with `parse()` for the result."""

    def __init__(self, owner: StoreAdmin) -> None:
        self._owner = owner

    stats = ResourceView("with_raw_response")
    reset = ResourceView("with_raw_response")


class StoreAdminWithStreamingResponse:
    """The methods of StoreAdmin, returning a context manager over the unread response."""

    def __init__(self, owner: StoreAdmin) -> None:
        self._owner = owner

    stats = ResourceView("with_streaming_response")
    reset = ResourceView("with_streaming_response")


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

    stats = ChildResource(
        ".store_admin_stats", "AsyncStoreAdminStats", of_resource=True
    )
    """Operations of `client.store_admin.stats`."""

    reset = ChildResource(
        ".store_admin_reset", "AsyncStoreAdminReset", of_resource=True
    )
    """Operations of `client.store_admin.reset`."""


class AsyncStoreAdminWithRawResponse:
    """The methods of AsyncStoreAdmin, returning the HTTP response with `parse()` for the result."""

    def __init__(self, owner: AsyncStoreAdmin) -> None:
        self._owner = owner

    stats = ResourceView("with_raw_response")
    reset = ResourceView("with_raw_response")


class AsyncStoreAdminWithStreamingResponse:
    """The methods of AsyncStoreAdmin, returning a context manager over the unread response."""

    def __init__(self, owner: AsyncStoreAdmin) -> None:
        self._owner = owner

    stats = ResourceView("with_streaming_response")
    reset = ResourceView("with_streaming_response")
