"""`client.auth.api_key`: AuthApiKey and its response views."""

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
    "AsyncAuthApiKey",
    "AsyncAuthApiKeyWithRawResponse",
    "AsyncAuthApiKeyWithStreamingResponse",
    "AuthApiKey",
    "AuthApiKeyWithRawResponse",
    "AuthApiKeyWithStreamingResponse",
]


_LIST: Endpoint[_models.AuthEcho] = Endpoint(
    method="GET",
    path="/auth/api-key",
    responses=(ResponseSpec("200", "json", lambda: _models.AuthEcho),),
    errors=(ResponseSpec("401", "json", lambda: _models.Error),),
    security=(("ApiKeyAuth",),),
)


class AuthApiKey(SyncResource):
    """Operations of the AuthApiKey resource."""

    @cached_property
    def with_raw_response(self) -> AuthApiKeyWithRawResponse:
        """These methods, returning the HTTP response (`.parse()` gives the usual result)."""
        return AuthApiKeyWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AuthApiKeyWithStreamingResponse:
        """These methods, as context managers over the response, its body not read yet."""
        return AuthApiKeyWithStreamingResponse(self)

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
        """Authenticate with an API key header

        Accepts the `X-API-Key` header (the default security of the API).
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


class AuthApiKeyWithRawResponse:
    """The methods of AuthApiKey, returning the HTTP response with `parse()` for the result."""

    def __init__(self, owner: AuthApiKey) -> None:
        self._owner = owner

    list = RawView(AuthApiKey.list)


class AuthApiKeyWithStreamingResponse:
    """The methods of AuthApiKey, returning a context manager over the unread response."""

    def __init__(self, owner: AuthApiKey) -> None:
        self._owner = owner

    list = StreamingView(AuthApiKey.list)


class AsyncAuthApiKey(AsyncResource):
    """Operations of the AuthApiKey resource."""

    @cached_property
    def with_raw_response(self) -> AsyncAuthApiKeyWithRawResponse:
        """These methods, returning the HTTP response (`.parse()` gives the usual result)."""
        return AsyncAuthApiKeyWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncAuthApiKeyWithStreamingResponse:
        """These methods, as context managers over the response, its body not read yet."""
        return AsyncAuthApiKeyWithStreamingResponse(self)

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
        """Authenticate with an API key header

        Accepts the `X-API-Key` header (the default security of the API).
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


class AsyncAuthApiKeyWithRawResponse:
    """The methods of AsyncAuthApiKey, returning the HTTP response with `parse()` for the result."""

    def __init__(self, owner: AsyncAuthApiKey) -> None:
        self._owner = owner

    list = AsyncRawView(AsyncAuthApiKey.list)


class AsyncAuthApiKeyWithStreamingResponse:
    """The methods of AsyncAuthApiKey, returning a context manager over the unread response."""

    def __init__(self, owner: AsyncAuthApiKey) -> None:
        self._owner = owner

    list = AsyncStreamingView(AsyncAuthApiKey.list)
