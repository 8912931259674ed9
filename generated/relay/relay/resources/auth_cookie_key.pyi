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
    "AsyncAuthCookieKey",
    "AsyncAuthCookieKeyWithRawResponse",
    "AsyncAuthCookieKeyWithStreamingResponse",
    "AuthCookieKey",
    "AuthCookieKeyWithRawResponse",
    "AuthCookieKeyWithStreamingResponse",
]

_LIST: Endpoint[_models.AuthEcho]

class AuthCookieKey(SyncResource):
    @cached_property
    def with_raw_response(self) -> AuthCookieKeyWithRawResponse: ...
    @cached_property
    def with_streaming_response(self) -> AuthCookieKeyWithStreamingResponse: ...
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
        """Authenticate with an API key cookie

        Accepts the `relay_session` cookie.

        GET /auth/cookie-key
        """

class AuthCookieKeyWithRawResponse:
    def __init__(self, owner: AuthCookieKey) -> None: ...
    list = RawView(AuthCookieKey.list)

class AuthCookieKeyWithStreamingResponse:
    def __init__(self, owner: AuthCookieKey) -> None: ...
    list = StreamingView(AuthCookieKey.list)

class AsyncAuthCookieKey(AsyncResource):
    @cached_property
    def with_raw_response(self) -> AsyncAuthCookieKeyWithRawResponse: ...
    @cached_property
    def with_streaming_response(self) -> AsyncAuthCookieKeyWithStreamingResponse: ...
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
        """Authenticate with an API key cookie

        Accepts the `relay_session` cookie.

        GET /auth/cookie-key
        """

class AsyncAuthCookieKeyWithRawResponse:
    def __init__(self, owner: AsyncAuthCookieKey) -> None: ...
    list = AsyncRawView(AsyncAuthCookieKey.list)

class AsyncAuthCookieKeyWithStreamingResponse:
    def __init__(self, owner: AsyncAuthCookieKey) -> None: ...
    list = AsyncStreamingView(AsyncAuthCookieKey.list)
