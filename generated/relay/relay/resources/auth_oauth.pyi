from collections.abc import Mapping
from functools import cached_property
from typing import Protocol, type_check_only

import httpx

from .. import models as _models
from .._runtime._async_client import AsyncResource
from .._runtime._async_response import (
    AsyncResponseContextManager,
    AsyncStreamedResponse,
)
from .._runtime._response import APIResponse
from .._runtime._sync_client import SyncResource
from .._runtime._sync_response import ResponseContextManager, StreamedResponse
from .._runtime._types import NotGiven
from .auth_oauth_token import (
    AsyncAuthOauthToken,
    AsyncAuthOauthTokenWithRawResponse,
    AsyncAuthOauthTokenWithStreamingResponse,
    AuthOauthToken,
    AuthOauthTokenWithRawResponse,
    AuthOauthTokenWithStreamingResponse,
)

__all__ = [
    "AsyncAuthOauth",
    "AsyncAuthOauthWithRawResponse",
    "AsyncAuthOauthWithStreamingResponse",
    "AuthOauth",
    "AuthOauthWithRawResponse",
    "AuthOauthWithStreamingResponse",
]

class AuthOauth(SyncResource):
    @cached_property
    def with_raw_response(self) -> AuthOauthWithRawResponse: ...
    @cached_property
    def with_streaming_response(self) -> AuthOauthWithStreamingResponse: ...
    def list(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = ...,
        max_retries: int | NotGiven = ...,
        deadline: float | None | NotGiven = ...,
        max_response_size: int | None | NotGiven = ...,
        correlation_id: str | None = None,
    ) -> _models.AuthEcho:
        """GET /auth/oauth"""

    @cached_property
    def token(self) -> AuthOauthToken: ...

@type_check_only
class _Raw_list(Protocol):
    def __call__(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = ...,
        max_retries: int | NotGiven = ...,
        deadline: float | None | NotGiven = ...,
        max_response_size: int | None | NotGiven = ...,
        correlation_id: str | None = None,
    ) -> APIResponse[_models.AuthEcho]: ...

class AuthOauthWithRawResponse:
    def __init__(self, owner: AuthOauth) -> None: ...
    list: _Raw_list
    @cached_property
    def token(self) -> AuthOauthTokenWithRawResponse: ...

@type_check_only
class _Streaming_list(Protocol):
    def __call__(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = ...,
        max_retries: int | NotGiven = ...,
        deadline: float | None | NotGiven = ...,
        max_response_size: int | None | NotGiven = ...,
        correlation_id: str | None = None,
    ) -> ResponseContextManager[StreamedResponse[_models.AuthEcho]]: ...

class AuthOauthWithStreamingResponse:
    def __init__(self, owner: AuthOauth) -> None: ...
    list: _Streaming_list
    @cached_property
    def token(self) -> AuthOauthTokenWithStreamingResponse: ...

class AsyncAuthOauth(AsyncResource):
    @cached_property
    def with_raw_response(self) -> AsyncAuthOauthWithRawResponse: ...
    @cached_property
    def with_streaming_response(self) -> AsyncAuthOauthWithStreamingResponse: ...
    async def list(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = ...,
        max_retries: int | NotGiven = ...,
        deadline: float | None | NotGiven = ...,
        max_response_size: int | None | NotGiven = ...,
        correlation_id: str | None = None,
    ) -> _models.AuthEcho:
        """GET /auth/oauth"""

    @cached_property
    def token(self) -> AsyncAuthOauthToken: ...

@type_check_only
class _AsyncRaw_list(Protocol):
    async def __call__(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = ...,
        max_retries: int | NotGiven = ...,
        deadline: float | None | NotGiven = ...,
        max_response_size: int | None | NotGiven = ...,
        correlation_id: str | None = None,
    ) -> APIResponse[_models.AuthEcho]: ...

class AsyncAuthOauthWithRawResponse:
    def __init__(self, owner: AsyncAuthOauth) -> None: ...
    list: _AsyncRaw_list
    @cached_property
    def token(self) -> AsyncAuthOauthTokenWithRawResponse: ...

@type_check_only
class _AsyncStreaming_list(Protocol):
    def __call__(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = ...,
        max_retries: int | NotGiven = ...,
        deadline: float | None | NotGiven = ...,
        max_response_size: int | None | NotGiven = ...,
        correlation_id: str | None = None,
    ) -> AsyncResponseContextManager[AsyncStreamedResponse[_models.AuthEcho]]: ...

class AsyncAuthOauthWithStreamingResponse:
    def __init__(self, owner: AsyncAuthOauth) -> None: ...
    list: _AsyncStreaming_list
    @cached_property
    def token(self) -> AsyncAuthOauthTokenWithStreamingResponse: ...
