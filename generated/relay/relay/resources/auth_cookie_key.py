"""`client.auth.cookie_key`: AuthCookieKey and its response views."""

from __future__ import annotations

from collections.abc import Mapping
from functools import cached_property

import httpx2 as httpx

from .. import models as _models
from .._runtime._async_client import AsyncResource
from .._runtime._async_response import AsyncRawView, AsyncStreamingView
from .._runtime._endpoint import Endpoint, ResponseSpec
from .._runtime._sync_client import SyncResource
from .._runtime._sync_response import RawView, StreamingView
from .._runtime._types import NOT_GIVEN, NotGiven, Omit, RequestOptions

__all__ = [
    "AsyncAuthCookieKey",
    "AsyncAuthCookieKeyWithRawResponse",
    "AsyncAuthCookieKeyWithStreamingResponse",
    "AuthCookieKey",
    "AuthCookieKeyWithRawResponse",
    "AuthCookieKeyWithStreamingResponse",
]


_LIST: Endpoint[_models.AuthEcho] = Endpoint(
    method="GET",
    path="/auth/cookie-key",
    responses=(ResponseSpec("200", "json", lambda: _models.AuthEcho),),
    errors=(ResponseSpec("401", "json", lambda: _models.Error),),
    security=(("CookieKey",),),
)


class AuthCookieKey(SyncResource):
    """Operations of the AuthCookieKey resource."""

    @cached_property
    def with_raw_response(self) -> AuthCookieKeyWithRawResponse:
        """These methods, returning the HTTP response (`.parse()` gives the usual result)."""
        return AuthCookieKeyWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AuthCookieKeyWithStreamingResponse:
        """These methods, as context managers over the response, its body not read yet."""
        return AuthCookieKeyWithStreamingResponse(self)

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
        """Authenticate with an API key cookie

        Accepts the `relay_session` cookie.
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


class AuthCookieKeyWithRawResponse:
    """The methods of AuthCookieKey, returning the HTTP response with `parse()` for the result."""

    def __init__(self, owner: AuthCookieKey) -> None:
        self._owner = owner

    list = RawView(AuthCookieKey.list)


class AuthCookieKeyWithStreamingResponse:
    """The methods of AuthCookieKey, returning a context manager over the unread response."""

    def __init__(self, owner: AuthCookieKey) -> None:
        self._owner = owner

    list = StreamingView(AuthCookieKey.list)


class AsyncAuthCookieKey(AsyncResource):
    """Operations of the AuthCookieKey resource."""

    @cached_property
    def with_raw_response(self) -> AsyncAuthCookieKeyWithRawResponse:
        """These methods, returning the HTTP response (`.parse()` gives the usual result)."""
        return AsyncAuthCookieKeyWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncAuthCookieKeyWithStreamingResponse:
        """These methods, as context managers over the response, its body not read yet."""
        return AsyncAuthCookieKeyWithStreamingResponse(self)

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
        """Authenticate with an API key cookie

        Accepts the `relay_session` cookie.
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


class AsyncAuthCookieKeyWithRawResponse:
    """The methods of AsyncAuthCookieKey, returning the HTTP response with `parse()` for the result."""

    def __init__(self, owner: AsyncAuthCookieKey) -> None:
        self._owner = owner

    list = AsyncRawView(AsyncAuthCookieKey.list)


class AsyncAuthCookieKeyWithStreamingResponse:
    """The methods of AsyncAuthCookieKey, returning a context manager over the unread response."""

    def __init__(self, owner: AsyncAuthCookieKey) -> None:
        self._owner = owner

    list = AsyncStreamingView(AsyncAuthCookieKey.list)
