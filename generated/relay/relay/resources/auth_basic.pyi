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
    "AsyncAuthBasic",
    "AsyncAuthBasicWithRawResponse",
    "AsyncAuthBasicWithStreamingResponse",
    "AuthBasic",
    "AuthBasicWithRawResponse",
    "AuthBasicWithStreamingResponse",
]

_LIST: Endpoint[_models.AuthEcho]

class AuthBasic(SyncResource):
    @cached_property
    def with_raw_response(self) -> AuthBasicWithRawResponse: ...
    @cached_property
    def with_streaming_response(self) -> AuthBasicWithStreamingResponse: ...
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
        """Authenticate with HTTP basic authentication

        Accepts `Authorization: Basic <base64(user:password)>`.

        GET /auth/basic
        """

class AuthBasicWithRawResponse:
    def __init__(self, owner: AuthBasic) -> None: ...
    list = RawView(AuthBasic.list)

class AuthBasicWithStreamingResponse:
    def __init__(self, owner: AuthBasic) -> None: ...
    list = StreamingView(AuthBasic.list)

class AsyncAuthBasic(AsyncResource):
    @cached_property
    def with_raw_response(self) -> AsyncAuthBasicWithRawResponse: ...
    @cached_property
    def with_streaming_response(self) -> AsyncAuthBasicWithStreamingResponse: ...
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
        """Authenticate with HTTP basic authentication

        Accepts `Authorization: Basic <base64(user:password)>`.

        GET /auth/basic
        """

class AsyncAuthBasicWithRawResponse:
    def __init__(self, owner: AsyncAuthBasic) -> None: ...
    list = AsyncRawView(AsyncAuthBasic.list)

class AsyncAuthBasicWithStreamingResponse:
    def __init__(self, owner: AsyncAuthBasic) -> None: ...
    list = AsyncStreamingView(AsyncAuthBasic.list)
