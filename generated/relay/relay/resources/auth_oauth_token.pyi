from collections.abc import Mapping
from functools import cached_property
from typing import Any, Protocol, overload, type_check_only

import httpx2 as httpx

from .. import models as _models
from .._runtime._async_client import AsyncResource
from .._runtime._async_response import (
    AsyncResponseContextManager,
    AsyncStreamedResponse,
)
from .._runtime._response import APIResponse
from .._runtime._sync_client import SyncResource
from .._runtime._sync_response import (
    ResponseContextManager,
    StreamedResponse,
)
from .._runtime._types import NotGiven

__all__ = [
    "AsyncAuthOauthToken",
    "AsyncAuthOauthTokenWithRawResponse",
    "AsyncAuthOauthTokenWithStreamingResponse",
    "AuthOauthToken",
    "AuthOauthTokenWithRawResponse",
    "AuthOauthTokenWithStreamingResponse",
]

class AuthOauthToken(SyncResource):
    @cached_property
    def with_raw_response(self) -> AuthOauthTokenWithRawResponse: ...
    @cached_property
    def with_streaming_response(self) -> AuthOauthTokenWithStreamingResponse: ...
    @overload
    def create(
        self,
        *,
        grant_type: str,
        client_id: str | NotGiven = ...,
        client_secret: str | NotGiven = ...,
        scope: str | NotGiven = ...,
        extra_body: dict[str, Any] | None = None,
        body: None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = ...,
        max_retries: int | NotGiven = ...,
        deadline: float | None | NotGiven = ...,
        max_response_size: int | None | NotGiven = ...,
        correlation_id: str | None = None,
    ) -> _models.TokenResponse: ...
    @overload
    def create(
        self,
        *,
        grant_type: NotGiven = ...,
        body: _models.TokenRequest | _models.TokenRequestParam,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = ...,
        max_retries: int | NotGiven = ...,
        deadline: float | None | NotGiven = ...,
        max_response_size: int | None | NotGiven = ...,
        correlation_id: str | None = None,
    ) -> _models.TokenResponse: ...

@type_check_only
class _Raw_create(Protocol):
    @overload
    def __call__(
        self,
        *,
        grant_type: str,
        client_id: str | NotGiven = ...,
        client_secret: str | NotGiven = ...,
        scope: str | NotGiven = ...,
        extra_body: dict[str, Any] | None = None,
        body: None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = ...,
        max_retries: int | NotGiven = ...,
        deadline: float | None | NotGiven = ...,
        max_response_size: int | None | NotGiven = ...,
        correlation_id: str | None = None,
    ) -> APIResponse[_models.TokenResponse]: ...
    @overload
    def __call__(
        self,
        *,
        grant_type: NotGiven = ...,
        body: _models.TokenRequest | _models.TokenRequestParam,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = ...,
        max_retries: int | NotGiven = ...,
        deadline: float | None | NotGiven = ...,
        max_response_size: int | None | NotGiven = ...,
        correlation_id: str | None = None,
    ) -> APIResponse[_models.TokenResponse]: ...

class AuthOauthTokenWithRawResponse:
    def __init__(self, owner: AuthOauthToken) -> None: ...
    create: _Raw_create

@type_check_only
class _Streaming_create(Protocol):
    @overload
    def __call__(
        self,
        *,
        grant_type: str,
        client_id: str | NotGiven = ...,
        client_secret: str | NotGiven = ...,
        scope: str | NotGiven = ...,
        extra_body: dict[str, Any] | None = None,
        body: None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = ...,
        max_retries: int | NotGiven = ...,
        deadline: float | None | NotGiven = ...,
        max_response_size: int | None | NotGiven = ...,
        correlation_id: str | None = None,
    ) -> ResponseContextManager[StreamedResponse[_models.TokenResponse]]: ...
    @overload
    def __call__(
        self,
        *,
        grant_type: NotGiven = ...,
        body: _models.TokenRequest | _models.TokenRequestParam,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = ...,
        max_retries: int | NotGiven = ...,
        deadline: float | None | NotGiven = ...,
        max_response_size: int | None | NotGiven = ...,
        correlation_id: str | None = None,
    ) -> ResponseContextManager[StreamedResponse[_models.TokenResponse]]: ...

class AuthOauthTokenWithStreamingResponse:
    def __init__(self, owner: AuthOauthToken) -> None: ...
    create: _Streaming_create

class AsyncAuthOauthToken(AsyncResource):
    @cached_property
    def with_raw_response(self) -> AsyncAuthOauthTokenWithRawResponse: ...
    @cached_property
    def with_streaming_response(self) -> AsyncAuthOauthTokenWithStreamingResponse: ...
    @overload
    async def create(
        self,
        *,
        grant_type: str,
        client_id: str | NotGiven = ...,
        client_secret: str | NotGiven = ...,
        scope: str | NotGiven = ...,
        extra_body: dict[str, Any] | None = None,
        body: None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = ...,
        max_retries: int | NotGiven = ...,
        deadline: float | None | NotGiven = ...,
        max_response_size: int | None | NotGiven = ...,
        correlation_id: str | None = None,
    ) -> _models.TokenResponse: ...
    @overload
    async def create(
        self,
        *,
        grant_type: NotGiven = ...,
        body: _models.TokenRequest | _models.TokenRequestParam,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = ...,
        max_retries: int | NotGiven = ...,
        deadline: float | None | NotGiven = ...,
        max_response_size: int | None | NotGiven = ...,
        correlation_id: str | None = None,
    ) -> _models.TokenResponse: ...

@type_check_only
class _AsyncRaw_create(Protocol):
    @overload
    async def __call__(
        self,
        *,
        grant_type: str,
        client_id: str | NotGiven = ...,
        client_secret: str | NotGiven = ...,
        scope: str | NotGiven = ...,
        extra_body: dict[str, Any] | None = None,
        body: None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = ...,
        max_retries: int | NotGiven = ...,
        deadline: float | None | NotGiven = ...,
        max_response_size: int | None | NotGiven = ...,
        correlation_id: str | None = None,
    ) -> APIResponse[_models.TokenResponse]: ...
    @overload
    async def __call__(
        self,
        *,
        grant_type: NotGiven = ...,
        body: _models.TokenRequest | _models.TokenRequestParam,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = ...,
        max_retries: int | NotGiven = ...,
        deadline: float | None | NotGiven = ...,
        max_response_size: int | None | NotGiven = ...,
        correlation_id: str | None = None,
    ) -> APIResponse[_models.TokenResponse]: ...

class AsyncAuthOauthTokenWithRawResponse:
    def __init__(self, owner: AsyncAuthOauthToken) -> None: ...
    create: _AsyncRaw_create

@type_check_only
class _AsyncStreaming_create(Protocol):
    @overload
    def __call__(
        self,
        *,
        grant_type: str,
        client_id: str | NotGiven = ...,
        client_secret: str | NotGiven = ...,
        scope: str | NotGiven = ...,
        extra_body: dict[str, Any] | None = None,
        body: None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = ...,
        max_retries: int | NotGiven = ...,
        deadline: float | None | NotGiven = ...,
        max_response_size: int | None | NotGiven = ...,
        correlation_id: str | None = None,
    ) -> AsyncResponseContextManager[AsyncStreamedResponse[_models.TokenResponse]]: ...
    @overload
    def __call__(
        self,
        *,
        grant_type: NotGiven = ...,
        body: _models.TokenRequest | _models.TokenRequestParam,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = ...,
        max_retries: int | NotGiven = ...,
        deadline: float | None | NotGiven = ...,
        max_response_size: int | None | NotGiven = ...,
        correlation_id: str | None = None,
    ) -> AsyncResponseContextManager[AsyncStreamedResponse[_models.TokenResponse]]: ...

class AsyncAuthOauthTokenWithStreamingResponse:
    def __init__(self, owner: AsyncAuthOauthToken) -> None: ...
    create: _AsyncStreaming_create
