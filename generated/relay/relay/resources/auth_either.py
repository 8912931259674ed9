"""`client.auth.either`: AuthEither and its response views."""

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
    "AsyncAuthEither",
    "AsyncAuthEitherWithRawResponse",
    "AsyncAuthEitherWithStreamingResponse",
    "AuthEither",
    "AuthEitherWithRawResponse",
    "AuthEitherWithStreamingResponse",
]


_LIST: Endpoint[_models.AuthEcho] = Endpoint(
    method="GET",
    path="/auth/either",
    responses=(ResponseSpec("200", "json", lambda: _models.AuthEcho),),
    errors=(ResponseSpec("401", "json", lambda: _models.Error),),
    security=(("BearerAuth",), ("ApiKeyAuth",)),
)


class AuthEither(SyncResource):
    """Operations of the AuthEither resource."""

    @cached_property
    def with_raw_response(self) -> AuthEitherWithRawResponse:
        """These methods, returning the HTTP response (`.parse()` gives the usual result)."""
        return AuthEitherWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AuthEitherWithStreamingResponse:
        """These methods, as context managers over the response, its body not read yet."""
        return AuthEitherWithStreamingResponse(self)

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
        """Authenticate with a bearer token or an API key

        Two alternative security requirements: either a bearer token or the `X-API-Key` header is enough.
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


class AuthEitherWithRawResponse:
    """The methods of AuthEither, returning the HTTP response with `parse()` for the result."""

    def __init__(self, owner: AuthEither) -> None:
        self._owner = owner

    list = RawView(AuthEither.list)


class AuthEitherWithStreamingResponse:
    """The methods of AuthEither, returning a context manager over the unread response."""

    def __init__(self, owner: AuthEither) -> None:
        self._owner = owner

    list = StreamingView(AuthEither.list)


class AsyncAuthEither(AsyncResource):
    """Operations of the AuthEither resource."""

    @cached_property
    def with_raw_response(self) -> AsyncAuthEitherWithRawResponse:
        """These methods, returning the HTTP response (`.parse()` gives the usual result)."""
        return AsyncAuthEitherWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncAuthEitherWithStreamingResponse:
        """These methods, as context managers over the response, its body not read yet."""
        return AsyncAuthEitherWithStreamingResponse(self)

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
        """Authenticate with a bearer token or an API key

        Two alternative security requirements: either a bearer token or the `X-API-Key` header is enough.
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


class AsyncAuthEitherWithRawResponse:
    """The methods of AsyncAuthEither, returning the HTTP response with `parse()` for the result."""

    def __init__(self, owner: AsyncAuthEither) -> None:
        self._owner = owner

    list = AsyncRawView(AsyncAuthEither.list)


class AsyncAuthEitherWithStreamingResponse:
    """The methods of AsyncAuthEither, returning a context manager over the unread response."""

    def __init__(self, owner: AsyncAuthEither) -> None:
        self._owner = owner

    list = AsyncStreamingView(AsyncAuthEither.list)
