"""`client.auth.bearer`: AuthBearer and its response views."""

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
    "AsyncAuthBearer",
    "AsyncAuthBearerWithRawResponse",
    "AsyncAuthBearerWithStreamingResponse",
    "AuthBearer",
    "AuthBearerWithRawResponse",
    "AuthBearerWithStreamingResponse",
]


_LIST: Endpoint[_models.AuthEcho] = Endpoint(
    method="GET",
    path="/auth/bearer",
    responses=(ResponseSpec("200", "json", lambda: _models.AuthEcho),),
    errors=(ResponseSpec("401", "json", lambda: _models.Error),),
    security=(("BearerAuth",),),
)


class AuthBearer(SyncResource):
    """Operations of the AuthBearer resource."""

    @cached_property
    def with_raw_response(self) -> AuthBearerWithRawResponse:
        """These methods, returning the HTTP response (`.parse()` gives the usual result)."""
        return AuthBearerWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AuthBearerWithStreamingResponse:
        """These methods, as context managers over the response, its body not read yet."""
        return AuthBearerWithStreamingResponse(self)

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
        """Authenticate with a bearer token

        Accepts `Authorization: Bearer <token>`.
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


class AuthBearerWithRawResponse:
    """The methods of AuthBearer, returning the HTTP response with `parse()` for the result."""

    def __init__(self, owner: AuthBearer) -> None:
        self._owner = owner

    list = RawView(AuthBearer.list)


class AuthBearerWithStreamingResponse:
    """The methods of AuthBearer, returning a context manager over the unread response."""

    def __init__(self, owner: AuthBearer) -> None:
        self._owner = owner

    list = StreamingView(AuthBearer.list)


class AsyncAuthBearer(AsyncResource):
    """Operations of the AuthBearer resource."""

    @cached_property
    def with_raw_response(self) -> AsyncAuthBearerWithRawResponse:
        """These methods, returning the HTTP response (`.parse()` gives the usual result)."""
        return AsyncAuthBearerWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncAuthBearerWithStreamingResponse:
        """These methods, as context managers over the response, its body not read yet."""
        return AsyncAuthBearerWithStreamingResponse(self)

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
        """Authenticate with a bearer token

        Accepts `Authorization: Bearer <token>`.
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


class AsyncAuthBearerWithRawResponse:
    """The methods of AsyncAuthBearer, returning the HTTP response with `parse()` for the result."""

    def __init__(self, owner: AsyncAuthBearer) -> None:
        self._owner = owner

    list = AsyncRawView(AsyncAuthBearer.list)


class AsyncAuthBearerWithStreamingResponse:
    """The methods of AsyncAuthBearer, returning a context manager over the unread response."""

    def __init__(self, owner: AsyncAuthBearer) -> None:
        self._owner = owner

    list = AsyncStreamingView(AsyncAuthBearer.list)
