"""`client.auth`: Auth and its response views."""

from __future__ import annotations

from functools import cached_property

from .._runtime._async_client import AsyncResource
from .._runtime._lazy import ChildResource, ResourceView
from .._runtime._sync_client import SyncResource

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

    api_key = ChildResource(".auth_api_key", "AuthApiKey", of_resource=True)
    """Operations of `client.auth.api_key`."""

    query_key = ChildResource(".auth_query_key", "AuthQueryKey", of_resource=True)
    """Operations of `client.auth.query_key`."""

    cookie_key = ChildResource(".auth_cookie_key", "AuthCookieKey", of_resource=True)
    """Operations of `client.auth.cookie_key`."""

    bearer = ChildResource(".auth_bearer", "AuthBearer", of_resource=True)
    """Operations of `client.auth.bearer`."""

    basic = ChildResource(".auth_basic", "AuthBasic", of_resource=True)
    """Operations of `client.auth.basic`."""

    oauth = ChildResource(".auth_oauth", "AuthOauth", of_resource=True)
    """Operations of `client.auth.oauth`."""

    either = ChildResource(".auth_either", "AuthEither", of_resource=True)
    """Operations of `client.auth.either`."""

    both = ChildResource(".auth_both", "AuthBoth", of_resource=True)
    """Operations of `client.auth.both`."""

    public = ChildResource(".auth_public", "AuthPublic", of_resource=True)
    """Operations of `client.auth.public`."""


class AuthWithRawResponse:
    """The methods of Auth, returning the HTTP response with `parse()` for the result."""

    def __init__(self, owner: Auth) -> None:
        self._owner = owner

    api_key = ResourceView("with_raw_response")
    query_key = ResourceView("with_raw_response")
    cookie_key = ResourceView("with_raw_response")
    bearer = ResourceView("with_raw_response")
    basic = ResourceView("with_raw_response")
    oauth = ResourceView("with_raw_response")
    either = ResourceView("with_raw_response")
    both = ResourceView("with_raw_response")
    public = ResourceView("with_raw_response")


class AuthWithStreamingResponse:
    """The methods of Auth, returning a context manager over the unread response."""

    def __init__(self, owner: Auth) -> None:
        self._owner = owner

    api_key = ResourceView("with_streaming_response")
    query_key = ResourceView("with_streaming_response")
    cookie_key = ResourceView("with_streaming_response")
    bearer = ResourceView("with_streaming_response")
    basic = ResourceView("with_streaming_response")
    oauth = ResourceView("with_streaming_response")
    either = ResourceView("with_streaming_response")
    both = ResourceView("with_streaming_response")
    public = ResourceView("with_streaming_response")


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

    api_key = ChildResource(".auth_api_key", "AsyncAuthApiKey", of_resource=True)
    """Operations of `client.auth.api_key`."""

    query_key = ChildResource(".auth_query_key", "AsyncAuthQueryKey", of_resource=True)
    """Operations of `client.auth.query_key`."""

    cookie_key = ChildResource(
        ".auth_cookie_key", "AsyncAuthCookieKey", of_resource=True
    )
    """Operations of `client.auth.cookie_key`."""

    bearer = ChildResource(".auth_bearer", "AsyncAuthBearer", of_resource=True)
    """Operations of `client.auth.bearer`."""

    basic = ChildResource(".auth_basic", "AsyncAuthBasic", of_resource=True)
    """Operations of `client.auth.basic`."""

    oauth = ChildResource(".auth_oauth", "AsyncAuthOauth", of_resource=True)
    """Operations of `client.auth.oauth`."""

    either = ChildResource(".auth_either", "AsyncAuthEither", of_resource=True)
    """Operations of `client.auth.either`."""

    both = ChildResource(".auth_both", "AsyncAuthBoth", of_resource=True)
    """Operations of `client.auth.both`."""

    public = ChildResource(".auth_public", "AsyncAuthPublic", of_resource=True)
    """Operations of `client.auth.public`."""


class AsyncAuthWithRawResponse:
    """The methods of AsyncAuth, returning the HTTP response with `parse()` for the result."""

    def __init__(self, owner: AsyncAuth) -> None:
        self._owner = owner

    api_key = ResourceView("with_raw_response")
    query_key = ResourceView("with_raw_response")
    cookie_key = ResourceView("with_raw_response")
    bearer = ResourceView("with_raw_response")
    basic = ResourceView("with_raw_response")
    oauth = ResourceView("with_raw_response")
    either = ResourceView("with_raw_response")
    both = ResourceView("with_raw_response")
    public = ResourceView("with_raw_response")


class AsyncAuthWithStreamingResponse:
    """The methods of AsyncAuth, returning a context manager over the unread response."""

    def __init__(self, owner: AsyncAuth) -> None:
        self._owner = owner

    api_key = ResourceView("with_streaming_response")
    query_key = ResourceView("with_streaming_response")
    cookie_key = ResourceView("with_streaming_response")
    bearer = ResourceView("with_streaming_response")
    basic = ResourceView("with_streaming_response")
    oauth = ResourceView("with_streaming_response")
    either = ResourceView("with_streaming_response")
    both = ResourceView("with_streaming_response")
    public = ResourceView("with_streaming_response")
