"""`client.auth.oauth.token`: AuthOauthToken and its response views."""

from __future__ import annotations

from collections.abc import Mapping
from functools import cached_property
from typing import Any

import httpx2 as httpx

from .. import models as _models
from .._runtime._async_client import AsyncResource
from .._runtime._async_response import AsyncRawView, AsyncStreamingView
from .._runtime._endpoint import BodySpec, Endpoint, ResponseSpec
from .._runtime._serialize import body_from
from .._runtime._sync_client import SyncResource
from .._runtime._sync_response import RawView, StreamingView
from .._runtime._types import NOT_GIVEN, NotGiven, Omit, RequestOptions

__all__ = [
    "AsyncAuthOauthToken",
    "AsyncAuthOauthTokenWithRawResponse",
    "AsyncAuthOauthTokenWithStreamingResponse",
    "AuthOauthToken",
    "AuthOauthTokenWithRawResponse",
    "AuthOauthTokenWithStreamingResponse",
]


_CREATE: Endpoint[_models.TokenResponse] = Endpoint(
    method="POST",
    path="/oauth/token",
    body=BodySpec(
        "form", "application/x-www-form-urlencoded", lambda: _models.TokenRequest
    ),
    responses=(ResponseSpec("200", "json", lambda: _models.TokenResponse),),
    errors=(
        ResponseSpec("400", "json", lambda: _models.Error),
        ResponseSpec("401", "json", lambda: _models.Error),
    ),
)


class AuthOauthToken(SyncResource):
    """Operations of the AuthOauthToken resource."""

    @cached_property
    def with_raw_response(self) -> AuthOauthTokenWithRawResponse:
        """These methods, returning the HTTP response (`.parse()` gives the usual result)."""
        return AuthOauthTokenWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AuthOauthTokenWithStreamingResponse:
        """These methods, as context managers over the response, its body not read yet."""
        return AuthOauthTokenWithStreamingResponse(self)

    def create(
        self,
        *,
        grant_type: str | NotGiven = NOT_GIVEN,
        client_id: str | NotGiven = NOT_GIVEN,
        client_secret: str | NotGiven = NOT_GIVEN,
        scope: str | NotGiven = NOT_GIVEN,
        extra_body: dict[str, Any] | None = None,
        body: _models.TokenRequest | _models.TokenRequestParam | None = None,
        extra_headers: Mapping[str, str | Omit | None] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        deadline: float | None | NotGiven = NOT_GIVEN,
        max_response_size: int | None | NotGiven = NOT_GIVEN,
        follow_redirects: bool | NotGiven = NOT_GIVEN,
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
        """
        return self._client.request(
            _CREATE,
            body=body_from(
                body,
                {
                    "grant_type": grant_type,
                    "client_id": client_id,
                    "client_secret": client_secret,
                    "scope": scope,
                },
                extra_body,
                required=True,
            ),
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


class AuthOauthTokenWithRawResponse:
    """The methods of AuthOauthToken, returning the HTTP response with `parse()` for the result."""

    def __init__(self, owner: AuthOauthToken) -> None:
        self._owner = owner

    create = RawView(AuthOauthToken.create)


class AuthOauthTokenWithStreamingResponse:
    """The methods of AuthOauthToken, returning a context manager over the unread response."""

    def __init__(self, owner: AuthOauthToken) -> None:
        self._owner = owner

    create = StreamingView(AuthOauthToken.create)


class AsyncAuthOauthToken(AsyncResource):
    """Operations of the AuthOauthToken resource."""

    @cached_property
    def with_raw_response(self) -> AsyncAuthOauthTokenWithRawResponse:
        """These methods, returning the HTTP response (`.parse()` gives the usual result)."""
        return AsyncAuthOauthTokenWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncAuthOauthTokenWithStreamingResponse:
        """These methods, as context managers over the response, its body not read yet."""
        return AsyncAuthOauthTokenWithStreamingResponse(self)

    async def create(
        self,
        *,
        grant_type: str | NotGiven = NOT_GIVEN,
        client_id: str | NotGiven = NOT_GIVEN,
        client_secret: str | NotGiven = NOT_GIVEN,
        scope: str | NotGiven = NOT_GIVEN,
        extra_body: dict[str, Any] | None = None,
        body: _models.TokenRequest | _models.TokenRequestParam | None = None,
        extra_headers: Mapping[str, str | Omit | None] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        deadline: float | None | NotGiven = NOT_GIVEN,
        max_response_size: int | None | NotGiven = NOT_GIVEN,
        follow_redirects: bool | NotGiven = NOT_GIVEN,
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
        """
        return await self._client.request(
            _CREATE,
            body=body_from(
                body,
                {
                    "grant_type": grant_type,
                    "client_id": client_id,
                    "client_secret": client_secret,
                    "scope": scope,
                },
                extra_body,
                required=True,
            ),
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


class AsyncAuthOauthTokenWithRawResponse:
    """The methods of AsyncAuthOauthToken, returning the HTTP response with `parse()` for the result."""

    def __init__(self, owner: AsyncAuthOauthToken) -> None:
        self._owner = owner

    create = AsyncRawView(AsyncAuthOauthToken.create)


class AsyncAuthOauthTokenWithStreamingResponse:
    """The methods of AsyncAuthOauthToken, returning a context manager over the unread response."""

    def __init__(self, owner: AsyncAuthOauthToken) -> None:
        self._owner = owner

    create = AsyncStreamingView(AsyncAuthOauthToken.create)
