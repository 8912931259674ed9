"""`client.auth`: Auth and its response views."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

from .._runtime._async_client import AsyncResource
from .._runtime._sync_client import SyncResource

if TYPE_CHECKING:
    from .auth_api_key import (
        AsyncAuthApiKey,
        AsyncAuthApiKeyWithRawResponse,
        AsyncAuthApiKeyWithStreamingResponse,
        AuthApiKey,
        AuthApiKeyWithRawResponse,
        AuthApiKeyWithStreamingResponse,
    )
    from .auth_basic import (
        AsyncAuthBasic,
        AsyncAuthBasicWithRawResponse,
        AsyncAuthBasicWithStreamingResponse,
        AuthBasic,
        AuthBasicWithRawResponse,
        AuthBasicWithStreamingResponse,
    )
    from .auth_bearer import (
        AsyncAuthBearer,
        AsyncAuthBearerWithRawResponse,
        AsyncAuthBearerWithStreamingResponse,
        AuthBearer,
        AuthBearerWithRawResponse,
        AuthBearerWithStreamingResponse,
    )
    from .auth_both import (
        AsyncAuthBoth,
        AsyncAuthBothWithRawResponse,
        AsyncAuthBothWithStreamingResponse,
        AuthBoth,
        AuthBothWithRawResponse,
        AuthBothWithStreamingResponse,
    )
    from .auth_cookie_key import (
        AsyncAuthCookieKey,
        AsyncAuthCookieKeyWithRawResponse,
        AsyncAuthCookieKeyWithStreamingResponse,
        AuthCookieKey,
        AuthCookieKeyWithRawResponse,
        AuthCookieKeyWithStreamingResponse,
    )
    from .auth_either import (
        AsyncAuthEither,
        AsyncAuthEitherWithRawResponse,
        AsyncAuthEitherWithStreamingResponse,
        AuthEither,
        AuthEitherWithRawResponse,
        AuthEitherWithStreamingResponse,
    )
    from .auth_oauth import (
        AsyncAuthOauth,
        AsyncAuthOauthWithRawResponse,
        AsyncAuthOauthWithStreamingResponse,
        AuthOauth,
        AuthOauthWithRawResponse,
        AuthOauthWithStreamingResponse,
    )
    from .auth_public import (
        AsyncAuthPublic,
        AsyncAuthPublicWithRawResponse,
        AsyncAuthPublicWithStreamingResponse,
        AuthPublic,
        AuthPublicWithRawResponse,
        AuthPublicWithStreamingResponse,
    )
    from .auth_query_key import (
        AsyncAuthQueryKey,
        AsyncAuthQueryKeyWithRawResponse,
        AsyncAuthQueryKeyWithStreamingResponse,
        AuthQueryKey,
        AuthQueryKeyWithRawResponse,
        AuthQueryKeyWithStreamingResponse,
    )

__all__ = [
    "AsyncAuth",
    "AsyncAuthWithRawResponse",
    "AsyncAuthWithStreamingResponse",
    "Auth",
    "AuthWithRawResponse",
    "AuthWithStreamingResponse",
]


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

    @cached_property
    def api_key(self) -> AuthApiKey:
        """Operations of `client.auth.api_key`."""
        from .auth_api_key import AuthApiKey

        return AuthApiKey(self._client)

    @cached_property
    def query_key(self) -> AuthQueryKey:
        """Operations of `client.auth.query_key`."""
        from .auth_query_key import AuthQueryKey

        return AuthQueryKey(self._client)

    @cached_property
    def cookie_key(self) -> AuthCookieKey:
        """Operations of `client.auth.cookie_key`."""
        from .auth_cookie_key import AuthCookieKey

        return AuthCookieKey(self._client)

    @cached_property
    def bearer(self) -> AuthBearer:
        """Operations of `client.auth.bearer`."""
        from .auth_bearer import AuthBearer

        return AuthBearer(self._client)

    @cached_property
    def basic(self) -> AuthBasic:
        """Operations of `client.auth.basic`."""
        from .auth_basic import AuthBasic

        return AuthBasic(self._client)

    @cached_property
    def oauth(self) -> AuthOauth:
        """Operations of `client.auth.oauth`."""
        from .auth_oauth import AuthOauth

        return AuthOauth(self._client)

    @cached_property
    def either(self) -> AuthEither:
        """Operations of `client.auth.either`."""
        from .auth_either import AuthEither

        return AuthEither(self._client)

    @cached_property
    def both(self) -> AuthBoth:
        """Operations of `client.auth.both`."""
        from .auth_both import AuthBoth

        return AuthBoth(self._client)

    @cached_property
    def public(self) -> AuthPublic:
        """Operations of `client.auth.public`."""
        from .auth_public import AuthPublic

        return AuthPublic(self._client)


class AuthWithRawResponse:
    """The methods of Auth, returning the HTTP response with `parse()` for the result."""

    def __init__(self, owner: Auth) -> None:
        self._owner = owner

    @cached_property
    def api_key(self) -> AuthApiKeyWithRawResponse:
        return self._owner.api_key.with_raw_response

    @cached_property
    def query_key(self) -> AuthQueryKeyWithRawResponse:
        return self._owner.query_key.with_raw_response

    @cached_property
    def cookie_key(self) -> AuthCookieKeyWithRawResponse:
        return self._owner.cookie_key.with_raw_response

    @cached_property
    def bearer(self) -> AuthBearerWithRawResponse:
        return self._owner.bearer.with_raw_response

    @cached_property
    def basic(self) -> AuthBasicWithRawResponse:
        return self._owner.basic.with_raw_response

    @cached_property
    def oauth(self) -> AuthOauthWithRawResponse:
        return self._owner.oauth.with_raw_response

    @cached_property
    def either(self) -> AuthEitherWithRawResponse:
        return self._owner.either.with_raw_response

    @cached_property
    def both(self) -> AuthBothWithRawResponse:
        return self._owner.both.with_raw_response

    @cached_property
    def public(self) -> AuthPublicWithRawResponse:
        return self._owner.public.with_raw_response


class AuthWithStreamingResponse:
    """The methods of Auth, returning a context manager over the unread response."""

    def __init__(self, owner: Auth) -> None:
        self._owner = owner

    @cached_property
    def api_key(self) -> AuthApiKeyWithStreamingResponse:
        return self._owner.api_key.with_streaming_response

    @cached_property
    def query_key(self) -> AuthQueryKeyWithStreamingResponse:
        return self._owner.query_key.with_streaming_response

    @cached_property
    def cookie_key(self) -> AuthCookieKeyWithStreamingResponse:
        return self._owner.cookie_key.with_streaming_response

    @cached_property
    def bearer(self) -> AuthBearerWithStreamingResponse:
        return self._owner.bearer.with_streaming_response

    @cached_property
    def basic(self) -> AuthBasicWithStreamingResponse:
        return self._owner.basic.with_streaming_response

    @cached_property
    def oauth(self) -> AuthOauthWithStreamingResponse:
        return self._owner.oauth.with_streaming_response

    @cached_property
    def either(self) -> AuthEitherWithStreamingResponse:
        return self._owner.either.with_streaming_response

    @cached_property
    def both(self) -> AuthBothWithStreamingResponse:
        return self._owner.both.with_streaming_response

    @cached_property
    def public(self) -> AuthPublicWithStreamingResponse:
        return self._owner.public.with_streaming_response


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

    @cached_property
    def api_key(self) -> AsyncAuthApiKey:
        """Operations of `client.auth.api_key`."""
        from .auth_api_key import AsyncAuthApiKey

        return AsyncAuthApiKey(self._client)

    @cached_property
    def query_key(self) -> AsyncAuthQueryKey:
        """Operations of `client.auth.query_key`."""
        from .auth_query_key import AsyncAuthQueryKey

        return AsyncAuthQueryKey(self._client)

    @cached_property
    def cookie_key(self) -> AsyncAuthCookieKey:
        """Operations of `client.auth.cookie_key`."""
        from .auth_cookie_key import AsyncAuthCookieKey

        return AsyncAuthCookieKey(self._client)

    @cached_property
    def bearer(self) -> AsyncAuthBearer:
        """Operations of `client.auth.bearer`."""
        from .auth_bearer import AsyncAuthBearer

        return AsyncAuthBearer(self._client)

    @cached_property
    def basic(self) -> AsyncAuthBasic:
        """Operations of `client.auth.basic`."""
        from .auth_basic import AsyncAuthBasic

        return AsyncAuthBasic(self._client)

    @cached_property
    def oauth(self) -> AsyncAuthOauth:
        """Operations of `client.auth.oauth`."""
        from .auth_oauth import AsyncAuthOauth

        return AsyncAuthOauth(self._client)

    @cached_property
    def either(self) -> AsyncAuthEither:
        """Operations of `client.auth.either`."""
        from .auth_either import AsyncAuthEither

        return AsyncAuthEither(self._client)

    @cached_property
    def both(self) -> AsyncAuthBoth:
        """Operations of `client.auth.both`."""
        from .auth_both import AsyncAuthBoth

        return AsyncAuthBoth(self._client)

    @cached_property
    def public(self) -> AsyncAuthPublic:
        """Operations of `client.auth.public`."""
        from .auth_public import AsyncAuthPublic

        return AsyncAuthPublic(self._client)


class AsyncAuthWithRawResponse:
    """The methods of AsyncAuth, returning the HTTP response with `parse()` for the result."""

    def __init__(self, owner: AsyncAuth) -> None:
        self._owner = owner

    @cached_property
    def api_key(self) -> AsyncAuthApiKeyWithRawResponse:
        return self._owner.api_key.with_raw_response

    @cached_property
    def query_key(self) -> AsyncAuthQueryKeyWithRawResponse:
        return self._owner.query_key.with_raw_response

    @cached_property
    def cookie_key(self) -> AsyncAuthCookieKeyWithRawResponse:
        return self._owner.cookie_key.with_raw_response

    @cached_property
    def bearer(self) -> AsyncAuthBearerWithRawResponse:
        return self._owner.bearer.with_raw_response

    @cached_property
    def basic(self) -> AsyncAuthBasicWithRawResponse:
        return self._owner.basic.with_raw_response

    @cached_property
    def oauth(self) -> AsyncAuthOauthWithRawResponse:
        return self._owner.oauth.with_raw_response

    @cached_property
    def either(self) -> AsyncAuthEitherWithRawResponse:
        return self._owner.either.with_raw_response

    @cached_property
    def both(self) -> AsyncAuthBothWithRawResponse:
        return self._owner.both.with_raw_response

    @cached_property
    def public(self) -> AsyncAuthPublicWithRawResponse:
        return self._owner.public.with_raw_response


class AsyncAuthWithStreamingResponse:
    """The methods of AsyncAuth, returning a context manager over the unread response."""

    def __init__(self, owner: AsyncAuth) -> None:
        self._owner = owner

    @cached_property
    def api_key(self) -> AsyncAuthApiKeyWithStreamingResponse:
        return self._owner.api_key.with_streaming_response

    @cached_property
    def query_key(self) -> AsyncAuthQueryKeyWithStreamingResponse:
        return self._owner.query_key.with_streaming_response

    @cached_property
    def cookie_key(self) -> AsyncAuthCookieKeyWithStreamingResponse:
        return self._owner.cookie_key.with_streaming_response

    @cached_property
    def bearer(self) -> AsyncAuthBearerWithStreamingResponse:
        return self._owner.bearer.with_streaming_response

    @cached_property
    def basic(self) -> AsyncAuthBasicWithStreamingResponse:
        return self._owner.basic.with_streaming_response

    @cached_property
    def oauth(self) -> AsyncAuthOauthWithStreamingResponse:
        return self._owner.oauth.with_streaming_response

    @cached_property
    def either(self) -> AsyncAuthEitherWithStreamingResponse:
        return self._owner.either.with_streaming_response

    @cached_property
    def both(self) -> AsyncAuthBothWithStreamingResponse:
        return self._owner.both.with_streaming_response

    @cached_property
    def public(self) -> AsyncAuthPublicWithStreamingResponse:
        return self._owner.public.with_streaming_response
