from collections.abc import Mapping
from functools import cached_property
from typing import Any

import httpx2 as httpx

from .. import models as _models
from .._runtime._async_client import AsyncResource
from .._runtime._async_response import AsyncRawView, AsyncStreamingView
from .._runtime._endpoint import Endpoint
from .._runtime._sync_client import SyncResource
from .._runtime._sync_response import RawView, StreamingView
from .._runtime._types import NotGiven, Omit

__all__ = [
    "AsyncAuthOauthToken",
    "AsyncAuthOauthTokenWithRawResponse",
    "AsyncAuthOauthTokenWithStreamingResponse",
    "AuthOauthToken",
    "AuthOauthTokenWithRawResponse",
    "AuthOauthTokenWithStreamingResponse",
]

_CREATE: Endpoint[_models.TokenResponse]

class AuthOauthToken(SyncResource):
    @cached_property
    def with_raw_response(self) -> AuthOauthTokenWithRawResponse: ...
    @cached_property
    def with_streaming_response(self) -> AuthOauthTokenWithStreamingResponse: ...
    def create(
        self,
        *,
        grant_type: str | NotGiven = ...,
        client_id: str | NotGiven = ...,
        client_secret: str | NotGiven = ...,
        scope: str | NotGiven = ...,
        extra_body: dict[str, Any] | None = None,
        body: _models.TokenRequest | _models.TokenRequestParam | None = None,
        extra_headers: Mapping[str, str | Omit | None] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = ...,
        max_retries: int | NotGiven = ...,
        deadline: float | None | NotGiven = ...,
        max_response_size: int | None | NotGiven = ...,
        follow_redirects: bool | NotGiven = ...,
        correlation_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> _models.TokenResponse:
        """Get an OAuth 2 access token

        The token endpoint of the client credentials flow. The client id and secret are accepted in the form body or in an HTTP basic `Authorization` header.

        Args:
            grant_type: Always `client_credentials`.
            scope: Space-separated scopes.
            extra_body: Keys sent in the body besides the ones above.
            body: The body (whole, instead of its keys: a model or a dict)

        POST /oauth/token
        """

class AuthOauthTokenWithRawResponse:
    def __init__(self, owner: AuthOauthToken) -> None: ...
    create = RawView(AuthOauthToken.create)

class AuthOauthTokenWithStreamingResponse:
    def __init__(self, owner: AuthOauthToken) -> None: ...
    create = StreamingView(AuthOauthToken.create)

class AsyncAuthOauthToken(AsyncResource):
    @cached_property
    def with_raw_response(self) -> AsyncAuthOauthTokenWithRawResponse: ...
    @cached_property
    def with_streaming_response(self) -> AsyncAuthOauthTokenWithStreamingResponse: ...
    async def create(
        self,
        *,
        grant_type: str | NotGiven = ...,
        client_id: str | NotGiven = ...,
        client_secret: str | NotGiven = ...,
        scope: str | NotGiven = ...,
        extra_body: dict[str, Any] | None = None,
        body: _models.TokenRequest | _models.TokenRequestParam | None = None,
        extra_headers: Mapping[str, str | Omit | None] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = ...,
        max_retries: int | NotGiven = ...,
        deadline: float | None | NotGiven = ...,
        max_response_size: int | None | NotGiven = ...,
        follow_redirects: bool | NotGiven = ...,
        correlation_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> _models.TokenResponse:
        """Get an OAuth 2 access token

        The token endpoint of the client credentials flow. The client id and secret are accepted in the form body or in an HTTP basic `Authorization` header.

        Args:
            grant_type: Always `client_credentials`.
            scope: Space-separated scopes.
            extra_body: Keys sent in the body besides the ones above.
            body: The body (whole, instead of its keys: a model or a dict)

        POST /oauth/token
        """

class AsyncAuthOauthTokenWithRawResponse:
    def __init__(self, owner: AsyncAuthOauthToken) -> None: ...
    create = AsyncRawView(AsyncAuthOauthToken.create)

class AsyncAuthOauthTokenWithStreamingResponse:
    def __init__(self, owner: AsyncAuthOauthToken) -> None: ...
    create = AsyncStreamingView(AsyncAuthOauthToken.create)
