"""`client.auth.oauth`: AuthOauth and its response views."""

from __future__ import annotations

from collections.abc import Mapping
from functools import cached_property

import httpx2 as httpx

from .. import models as _models
from .._runtime._async_client import AsyncResource
from .._runtime._async_response import AsyncRawView, AsyncStreamingView
from .._runtime._endpoint import Endpoint, ResponseSpec
from .._runtime._lazy import ChildResource, ResourceView
from .._runtime._sync_client import SyncResource
from .._runtime._sync_response import RawView, StreamingView
from .._runtime._types import NOT_GIVEN, NotGiven, Omit, RequestOptions

__all__ = [
    "AsyncAuthOauth",
    "AsyncAuthOauthWithRawResponse",
    "AsyncAuthOauthWithStreamingResponse",
    "AuthOauth",
    "AuthOauthWithRawResponse",
    "AuthOauthWithStreamingResponse",
]


_LIST: Endpoint[_models.AuthEcho] = Endpoint(
    method="GET",
    path="/auth/oauth",
    responses=(ResponseSpec("200", "json", lambda: _models.AuthEcho),),
    errors=(ResponseSpec("401", "json", lambda: _models.Error),),
    security=(("OauthClient",),),
)


class AuthOauth(SyncResource):
    """Operations of the AuthOauth resource."""

    @cached_property
    def with_raw_response(self) -> AuthOauthWithRawResponse:
        """These methods, returning the HTTP response (`.parse()` gives the usual result)."""
        return AuthOauthWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AuthOauthWithStreamingResponse:
        """These methods, as context managers over the response, its body not read yet."""
        return AuthOauthWithStreamingResponse(self)

    def list(
        self,
        *,
        extra_headers: Mapping[str, str | Omit | None] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        deadline: float | None | NotGiven = NOT_GIVEN,
        max_response_size: int | None | NotGiven = NOT_GIVEN,
        follow_redirects: bool | NotGiven = NOT_GIVEN,
        correlation_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> _models.AuthEcho:
        """Authenticate with an OAuth 2 access token

        Accepts a bearer access token issued by `POST /oauth/token` that has not expired and has not been revoked.
        """
        return self._client.request(
            _LIST,
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

    token = ChildResource(".auth_oauth_token", "AuthOauthToken", of_resource=True)
    """Operations of `client.auth.oauth.token`."""


class AuthOauthWithRawResponse:
    """The methods of AuthOauth, returning the HTTP response with `parse()` for the result."""

    def __init__(self, owner: AuthOauth) -> None:
        self._owner = owner

    list = RawView(AuthOauth.list)
    token = ResourceView("with_raw_response")


class AuthOauthWithStreamingResponse:
    """The methods of AuthOauth, returning a context manager over the unread response."""

    def __init__(self, owner: AuthOauth) -> None:
        self._owner = owner

    list = StreamingView(AuthOauth.list)
    token = ResourceView("with_streaming_response")


class AsyncAuthOauth(AsyncResource):
    """Operations of the AuthOauth resource."""

    @cached_property
    def with_raw_response(self) -> AsyncAuthOauthWithRawResponse:
        """These methods, returning the HTTP response (`.parse()` gives the usual result)."""
        return AsyncAuthOauthWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncAuthOauthWithStreamingResponse:
        """These methods, as context managers over the response, its body not read yet."""
        return AsyncAuthOauthWithStreamingResponse(self)

    async def list(
        self,
        *,
        extra_headers: Mapping[str, str | Omit | None] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        deadline: float | None | NotGiven = NOT_GIVEN,
        max_response_size: int | None | NotGiven = NOT_GIVEN,
        follow_redirects: bool | NotGiven = NOT_GIVEN,
        correlation_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> _models.AuthEcho:
        """Authenticate with an OAuth 2 access token

        Accepts a bearer access token issued by `POST /oauth/token` that has not expired and has not been revoked.
        """
        return await self._client.request(
            _LIST,
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

    token = ChildResource(".auth_oauth_token", "AsyncAuthOauthToken", of_resource=True)
    """Operations of `client.auth.oauth.token`."""


class AsyncAuthOauthWithRawResponse:
    """The methods of AsyncAuthOauth, returning the HTTP response with `parse()` for the result."""

    def __init__(self, owner: AsyncAuthOauth) -> None:
        self._owner = owner

    list = AsyncRawView(AsyncAuthOauth.list)
    token = ResourceView("with_raw_response")


class AsyncAuthOauthWithStreamingResponse:
    """The methods of AsyncAuthOauth, returning a context manager over the unread response."""

    def __init__(self, owner: AsyncAuthOauth) -> None:
        self._owner = owner

    list = AsyncStreamingView(AsyncAuthOauth.list)
    token = ResourceView("with_streaming_response")
