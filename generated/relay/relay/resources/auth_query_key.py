"""`client.auth.query_key`: AuthQueryKey and its response views."""

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
    "AsyncAuthQueryKey",
    "AsyncAuthQueryKeyWithRawResponse",
    "AsyncAuthQueryKeyWithStreamingResponse",
    "AuthQueryKey",
    "AuthQueryKeyWithRawResponse",
    "AuthQueryKeyWithStreamingResponse",
]


_LIST: Endpoint[_models.AuthEcho] = Endpoint(
    method="GET",
    path="/auth/query-key",
    responses=(ResponseSpec("200", "json", lambda: _models.AuthEcho),),
    errors=(ResponseSpec("401", "json", lambda: _models.Error),),
    security=(("QueryKey",),),
)


class AuthQueryKey(SyncResource):
    """Operations of the AuthQueryKey resource."""

    @cached_property
    def with_raw_response(self) -> AuthQueryKeyWithRawResponse:
        """These methods, returning the HTTP response (`.parse()` gives the usual result)."""
        return AuthQueryKeyWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AuthQueryKeyWithStreamingResponse:
        """These methods, as context managers over the response, its body not read yet."""
        return AuthQueryKeyWithStreamingResponse(self)

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
        """Authenticate with an API key query parameter

        Accepts the `api_key` query parameter.
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


class AuthQueryKeyWithRawResponse:
    """The methods of AuthQueryKey, returning the HTTP response with `parse()` for the result."""

    def __init__(self, owner: AuthQueryKey) -> None:
        self._owner = owner

    list = RawView(AuthQueryKey.list)


class AuthQueryKeyWithStreamingResponse:
    """The methods of AuthQueryKey, returning a context manager over the unread response."""

    def __init__(self, owner: AuthQueryKey) -> None:
        self._owner = owner

    list = StreamingView(AuthQueryKey.list)


class AsyncAuthQueryKey(AsyncResource):
    """Operations of the AuthQueryKey resource."""

    @cached_property
    def with_raw_response(self) -> AsyncAuthQueryKeyWithRawResponse:
        """These methods, returning the HTTP response (`.parse()` gives the usual result)."""
        return AsyncAuthQueryKeyWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncAuthQueryKeyWithStreamingResponse:
        """These methods, as context managers over the response, its body not read yet."""
        return AsyncAuthQueryKeyWithStreamingResponse(self)

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
        """Authenticate with an API key query parameter

        Accepts the `api_key` query parameter.
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


class AsyncAuthQueryKeyWithRawResponse:
    """The methods of AsyncAuthQueryKey, returning the HTTP response with `parse()` for the result."""

    def __init__(self, owner: AsyncAuthQueryKey) -> None:
        self._owner = owner

    list = AsyncRawView(AsyncAuthQueryKey.list)


class AsyncAuthQueryKeyWithStreamingResponse:
    """The methods of AsyncAuthQueryKey, returning a context manager over the unread response."""

    def __init__(self, owner: AsyncAuthQueryKey) -> None:
        self._owner = owner

    list = AsyncStreamingView(AsyncAuthQueryKey.list)
