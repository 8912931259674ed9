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
    "AsyncAuthBoth",
    "AsyncAuthBothWithRawResponse",
    "AsyncAuthBothWithStreamingResponse",
    "AuthBoth",
    "AuthBothWithRawResponse",
    "AuthBothWithStreamingResponse",
]

class AuthBoth(SyncResource):
    @cached_property
    def with_raw_response(self) -> AuthBothWithRawResponse: ...
    @cached_property
    def with_streaming_response(self) -> AuthBothWithStreamingResponse: ...
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
        """GET /auth/both"""

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

class AuthBothWithRawResponse:
    def __init__(self, owner: AuthBoth) -> None: ...
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

class AuthBothWithStreamingResponse:
    def __init__(self, owner: AuthBoth) -> None: ...
    list: _Streaming_list

class AsyncAuthBoth(AsyncResource):
    @cached_property
    def with_raw_response(self) -> AsyncAuthBothWithRawResponse: ...
    @cached_property
    def with_streaming_response(self) -> AsyncAuthBothWithStreamingResponse: ...
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
        """GET /auth/both"""

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

class AsyncAuthBothWithRawResponse:
    def __init__(self, owner: AsyncAuthBoth) -> None: ...
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

class AsyncAuthBothWithStreamingResponse:
    def __init__(self, owner: AsyncAuthBoth) -> None: ...
    list: _AsyncStreaming_list
