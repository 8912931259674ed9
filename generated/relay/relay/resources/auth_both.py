"""`client.auth.both`: AuthBoth and its response views."""

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
    "AsyncAuthBoth",
    "AsyncAuthBothWithRawResponse",
    "AsyncAuthBothWithStreamingResponse",
    "AuthBoth",
    "AuthBothWithRawResponse",
    "AuthBothWithStreamingResponse",
]


_LIST: Endpoint[_models.AuthEcho] = Endpoint(
    method="GET",
    path="/auth/both",
    responses=(ResponseSpec("200", "json", lambda: _models.AuthEcho),),
    errors=(ResponseSpec("401", "json", lambda: _models.Error),),
    security=(("ApiKeyAuth", "QueryKey"),),
)


class AuthBoth(SyncResource):
    """Operations of the AuthBoth resource."""

    @cached_property
    def with_raw_response(self) -> AuthBothWithRawResponse:
        """These methods, returning the HTTP response (`.parse()` gives the usual result)."""
        return AuthBothWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AuthBothWithStreamingResponse:
        """These methods, as context managers over the response, its body not read yet."""
        return AuthBothWithStreamingResponse(self)

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
        """Authenticate with two API keys at once

        One security requirement with two schemes: both the `X-API-Key` header and the `api_key` query parameter are needed.
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


class AuthBothWithRawResponse:
    """The methods of AuthBoth, returning the HTTP response with `parse()` for the result."""

    def __init__(self, owner: AuthBoth) -> None:
        self._owner = owner

    list = RawView(AuthBoth.list)


class AuthBothWithStreamingResponse:
    """The methods of AuthBoth, returning a context manager over the unread response."""

    def __init__(self, owner: AuthBoth) -> None:
        self._owner = owner

    list = StreamingView(AuthBoth.list)


class AsyncAuthBoth(AsyncResource):
    """Operations of the AuthBoth resource."""

    @cached_property
    def with_raw_response(self) -> AsyncAuthBothWithRawResponse:
        """These methods, returning the HTTP response (`.parse()` gives the usual result)."""
        return AsyncAuthBothWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncAuthBothWithStreamingResponse:
        """These methods, as context managers over the response, its body not read yet."""
        return AsyncAuthBothWithStreamingResponse(self)

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
        """Authenticate with two API keys at once

        One security requirement with two schemes: both the `X-API-Key` header and the `api_key` query parameter are needed.
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


class AsyncAuthBothWithRawResponse:
    """The methods of AsyncAuthBoth, returning the HTTP response with `parse()` for the result."""

    def __init__(self, owner: AsyncAuthBoth) -> None:
        self._owner = owner

    list = AsyncRawView(AsyncAuthBoth.list)


class AsyncAuthBothWithStreamingResponse:
    """The methods of AsyncAuthBoth, returning a context manager over the unread response."""

    def __init__(self, owner: AsyncAuthBoth) -> None:
        self._owner = owner

    list = AsyncStreamingView(AsyncAuthBoth.list)
