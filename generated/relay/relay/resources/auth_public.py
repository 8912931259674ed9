"""`client.auth.public`: AuthPublic and its response views."""

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
    "AsyncAuthPublic",
    "AsyncAuthPublicWithRawResponse",
    "AsyncAuthPublicWithStreamingResponse",
    "AuthPublic",
    "AuthPublicWithRawResponse",
    "AuthPublicWithStreamingResponse",
]


_LIST: Endpoint[_models.PublicEcho] = Endpoint(
    method="GET",
    path="/public",
    responses=(ResponseSpec("200", "json", lambda: _models.PublicEcho),),
)


class AuthPublic(SyncResource):
    """Operations of the AuthPublic resource."""

    @cached_property
    def with_raw_response(self) -> AuthPublicWithRawResponse:
        """These methods, returning the HTTP response (`.parse()` gives the usual result)."""
        return AuthPublicWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AuthPublicWithStreamingResponse:
        """These methods, as context managers over the response, its body not read yet."""
        return AuthPublicWithStreamingResponse(self)

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
    ) -> _models.PublicEcho:
        """Call an operation that needs no credentials

        Needs no authentication and never rejects a request. It reports the `Authorization` and `X-API-Key` headers it received, so that a client can be checked not to send credentials where none are required.
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


class AuthPublicWithRawResponse:
    """The methods of AuthPublic, returning the HTTP response with `parse()` for the result."""

    def __init__(self, owner: AuthPublic) -> None:
        self._owner = owner

    list = RawView(AuthPublic.list)


class AuthPublicWithStreamingResponse:
    """The methods of AuthPublic, returning a context manager over the unread response."""

    def __init__(self, owner: AuthPublic) -> None:
        self._owner = owner

    list = StreamingView(AuthPublic.list)


class AsyncAuthPublic(AsyncResource):
    """Operations of the AuthPublic resource."""

    @cached_property
    def with_raw_response(self) -> AsyncAuthPublicWithRawResponse:
        """These methods, returning the HTTP response (`.parse()` gives the usual result)."""
        return AsyncAuthPublicWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncAuthPublicWithStreamingResponse:
        """These methods, as context managers over the response, its body not read yet."""
        return AsyncAuthPublicWithStreamingResponse(self)

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
    ) -> _models.PublicEcho:
        """Call an operation that needs no credentials

        Needs no authentication and never rejects a request. It reports the `Authorization` and `X-API-Key` headers it received, so that a client can be checked not to send credentials where none are required.
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


class AsyncAuthPublicWithRawResponse:
    """The methods of AsyncAuthPublic, returning the HTTP response with `parse()` for the result."""

    def __init__(self, owner: AsyncAuthPublic) -> None:
        self._owner = owner

    list = AsyncRawView(AsyncAuthPublic.list)


class AsyncAuthPublicWithStreamingResponse:
    """The methods of AsyncAuthPublic, returning a context manager over the unread response."""

    def __init__(self, owner: AsyncAuthPublic) -> None:
        self._owner = owner

    list = AsyncStreamingView(AsyncAuthPublic.list)
