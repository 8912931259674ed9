from collections.abc import Mapping
from functools import cached_property

import httpx2 as httpx

from .. import models as _models
from .._runtime._async_client import AsyncResource
from .._runtime._async_response import AsyncRawView, AsyncStreamingView
from .._runtime._endpoint import Endpoint
from .._runtime._sync_client import SyncResource
from .._runtime._sync_response import RawView, StreamingView
from .._runtime._types import NotGiven, Omit

__all__ = [
    "AsyncAuthBoth",
    "AsyncAuthBothWithRawResponse",
    "AsyncAuthBothWithStreamingResponse",
    "AuthBoth",
    "AuthBothWithRawResponse",
    "AuthBothWithStreamingResponse",
]

_LIST: Endpoint[_models.AuthEcho]

class AuthBoth(SyncResource):
    @cached_property
    def with_raw_response(self) -> AuthBothWithRawResponse: ...
    @cached_property
    def with_streaming_response(self) -> AuthBothWithStreamingResponse: ...
    def list(
        self,
        *,
        extra_headers: Mapping[str, str | Omit | None] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = ...,
        max_retries: int | NotGiven = ...,
        deadline: float | None | NotGiven = ...,
        max_response_size: int | None | NotGiven = ...,
        follow_redirects: bool | NotGiven = ...,
        correlation_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> _models.AuthEcho:
        """Authenticate with two API keys at once

        One security requirement with two schemes: both the `X-API-Key` header and the `api_key` query parameter are needed.

        GET /auth/both
        """

class AuthBothWithRawResponse:
    def __init__(self, owner: AuthBoth) -> None: ...
    list = RawView(AuthBoth.list)

class AuthBothWithStreamingResponse:
    def __init__(self, owner: AuthBoth) -> None: ...
    list = StreamingView(AuthBoth.list)

class AsyncAuthBoth(AsyncResource):
    @cached_property
    def with_raw_response(self) -> AsyncAuthBothWithRawResponse: ...
    @cached_property
    def with_streaming_response(self) -> AsyncAuthBothWithStreamingResponse: ...
    async def list(
        self,
        *,
        extra_headers: Mapping[str, str | Omit | None] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = ...,
        max_retries: int | NotGiven = ...,
        deadline: float | None | NotGiven = ...,
        max_response_size: int | None | NotGiven = ...,
        follow_redirects: bool | NotGiven = ...,
        correlation_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> _models.AuthEcho:
        """Authenticate with two API keys at once

        One security requirement with two schemes: both the `X-API-Key` header and the `api_key` query parameter are needed.

        GET /auth/both
        """

class AsyncAuthBothWithRawResponse:
    def __init__(self, owner: AsyncAuthBoth) -> None: ...
    list = AsyncRawView(AsyncAuthBoth.list)

class AsyncAuthBothWithStreamingResponse:
    def __init__(self, owner: AsyncAuthBoth) -> None: ...
    list = AsyncStreamingView(AsyncAuthBoth.list)
