from collections.abc import Mapping
from functools import cached_property

import httpx2 as httpx

from .._runtime._async_client import AsyncResource
from .._runtime._async_response import AsyncRawView, AsyncStreamingView
from .._runtime._endpoint import Endpoint
from .._runtime._sync_client import SyncResource
from .._runtime._sync_response import RawView, StreamingView
from .._runtime._types import NotGiven, Omit

__all__ = [
    "AsyncStoreAdminReset",
    "AsyncStoreAdminResetWithRawResponse",
    "AsyncStoreAdminResetWithStreamingResponse",
    "StoreAdminReset",
    "StoreAdminResetWithRawResponse",
    "StoreAdminResetWithStreamingResponse",
]

_CREATE: Endpoint[None]

class StoreAdminReset(SyncResource):
    @cached_property
    def with_raw_response(self) -> StoreAdminResetWithRawResponse: ...
    @cached_property
    def with_streaming_response(self) -> StoreAdminResetWithStreamingResponse: ...
    def create(
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
    ) -> None:
        """Reset all data

        Drops every change and restores the seeded data.

        Args:
            x_admin_token: The store admin token.

        POST /admin/reset
        """

class StoreAdminResetWithRawResponse:
    def __init__(self, owner: StoreAdminReset) -> None: ...
    create = RawView(StoreAdminReset.create)

class StoreAdminResetWithStreamingResponse:
    def __init__(self, owner: StoreAdminReset) -> None: ...
    create = StreamingView(StoreAdminReset.create)

class AsyncStoreAdminReset(AsyncResource):
    @cached_property
    def with_raw_response(self) -> AsyncStoreAdminResetWithRawResponse: ...
    @cached_property
    def with_streaming_response(self) -> AsyncStoreAdminResetWithStreamingResponse: ...
    async def create(
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
    ) -> None:
        """Reset all data

        Drops every change and restores the seeded data.

        Args:
            x_admin_token: The store admin token.

        POST /admin/reset
        """

class AsyncStoreAdminResetWithRawResponse:
    def __init__(self, owner: AsyncStoreAdminReset) -> None: ...
    create = AsyncRawView(AsyncStoreAdminReset.create)

class AsyncStoreAdminResetWithStreamingResponse:
    def __init__(self, owner: AsyncStoreAdminReset) -> None: ...
    create = AsyncStreamingView(AsyncStoreAdminReset.create)
