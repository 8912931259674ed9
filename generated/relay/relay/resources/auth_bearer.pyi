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
    "AsyncAuthBearer",
    "AsyncAuthBearerWithRawResponse",
    "AsyncAuthBearerWithStreamingResponse",
    "AuthBearer",
    "AuthBearerWithRawResponse",
    "AuthBearerWithStreamingResponse",
]

_LIST: Endpoint[_models.AuthEcho]

class AuthBearer(SyncResource):
    @cached_property
    def with_raw_response(self) -> AuthBearerWithRawResponse: ...
    @cached_property
    def with_streaming_response(self) -> AuthBearerWithStreamingResponse: ...
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
        """Authenticate with a bearer token

        Accepts `Authorization: Bearer <token>`.

        GET /auth/bearer
        """

class AuthBearerWithRawResponse:
    def __init__(self, owner: AuthBearer) -> None: ...
    list = RawView(AuthBearer.list)

class AuthBearerWithStreamingResponse:
    def __init__(self, owner: AuthBearer) -> None: ...
    list = StreamingView(AuthBearer.list)

class AsyncAuthBearer(AsyncResource):
    @cached_property
    def with_raw_response(self) -> AsyncAuthBearerWithRawResponse: ...
    @cached_property
    def with_streaming_response(self) -> AsyncAuthBearerWithStreamingResponse: ...
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
        """Authenticate with a bearer token

        Accepts `Authorization: Bearer <token>`.

        GET /auth/bearer
        """

class AsyncAuthBearerWithRawResponse:
    def __init__(self, owner: AsyncAuthBearer) -> None: ...
    list = AsyncRawView(AsyncAuthBearer.list)

class AsyncAuthBearerWithStreamingResponse:
    def __init__(self, owner: AsyncAuthBearer) -> None: ...
    list = AsyncStreamingView(AsyncAuthBearer.list)
