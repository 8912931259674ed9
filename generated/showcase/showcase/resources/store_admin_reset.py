"""`client.store_admin.reset`: StoreAdminReset and its response views."""

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
    "AsyncStoreAdminReset",
    "AsyncStoreAdminResetWithRawResponse",
    "AsyncStoreAdminResetWithStreamingResponse",
    "StoreAdminReset",
    "StoreAdminResetWithRawResponse",
    "StoreAdminResetWithStreamingResponse",
]


_CREATE: Endpoint[None] = Endpoint(
    method="POST",
    path="/admin/reset",
    responses=(ResponseSpec("204", "empty"),),
    errors=(
        ResponseSpec("403", "json", lambda: _models.Error),
        ResponseSpec("default", "json", lambda: _models.Error),
    ),
)


class StoreAdminReset(SyncResource):
    """Operations of the StoreAdminReset resource."""

    @cached_property
    def with_raw_response(self) -> StoreAdminResetWithRawResponse:
        """These methods, returning the HTTP response (`.parse()` gives the usual result)."""
        return StoreAdminResetWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> StoreAdminResetWithStreamingResponse:
        """These methods, as context managers over the response, its body not read yet."""
        return StoreAdminResetWithStreamingResponse(self)

    def create(
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
    ) -> None:
        """Reset all data

        Drops every change and restores the seeded data.

        Args:
            x_admin_token: The store admin token.
        """
        return self._client.request(
            _CREATE,
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


class StoreAdminResetWithRawResponse:
    """The methods of StoreAdminReset, returning the HTTP response with `parse()` for the result."""

    def __init__(self, owner: StoreAdminReset) -> None:
        self._owner = owner

    create = RawView(StoreAdminReset.create)


class StoreAdminResetWithStreamingResponse:
    """The methods of StoreAdminReset, returning a context manager over the unread response."""

    def __init__(self, owner: StoreAdminReset) -> None:
        self._owner = owner

    create = StreamingView(StoreAdminReset.create)


class AsyncStoreAdminReset(AsyncResource):
    """Operations of the StoreAdminReset resource."""

    @cached_property
    def with_raw_response(self) -> AsyncStoreAdminResetWithRawResponse:
        """These methods, returning the HTTP response (`.parse()` gives the usual result)."""
        return AsyncStoreAdminResetWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncStoreAdminResetWithStreamingResponse:
        """These methods, as context managers over the response, its body not read yet."""
        return AsyncStoreAdminResetWithStreamingResponse(self)

    async def create(
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
    ) -> None:
        """Reset all data

        Drops every change and restores the seeded data.

        Args:
            x_admin_token: The store admin token.
        """
        return await self._client.request(
            _CREATE,
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


class AsyncStoreAdminResetWithRawResponse:
    """The methods of AsyncStoreAdminReset, returning the HTTP response with `parse()` for the result."""

    def __init__(self, owner: AsyncStoreAdminReset) -> None:
        self._owner = owner

    create = AsyncRawView(AsyncStoreAdminReset.create)


class AsyncStoreAdminResetWithStreamingResponse:
    """The methods of AsyncStoreAdminReset, returning a context manager over the unread response."""

    def __init__(self, owner: AsyncStoreAdminReset) -> None:
        self._owner = owner

    create = AsyncStreamingView(AsyncStoreAdminReset.create)
