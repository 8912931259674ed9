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
from .auth_oauth_token import (
    AsyncAuthOauthToken,
    AsyncAuthOauthTokenWithRawResponse,
    AsyncAuthOauthTokenWithStreamingResponse,
    AuthOauthToken,
    AuthOauthTokenWithRawResponse,
    AuthOauthTokenWithStreamingResponse,
)

__all__ = [
    "AsyncAuthOauth",
    "AsyncAuthOauthWithRawResponse",
    "AsyncAuthOauthWithStreamingResponse",
    "AuthOauth",
    "AuthOauthWithRawResponse",
    "AuthOauthWithStreamingResponse",
]

_LIST: Endpoint[_models.AuthEcho]

class AuthOauth(SyncResource):
    @cached_property
    def with_raw_response(self) -> AuthOauthWithRawResponse: ...
    @cached_property
    def with_streaming_response(self) -> AuthOauthWithStreamingResponse: ...
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
        """Authenticate with an OAuth 2 access token

        Accepts a bearer access token issued by `POST /oauth/token` that has not expired and has not been revoked.

        GET /auth/oauth
        """

    @cached_property
    def token(self) -> AuthOauthToken: ...

class AuthOauthWithRawResponse:
    def __init__(self, owner: AuthOauth) -> None: ...
    list = RawView(AuthOauth.list)
    @cached_property
    def token(self) -> AuthOauthTokenWithRawResponse: ...

class AuthOauthWithStreamingResponse:
    def __init__(self, owner: AuthOauth) -> None: ...
    list = StreamingView(AuthOauth.list)
    @cached_property
    def token(self) -> AuthOauthTokenWithStreamingResponse: ...

class AsyncAuthOauth(AsyncResource):
    @cached_property
    def with_raw_response(self) -> AsyncAuthOauthWithRawResponse: ...
    @cached_property
    def with_streaming_response(self) -> AsyncAuthOauthWithStreamingResponse: ...
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
        """Authenticate with an OAuth 2 access token

        Accepts a bearer access token issued by `POST /oauth/token` that has not expired and has not been revoked.

        GET /auth/oauth
        """

    @cached_property
    def token(self) -> AsyncAuthOauthToken: ...

class AsyncAuthOauthWithRawResponse:
    def __init__(self, owner: AsyncAuthOauth) -> None: ...
    list = AsyncRawView(AsyncAuthOauth.list)
    @cached_property
    def token(self) -> AsyncAuthOauthTokenWithRawResponse: ...

class AsyncAuthOauthWithStreamingResponse:
    def __init__(self, owner: AsyncAuthOauth) -> None: ...
    list = AsyncStreamingView(AsyncAuthOauth.list)
    @cached_property
    def token(self) -> AsyncAuthOauthTokenWithStreamingResponse: ...
