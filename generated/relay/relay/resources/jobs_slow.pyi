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
    "AsyncJobsSlow",
    "AsyncJobsSlowWithRawResponse",
    "AsyncJobsSlowWithStreamingResponse",
    "JobsSlow",
    "JobsSlowWithRawResponse",
    "JobsSlowWithStreamingResponse",
]

class JobsSlow(SyncResource):
    @cached_property
    def with_raw_response(self) -> JobsSlowWithRawResponse: ...
    @cached_property
    def with_streaming_response(self) -> JobsSlowWithStreamingResponse: ...
    def list(
        self,
        *,
        delay: float,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = ...,
        max_retries: int | NotGiven = ...,
        deadline: float | None | NotGiven = ...,
        max_response_size: int | None | NotGiven = ...,
        correlation_id: str | None = None,
    ) -> _models.SlowResult:
        """GET /slow"""

@type_check_only
class _Raw_list(Protocol):
    def __call__(
        self,
        *,
        delay: float,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = ...,
        max_retries: int | NotGiven = ...,
        deadline: float | None | NotGiven = ...,
        max_response_size: int | None | NotGiven = ...,
        correlation_id: str | None = None,
    ) -> APIResponse[_models.SlowResult]: ...

class JobsSlowWithRawResponse:
    def __init__(self, owner: JobsSlow) -> None: ...
    list: _Raw_list

@type_check_only
class _Streaming_list(Protocol):
    def __call__(
        self,
        *,
        delay: float,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = ...,
        max_retries: int | NotGiven = ...,
        deadline: float | None | NotGiven = ...,
        max_response_size: int | None | NotGiven = ...,
        correlation_id: str | None = None,
    ) -> ResponseContextManager[StreamedResponse[_models.SlowResult]]: ...

class JobsSlowWithStreamingResponse:
    def __init__(self, owner: JobsSlow) -> None: ...
    list: _Streaming_list

class AsyncJobsSlow(AsyncResource):
    @cached_property
    def with_raw_response(self) -> AsyncJobsSlowWithRawResponse: ...
    @cached_property
    def with_streaming_response(self) -> AsyncJobsSlowWithStreamingResponse: ...
    async def list(
        self,
        *,
        delay: float,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = ...,
        max_retries: int | NotGiven = ...,
        deadline: float | None | NotGiven = ...,
        max_response_size: int | None | NotGiven = ...,
        correlation_id: str | None = None,
    ) -> _models.SlowResult:
        """GET /slow"""

@type_check_only
class _AsyncRaw_list(Protocol):
    async def __call__(
        self,
        *,
        delay: float,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = ...,
        max_retries: int | NotGiven = ...,
        deadline: float | None | NotGiven = ...,
        max_response_size: int | None | NotGiven = ...,
        correlation_id: str | None = None,
    ) -> APIResponse[_models.SlowResult]: ...

class AsyncJobsSlowWithRawResponse:
    def __init__(self, owner: AsyncJobsSlow) -> None: ...
    list: _AsyncRaw_list

@type_check_only
class _AsyncStreaming_list(Protocol):
    def __call__(
        self,
        *,
        delay: float,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = ...,
        max_retries: int | NotGiven = ...,
        deadline: float | None | NotGiven = ...,
        max_response_size: int | None | NotGiven = ...,
        correlation_id: str | None = None,
    ) -> AsyncResponseContextManager[AsyncStreamedResponse[_models.SlowResult]]: ...

class AsyncJobsSlowWithStreamingResponse:
    def __init__(self, owner: AsyncJobsSlow) -> None: ...
    list: _AsyncStreaming_list
