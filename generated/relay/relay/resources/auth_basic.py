"""`client.auth.basic`: AuthBasic and its response views."""

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
    "AsyncAuthBasic",
    "AsyncAuthBasicWithRawResponse",
    "AsyncAuthBasicWithStreamingResponse",
    "AuthBasic",
    "AuthBasicWithRawResponse",
    "AuthBasicWithStreamingResponse",
]


_LIST: Endpoint[_models.AuthEcho] = Endpoint(
    method="GET",
    path="/auth/basic",
    responses=(ResponseSpec("200", "json", lambda: _models.AuthEcho),),
    errors=(ResponseSpec("401", "json", lambda: _models.Error),),
    security=(("BasicAuth",),),
)


class AuthBasic(SyncResource):
    """Operations of the AuthBasic resource."""

    @cached_property
    def with_raw_response(self) -> AuthBasicWithRawResponse:
        """These methods, returning the HTTP response (`.parse()` gives the usual result)."""
        return AuthBasicWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AuthBasicWithStreamingResponse:
        """These methods, as context managers over the response, its body not read yet."""
        return AuthBasicWithStreamingResponse(self)

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
        """Authenticate with HTTP basic authentication

        Accepts `Authorization: Basic <base64(user:password)>`.
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


class AuthBasicWithRawResponse:
    """The methods of AuthBasic, returning the HTTP response with `parse()` for the result."""

    def __init__(self, owner: AuthBasic) -> None:
        self._owner = owner

    list = RawView(AuthBasic.list)


class AuthBasicWithStreamingResponse:
    """The methods of AuthBasic, returning a context manager over the unread response."""

    def __init__(self, owner: AuthBasic) -> None:
        self._owner = owner

    list = StreamingView(AuthBasic.list)


class AsyncAuthBasic(AsyncResource):
    """Operations of the AuthBasic resource."""

    @cached_property
    def with_raw_response(self) -> AsyncAuthBasicWithRawResponse:
        """These methods, returning the HTTP response (`.parse()` gives the usual result)."""
        return AsyncAuthBasicWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncAuthBasicWithStreamingResponse:
        """These methods, as context managers over the response, its body not read yet."""
        return AsyncAuthBasicWithStreamingResponse(self)

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
        """Authenticate with HTTP basic authentication

        Accepts `Authorization: Basic <base64(user:password)>`.
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


class AsyncAuthBasicWithRawResponse:
    """The methods of AsyncAuthBasic, returning the HTTP response with `parse()` for the result."""

    def __init__(self, owner: AsyncAuthBasic) -> None:
        self._owner = owner

    list = AsyncRawView(AsyncAuthBasic.list)


class AsyncAuthBasicWithStreamingResponse:
    """The methods of AsyncAuthBasic, returning a context manager over the unread response."""

    def __init__(self, owner: AsyncAuthBasic) -> None:
        self._owner = owner

    list = AsyncStreamingView(AsyncAuthBasic.list)
