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

__all__ = [
    "AsyncAuthQueryKey",
    "AsyncAuthQueryKeyWithRawResponse",
    "AsyncAuthQueryKeyWithStreamingResponse",
    "AuthQueryKey",
    "AuthQueryKeyWithRawResponse",
    "AuthQueryKeyWithStreamingResponse",
]

class AuthQueryKey(SyncResource):
    @cached_property
    def with_raw_response(self) -> AuthQueryKeyWithRawResponse: ...
    @cached_property
    def with_streaming_response(self) -> AuthQueryKeyWithStreamingResponse: ...
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
        """GET /auth/query-key"""

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

class AuthQueryKeyWithRawResponse:
    def __init__(self, owner: AuthQueryKey) -> None: ...
    list: _Raw_list

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

class AuthQueryKeyWithStreamingResponse:
    def __init__(self, owner: AuthQueryKey) -> None: ...
    list: _Streaming_list

class AsyncAuthQueryKey(AsyncResource):
    @cached_property
    def with_raw_response(self) -> AsyncAuthQueryKeyWithRawResponse: ...
    @cached_property
    def with_streaming_response(self) -> AsyncAuthQueryKeyWithStreamingResponse: ...
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
        """GET /auth/query-key"""

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

class AsyncAuthQueryKeyWithRawResponse:
    def __init__(self, owner: AsyncAuthQueryKey) -> None: ...
    list: _AsyncRaw_list

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

class AsyncAuthQueryKeyWithStreamingResponse:
    def __init__(self, owner: AsyncAuthQueryKey) -> None: ...
    list: _AsyncStreaming_list
