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
    "AsyncAuthApiKey",
    "AsyncAuthApiKeyWithRawResponse",
    "AsyncAuthApiKeyWithStreamingResponse",
    "AuthApiKey",
    "AuthApiKeyWithRawResponse",
    "AuthApiKeyWithStreamingResponse",
]

_LIST: Endpoint[_models.AuthEcho]

class AuthApiKey(SyncResource):
    @cached_property
    def with_raw_response(self) -> AuthApiKeyWithRawResponse: ...
    @cached_property
    def with_streaming_response(self) -> AuthApiKeyWithStreamingResponse: ...
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
        """Authenticate with an API key header

        Accepts the `X-API-Key` header (the default security of the API).

        GET /auth/api-key
        """

class AuthApiKeyWithRawResponse:
    def __init__(self, owner: AuthApiKey) -> None: ...
    list = RawView(AuthApiKey.list)

class AuthApiKeyWithStreamingResponse:
    def __init__(self, owner: AuthApiKey) -> None: ...
    list = StreamingView(AuthApiKey.list)

class AsyncAuthApiKey(AsyncResource):
    @cached_property
    def with_raw_response(self) -> AsyncAuthApiKeyWithRawResponse: ...
    @cached_property
    def with_streaming_response(self) -> AsyncAuthApiKeyWithStreamingResponse: ...
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
        """Authenticate with an API key header

        Accepts the `X-API-Key` header (the default security of the API).

        GET /auth/api-key
        """

class AsyncAuthApiKeyWithRawResponse:
    def __init__(self, owner: AsyncAuthApiKey) -> None: ...
    list = AsyncRawView(AsyncAuthApiKey.list)

class AsyncAuthApiKeyWithStreamingResponse:
    def __init__(self, owner: AsyncAuthApiKey) -> None: ...
    list = AsyncStreamingView(AsyncAuthApiKey.list)
