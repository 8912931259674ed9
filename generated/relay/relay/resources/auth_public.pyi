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
    "AsyncAuthPublic",
    "AsyncAuthPublicWithRawResponse",
    "AsyncAuthPublicWithStreamingResponse",
    "AuthPublic",
    "AuthPublicWithRawResponse",
    "AuthPublicWithStreamingResponse",
]

_LIST: Endpoint[_models.PublicEcho]

class AuthPublic(SyncResource):
    @cached_property
    def with_raw_response(self) -> AuthPublicWithRawResponse: ...
    @cached_property
    def with_streaming_response(self) -> AuthPublicWithStreamingResponse: ...
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
    ) -> _models.PublicEcho:
        """Call an operation that needs no credentials

        Needs no authentication and never rejects a request. It reports the `Authorization` and `X-API-Key` headers it received, so that a client can be checked not to send credentials where none are required.

        GET /public
        """

class AuthPublicWithRawResponse:
    def __init__(self, owner: AuthPublic) -> None: ...
    list = RawView(AuthPublic.list)

class AuthPublicWithStreamingResponse:
    def __init__(self, owner: AuthPublic) -> None: ...
    list = StreamingView(AuthPublic.list)

class AsyncAuthPublic(AsyncResource):
    @cached_property
    def with_raw_response(self) -> AsyncAuthPublicWithRawResponse: ...
    @cached_property
    def with_streaming_response(self) -> AsyncAuthPublicWithStreamingResponse: ...
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
    ) -> _models.PublicEcho:
        """Call an operation that needs no credentials

        Needs no authentication and never rejects a request. It reports the `Authorization` and `X-API-Key` headers it received, so that a client can be checked not to send credentials where none are required.

        GET /public
        """

class AsyncAuthPublicWithRawResponse:
    def __init__(self, owner: AsyncAuthPublic) -> None: ...
    list = AsyncRawView(AsyncAuthPublic.list)

class AsyncAuthPublicWithStreamingResponse:
    def __init__(self, owner: AsyncAuthPublic) -> None: ...
    list = AsyncStreamingView(AsyncAuthPublic.list)
