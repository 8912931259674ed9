"""Auth: the operations tagged auth."""

from __future__ import annotations

from collections.abc import Mapping
from functools import cached_property
from typing import Any

import httpx

from .. import models
from .._runtime._async_client import AsyncResource
from .._runtime._async_response import (
    async_to_raw_response_wrapper,
    async_to_streamed_response_wrapper,
)
from .._runtime._endpoint import BodySpec, Endpoint, ResponseSpec
from .._runtime._sync_client import SyncResource
from .._runtime._sync_response import (
    to_raw_response_wrapper,
    to_streamed_response_wrapper,
)
from .._runtime._types import NOT_GIVEN, NotGiven, RequestOptions

__all__ = [
    "AsyncAuth",
    "AsyncAuthWithRawResponse",
    "AsyncAuthWithStreamingResponse",
    "Auth",
    "AuthWithRawResponse",
    "AuthWithStreamingResponse",
]


_AUTH_API_KEY: Endpoint[models.AuthEcho] = Endpoint(
    method="GET",
    path="/auth/api-key",
    responses=(ResponseSpec("200", "json", models.AuthEcho),),
    errors=(ResponseSpec("401", "json", models.Error),),
    security=(("ApiKeyAuth",),),
)


_AUTH_QUERY_KEY: Endpoint[models.AuthEcho] = Endpoint(
    method="GET",
    path="/auth/query-key",
    responses=(ResponseSpec("200", "json", models.AuthEcho),),
    errors=(ResponseSpec("401", "json", models.Error),),
    security=(("QueryKey",),),
)


_AUTH_COOKIE_KEY: Endpoint[models.AuthEcho] = Endpoint(
    method="GET",
    path="/auth/cookie-key",
    responses=(ResponseSpec("200", "json", models.AuthEcho),),
    errors=(ResponseSpec("401", "json", models.Error),),
    security=(("CookieKey",),),
)


_AUTH_BEARER: Endpoint[models.AuthEcho] = Endpoint(
    method="GET",
    path="/auth/bearer",
    responses=(ResponseSpec("200", "json", models.AuthEcho),),
    errors=(ResponseSpec("401", "json", models.Error),),
    security=(("BearerAuth",),),
)


_AUTH_BASIC: Endpoint[models.AuthEcho] = Endpoint(
    method="GET",
    path="/auth/basic",
    responses=(ResponseSpec("200", "json", models.AuthEcho),),
    errors=(ResponseSpec("401", "json", models.Error),),
    security=(("BasicAuth",),),
)


_AUTH_OAUTH: Endpoint[models.AuthEcho] = Endpoint(
    method="GET",
    path="/auth/oauth",
    responses=(ResponseSpec("200", "json", models.AuthEcho),),
    errors=(ResponseSpec("401", "json", models.Error),),
    security=(("OauthClient",),),
)


_AUTH_EITHER: Endpoint[models.AuthEcho] = Endpoint(
    method="GET",
    path="/auth/either",
    responses=(ResponseSpec("200", "json", models.AuthEcho),),
    errors=(ResponseSpec("401", "json", models.Error),),
    security=(("BearerAuth",), ("ApiKeyAuth",)),
)


_AUTH_BOTH: Endpoint[models.AuthEcho] = Endpoint(
    method="GET",
    path="/auth/both",
    responses=(ResponseSpec("200", "json", models.AuthEcho),),
    errors=(ResponseSpec("401", "json", models.Error),),
    security=(("ApiKeyAuth", "QueryKey"),),
)


_GET_PUBLIC: Endpoint[models.PublicEcho] = Endpoint(
    method="GET",
    path="/public",
    responses=(ResponseSpec("200", "json", models.PublicEcho),),
)


_CREATE_TOKEN: Endpoint[models.TokenResponse] = Endpoint(
    method="POST",
    path="/oauth/token",
    body=BodySpec("form", "application/x-www-form-urlencoded", models.TokenRequest),
    responses=(ResponseSpec("200", "json", models.TokenResponse),),
    errors=(
        ResponseSpec("400", "json", models.Error),
        ResponseSpec("401", "json", models.Error),
    ),
)


class Auth(SyncResource):
    """One operation per security requirement; each echoes the credential it accepted."""

    @cached_property
    def with_raw_response(self) -> AuthWithRawResponse:
        """These methods, returning the HTTP response (`.parse()` gives the usual result)."""
        return AuthWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AuthWithStreamingResponse:
        """These methods, as context managers over the response, its body not read yet."""
        return AuthWithStreamingResponse(self)

    def auth_api_key(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        deadline: float | None | NotGiven = NOT_GIVEN,
    ) -> models.AuthEcho:
        """Authenticate with an API key header

        Accepts the `X-API-Key` header (the default security of the API).
        """
        return self._client.request(
            _AUTH_API_KEY,
            options=RequestOptions(
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
                max_retries=max_retries,
                deadline=deadline,
            ),
        )

    def auth_query_key(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        deadline: float | None | NotGiven = NOT_GIVEN,
    ) -> models.AuthEcho:
        """Authenticate with an API key query parameter

        Accepts the `api_key` query parameter.
        """
        return self._client.request(
            _AUTH_QUERY_KEY,
            options=RequestOptions(
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
                max_retries=max_retries,
                deadline=deadline,
            ),
        )

    def auth_cookie_key(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        deadline: float | None | NotGiven = NOT_GIVEN,
    ) -> models.AuthEcho:
        """Authenticate with an API key cookie

        Accepts the `relay_session` cookie.
        """
        return self._client.request(
            _AUTH_COOKIE_KEY,
            options=RequestOptions(
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
                max_retries=max_retries,
                deadline=deadline,
            ),
        )

    def auth_bearer(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        deadline: float | None | NotGiven = NOT_GIVEN,
    ) -> models.AuthEcho:
        """Authenticate with a bearer token

        Accepts `Authorization: Bearer <token>`.
        """
        return self._client.request(
            _AUTH_BEARER,
            options=RequestOptions(
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
                max_retries=max_retries,
                deadline=deadline,
            ),
        )

    def auth_basic(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        deadline: float | None | NotGiven = NOT_GIVEN,
    ) -> models.AuthEcho:
        """Authenticate with HTTP basic authentication

        Accepts `Authorization: Basic <base64(user:password)>`.
        """
        return self._client.request(
            _AUTH_BASIC,
            options=RequestOptions(
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
                max_retries=max_retries,
                deadline=deadline,
            ),
        )

    def auth_oauth(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        deadline: float | None | NotGiven = NOT_GIVEN,
    ) -> models.AuthEcho:
        """Authenticate with an OAuth 2 access token

        Accepts a bearer access token issued by `POST /oauth/token` that has not expired and has not been revoked.
        """
        return self._client.request(
            _AUTH_OAUTH,
            options=RequestOptions(
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
                max_retries=max_retries,
                deadline=deadline,
            ),
        )

    def auth_either(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        deadline: float | None | NotGiven = NOT_GIVEN,
    ) -> models.AuthEcho:
        """Authenticate with a bearer token or an API key

        Two alternative security requirements: either a bearer token or the `X-API-Key` header is enough.
        """
        return self._client.request(
            _AUTH_EITHER,
            options=RequestOptions(
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
                max_retries=max_retries,
                deadline=deadline,
            ),
        )

    def auth_both(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        deadline: float | None | NotGiven = NOT_GIVEN,
    ) -> models.AuthEcho:
        """Authenticate with two API keys at once

        One security requirement with two schemes: both the `X-API-Key` header and the `api_key` query parameter are needed.
        """
        return self._client.request(
            _AUTH_BOTH,
            options=RequestOptions(
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
                max_retries=max_retries,
                deadline=deadline,
            ),
        )

    def get_public(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        deadline: float | None | NotGiven = NOT_GIVEN,
    ) -> models.PublicEcho:
        """Call an operation that needs no credentials

        Needs no authentication and never rejects a request. It reports the `Authorization` and `X-API-Key` headers it received, so that a client can be checked not to send credentials where none are required.
        """
        return self._client.request(
            _GET_PUBLIC,
            options=RequestOptions(
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
                max_retries=max_retries,
                deadline=deadline,
            ),
        )

    def create_token(
        self,
        *,
        body: models.TokenRequest | dict[str, Any],
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        deadline: float | None | NotGiven = NOT_GIVEN,
    ) -> models.TokenResponse:
        """Get an OAuth 2 access token

        The token endpoint of the client credentials flow. The client id and secret are accepted in the form body or in an HTTP basic `Authorization` header.
        """
        return self._client.request(
            _CREATE_TOKEN,
            body=body,
            options=RequestOptions(
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
                max_retries=max_retries,
                deadline=deadline,
            ),
        )


class AuthWithRawResponse:
    """The methods of Auth, returning the HTTP response with `parse()` for the result."""

    def __init__(self, owner: Auth) -> None:
        self._owner = owner
        self.auth_api_key = to_raw_response_wrapper(owner.auth_api_key)
        self.auth_query_key = to_raw_response_wrapper(owner.auth_query_key)
        self.auth_cookie_key = to_raw_response_wrapper(owner.auth_cookie_key)
        self.auth_bearer = to_raw_response_wrapper(owner.auth_bearer)
        self.auth_basic = to_raw_response_wrapper(owner.auth_basic)
        self.auth_oauth = to_raw_response_wrapper(owner.auth_oauth)
        self.auth_either = to_raw_response_wrapper(owner.auth_either)
        self.auth_both = to_raw_response_wrapper(owner.auth_both)
        self.get_public = to_raw_response_wrapper(owner.get_public)
        self.create_token = to_raw_response_wrapper(owner.create_token)


class AuthWithStreamingResponse:
    """The methods of Auth, returning a context manager over the unread response."""

    def __init__(self, owner: Auth) -> None:
        self._owner = owner
        self.auth_api_key = to_streamed_response_wrapper(owner.auth_api_key)
        self.auth_query_key = to_streamed_response_wrapper(owner.auth_query_key)
        self.auth_cookie_key = to_streamed_response_wrapper(owner.auth_cookie_key)
        self.auth_bearer = to_streamed_response_wrapper(owner.auth_bearer)
        self.auth_basic = to_streamed_response_wrapper(owner.auth_basic)
        self.auth_oauth = to_streamed_response_wrapper(owner.auth_oauth)
        self.auth_either = to_streamed_response_wrapper(owner.auth_either)
        self.auth_both = to_streamed_response_wrapper(owner.auth_both)
        self.get_public = to_streamed_response_wrapper(owner.get_public)
        self.create_token = to_streamed_response_wrapper(owner.create_token)


class AsyncAuth(AsyncResource):
    """One operation per security requirement; each echoes the credential it accepted."""

    @cached_property
    def with_raw_response(self) -> AsyncAuthWithRawResponse:
        """These methods, returning the HTTP response (`.parse()` gives the usual result)."""
        return AsyncAuthWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncAuthWithStreamingResponse:
        """These methods, as context managers over the response, its body not read yet."""
        return AsyncAuthWithStreamingResponse(self)

    async def auth_api_key(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        deadline: float | None | NotGiven = NOT_GIVEN,
    ) -> models.AuthEcho:
        """Authenticate with an API key header

        Accepts the `X-API-Key` header (the default security of the API).
        """
        return await self._client.request(
            _AUTH_API_KEY,
            options=RequestOptions(
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
                max_retries=max_retries,
                deadline=deadline,
            ),
        )

    async def auth_query_key(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        deadline: float | None | NotGiven = NOT_GIVEN,
    ) -> models.AuthEcho:
        """Authenticate with an API key query parameter

        Accepts the `api_key` query parameter.
        """
        return await self._client.request(
            _AUTH_QUERY_KEY,
            options=RequestOptions(
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
                max_retries=max_retries,
                deadline=deadline,
            ),
        )

    async def auth_cookie_key(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        deadline: float | None | NotGiven = NOT_GIVEN,
    ) -> models.AuthEcho:
        """Authenticate with an API key cookie

        Accepts the `relay_session` cookie.
        """
        return await self._client.request(
            _AUTH_COOKIE_KEY,
            options=RequestOptions(
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
                max_retries=max_retries,
                deadline=deadline,
            ),
        )

    async def auth_bearer(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        deadline: float | None | NotGiven = NOT_GIVEN,
    ) -> models.AuthEcho:
        """Authenticate with a bearer token

        Accepts `Authorization: Bearer <token>`.
        """
        return await self._client.request(
            _AUTH_BEARER,
            options=RequestOptions(
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
                max_retries=max_retries,
                deadline=deadline,
            ),
        )

    async def auth_basic(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        deadline: float | None | NotGiven = NOT_GIVEN,
    ) -> models.AuthEcho:
        """Authenticate with HTTP basic authentication

        Accepts `Authorization: Basic <base64(user:password)>`.
        """
        return await self._client.request(
            _AUTH_BASIC,
            options=RequestOptions(
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
                max_retries=max_retries,
                deadline=deadline,
            ),
        )

    async def auth_oauth(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        deadline: float | None | NotGiven = NOT_GIVEN,
    ) -> models.AuthEcho:
        """Authenticate with an OAuth 2 access token

        Accepts a bearer access token issued by `POST /oauth/token` that has not expired and has not been revoked.
        """
        return await self._client.request(
            _AUTH_OAUTH,
            options=RequestOptions(
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
                max_retries=max_retries,
                deadline=deadline,
            ),
        )

    async def auth_either(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        deadline: float | None | NotGiven = NOT_GIVEN,
    ) -> models.AuthEcho:
        """Authenticate with a bearer token or an API key

        Two alternative security requirements: either a bearer token or the `X-API-Key` header is enough.
        """
        return await self._client.request(
            _AUTH_EITHER,
            options=RequestOptions(
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
                max_retries=max_retries,
                deadline=deadline,
            ),
        )

    async def auth_both(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        deadline: float | None | NotGiven = NOT_GIVEN,
    ) -> models.AuthEcho:
        """Authenticate with two API keys at once

        One security requirement with two schemes: both the `X-API-Key` header and the `api_key` query parameter are needed.
        """
        return await self._client.request(
            _AUTH_BOTH,
            options=RequestOptions(
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
                max_retries=max_retries,
                deadline=deadline,
            ),
        )

    async def get_public(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        deadline: float | None | NotGiven = NOT_GIVEN,
    ) -> models.PublicEcho:
        """Call an operation that needs no credentials

        Needs no authentication and never rejects a request. It reports the `Authorization` and `X-API-Key` headers it received, so that a client can be checked not to send credentials where none are required.
        """
        return await self._client.request(
            _GET_PUBLIC,
            options=RequestOptions(
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
                max_retries=max_retries,
                deadline=deadline,
            ),
        )

    async def create_token(
        self,
        *,
        body: models.TokenRequest | dict[str, Any],
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        deadline: float | None | NotGiven = NOT_GIVEN,
    ) -> models.TokenResponse:
        """Get an OAuth 2 access token

        The token endpoint of the client credentials flow. The client id and secret are accepted in the form body or in an HTTP basic `Authorization` header.
        """
        return await self._client.request(
            _CREATE_TOKEN,
            body=body,
            options=RequestOptions(
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
                max_retries=max_retries,
                deadline=deadline,
            ),
        )


class AsyncAuthWithRawResponse:
    """The methods of AsyncAuth, returning the HTTP response with `parse()` for the result."""

    def __init__(self, owner: AsyncAuth) -> None:
        self._owner = owner
        self.auth_api_key = async_to_raw_response_wrapper(owner.auth_api_key)
        self.auth_query_key = async_to_raw_response_wrapper(owner.auth_query_key)
        self.auth_cookie_key = async_to_raw_response_wrapper(owner.auth_cookie_key)
        self.auth_bearer = async_to_raw_response_wrapper(owner.auth_bearer)
        self.auth_basic = async_to_raw_response_wrapper(owner.auth_basic)
        self.auth_oauth = async_to_raw_response_wrapper(owner.auth_oauth)
        self.auth_either = async_to_raw_response_wrapper(owner.auth_either)
        self.auth_both = async_to_raw_response_wrapper(owner.auth_both)
        self.get_public = async_to_raw_response_wrapper(owner.get_public)
        self.create_token = async_to_raw_response_wrapper(owner.create_token)


class AsyncAuthWithStreamingResponse:
    """The methods of AsyncAuth, returning a context manager over the unread response."""

    def __init__(self, owner: AsyncAuth) -> None:
        self._owner = owner
        self.auth_api_key = async_to_streamed_response_wrapper(owner.auth_api_key)
        self.auth_query_key = async_to_streamed_response_wrapper(owner.auth_query_key)
        self.auth_cookie_key = async_to_streamed_response_wrapper(owner.auth_cookie_key)
        self.auth_bearer = async_to_streamed_response_wrapper(owner.auth_bearer)
        self.auth_basic = async_to_streamed_response_wrapper(owner.auth_basic)
        self.auth_oauth = async_to_streamed_response_wrapper(owner.auth_oauth)
        self.auth_either = async_to_streamed_response_wrapper(owner.auth_either)
        self.auth_both = async_to_streamed_response_wrapper(owner.auth_both)
        self.get_public = async_to_streamed_response_wrapper(owner.get_public)
        self.create_token = async_to_streamed_response_wrapper(owner.create_token)
