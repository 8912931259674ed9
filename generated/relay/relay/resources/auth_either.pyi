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
    "AsyncAuthEither",
    "AsyncAuthEitherWithRawResponse",
    "AsyncAuthEitherWithStreamingResponse",
    "AuthEither",
    "AuthEitherWithRawResponse",
    "AuthEitherWithStreamingResponse",
]

_LIST: Endpoint[_models.AuthEcho]

class AuthEither(SyncResource):
    @cached_property
    def with_raw_response(self) -> AuthEitherWithRawResponse: ...
    @cached_property
    def with_streaming_response(self) -> AuthEitherWithStreamingResponse: ...
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
        """Authenticate with a bearer token or an API key

        Two alternative security requirements: either a bearer token or the `X-API-Key` header is enough.

        GET /auth/either
        """

class AuthEitherWithRawResponse:
    def __init__(self, owner: AuthEither) -> None: ...
    list = RawView(AuthEither.list)

class AuthEitherWithStreamingResponse:
    def __init__(self, owner: AuthEither) -> None: ...
    list = StreamingView(AuthEither.list)

class AsyncAuthEither(AsyncResource):
    @cached_property
    def with_raw_response(self) -> AsyncAuthEitherWithRawResponse: ...
    @cached_property
    def with_streaming_response(self) -> AsyncAuthEitherWithStreamingResponse: ...
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
        """Authenticate with a bearer token or an API key

        Two alternative security requirements: either a bearer token or the `X-API-Key` header is enough.

        GET /auth/either
        """

class AsyncAuthEitherWithRawResponse:
    def __init__(self, owner: AsyncAuthEither) -> None: ...
    list = AsyncRawView(AsyncAuthEither.list)

class AsyncAuthEitherWithStreamingResponse:
    def __init__(self, owner: AsyncAuthEither) -> None: ...
    list = AsyncStreamingView(AsyncAuthEither.list)
