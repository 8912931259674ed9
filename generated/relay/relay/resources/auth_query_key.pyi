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
    "AsyncAuthQueryKey",
    "AsyncAuthQueryKeyWithRawResponse",
    "AsyncAuthQueryKeyWithStreamingResponse",
    "AuthQueryKey",
    "AuthQueryKeyWithRawResponse",
    "AuthQueryKeyWithStreamingResponse",
]

_LIST: Endpoint[_models.AuthEcho]

class AuthQueryKey(SyncResource):
    @cached_property
    def with_raw_response(self) -> AuthQueryKeyWithRawResponse: ...
    @cached_property
    def with_streaming_response(self) -> AuthQueryKeyWithStreamingResponse: ...
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
    ) -> _models.AuthEcho:
        """Authenticate with an API key query parameter

        Accepts the `api_key` query parameter.

        GET /auth/query-key
        """

class AuthQueryKeyWithRawResponse:
    def __init__(self, owner: AuthQueryKey) -> None: ...
    list = RawView(AuthQueryKey.list)

class AuthQueryKeyWithStreamingResponse:
    def __init__(self, owner: AuthQueryKey) -> None: ...
    list = StreamingView(AuthQueryKey.list)

class AsyncAuthQueryKey(AsyncResource):
    @cached_property
    def with_raw_response(self) -> AsyncAuthQueryKeyWithRawResponse: ...
    @cached_property
    def with_streaming_response(self) -> AsyncAuthQueryKeyWithStreamingResponse: ...
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
    ) -> _models.AuthEcho:
        """Authenticate with an API key query parameter

        Accepts the `api_key` query parameter.

        GET /auth/query-key
        """

class AsyncAuthQueryKeyWithRawResponse:
    def __init__(self, owner: AsyncAuthQueryKey) -> None: ...
    list = AsyncRawView(AsyncAuthQueryKey.list)

class AsyncAuthQueryKeyWithStreamingResponse:
    def __init__(self, owner: AsyncAuthQueryKey) -> None: ...
    list = AsyncStreamingView(AsyncAuthQueryKey.list)
