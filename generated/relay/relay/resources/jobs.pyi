from collections.abc import Mapping
from functools import cached_property
from typing import Any, Protocol, type_check_only

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
from .jobs_slow import (
    AsyncJobsSlow,
    AsyncJobsSlowWithRawResponse,
    AsyncJobsSlowWithStreamingResponse,
    JobsSlow,
    JobsSlowWithRawResponse,
    JobsSlowWithStreamingResponse,
)

__all__ = [
    "AsyncJobs",
    "AsyncJobsWithRawResponse",
    "AsyncJobsWithStreamingResponse",
    "Jobs",
    "JobsWithRawResponse",
    "JobsWithStreamingResponse",
]

class Jobs(SyncResource):
    @cached_property
    def with_raw_response(self) -> JobsWithRawResponse: ...
    @cached_property
    def with_streaming_response(self) -> JobsWithStreamingResponse: ...
    def create(
        self,
        *,
        body: _models.JobCreate | dict[str, Any],
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = ...,
        max_retries: int | NotGiven = ...,
        deadline: float | None | NotGiven = ...,
        max_response_size: int | None | NotGiven = ...,
        correlation_id: str | None = None,
    ) -> _models.Job:
        """POST /jobs"""

    def retrieve(
        self,
        job_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = ...,
        max_retries: int | NotGiven = ...,
        deadline: float | None | NotGiven = ...,
        max_response_size: int | None | NotGiven = ...,
        correlation_id: str | None = None,
    ) -> _models.Job:
        """GET /jobs/{job_id}"""

    def replace(
        self,
        job_id: str,
        *,
        body: _models.JobCreate | dict[str, Any],
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = ...,
        max_retries: int | NotGiven = ...,
        deadline: float | None | NotGiven = ...,
        max_response_size: int | None | NotGiven = ...,
        correlation_id: str | None = None,
    ) -> _models.Job:
        """PUT /jobs/{job_id}"""

    def delete(
        self,
        job_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = ...,
        max_retries: int | NotGiven = ...,
        deadline: float | None | NotGiven = ...,
        max_response_size: int | None | NotGiven = ...,
        correlation_id: str | None = None,
    ) -> None:
        """DELETE /jobs/{job_id}"""

    def update(
        self,
        job_id: str,
        *,
        body: _models.JobUpdate | dict[str, Any],
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = ...,
        max_retries: int | NotGiven = ...,
        deadline: float | None | NotGiven = ...,
        max_response_size: int | None | NotGiven = ...,
        correlation_id: str | None = None,
    ) -> _models.Job:
        """PATCH /jobs/{job_id}"""

    @cached_property
    def slow(self) -> JobsSlow: ...

@type_check_only
class _Raw_create(Protocol):
    def __call__(
        self,
        *,
        body: _models.JobCreate | dict[str, Any],
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = ...,
        max_retries: int | NotGiven = ...,
        deadline: float | None | NotGiven = ...,
        max_response_size: int | None | NotGiven = ...,
        correlation_id: str | None = None,
    ) -> APIResponse[_models.Job]: ...

@type_check_only
class _Raw_retrieve(Protocol):
    def __call__(
        self,
        job_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = ...,
        max_retries: int | NotGiven = ...,
        deadline: float | None | NotGiven = ...,
        max_response_size: int | None | NotGiven = ...,
        correlation_id: str | None = None,
    ) -> APIResponse[_models.Job]: ...

@type_check_only
class _Raw_replace(Protocol):
    def __call__(
        self,
        job_id: str,
        *,
        body: _models.JobCreate | dict[str, Any],
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = ...,
        max_retries: int | NotGiven = ...,
        deadline: float | None | NotGiven = ...,
        max_response_size: int | None | NotGiven = ...,
        correlation_id: str | None = None,
    ) -> APIResponse[_models.Job]: ...

@type_check_only
class _Raw_delete(Protocol):
    def __call__(
        self,
        job_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = ...,
        max_retries: int | NotGiven = ...,
        deadline: float | None | NotGiven = ...,
        max_response_size: int | None | NotGiven = ...,
        correlation_id: str | None = None,
    ) -> APIResponse[None]: ...

@type_check_only
class _Raw_update(Protocol):
    def __call__(
        self,
        job_id: str,
        *,
        body: _models.JobUpdate | dict[str, Any],
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = ...,
        max_retries: int | NotGiven = ...,
        deadline: float | None | NotGiven = ...,
        max_response_size: int | None | NotGiven = ...,
        correlation_id: str | None = None,
    ) -> APIResponse[_models.Job]: ...

class JobsWithRawResponse:
    def __init__(self, owner: Jobs) -> None: ...
    create: _Raw_create
    retrieve: _Raw_retrieve
    replace: _Raw_replace
    delete: _Raw_delete
    update: _Raw_update
    @cached_property
    def slow(self) -> JobsSlowWithRawResponse: ...

@type_check_only
class _Streaming_create(Protocol):
    def __call__(
        self,
        *,
        body: _models.JobCreate | dict[str, Any],
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = ...,
        max_retries: int | NotGiven = ...,
        deadline: float | None | NotGiven = ...,
        max_response_size: int | None | NotGiven = ...,
        correlation_id: str | None = None,
    ) -> ResponseContextManager[StreamedResponse[_models.Job]]: ...

@type_check_only
class _Streaming_retrieve(Protocol):
    def __call__(
        self,
        job_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = ...,
        max_retries: int | NotGiven = ...,
        deadline: float | None | NotGiven = ...,
        max_response_size: int | None | NotGiven = ...,
        correlation_id: str | None = None,
    ) -> ResponseContextManager[StreamedResponse[_models.Job]]: ...

@type_check_only
class _Streaming_replace(Protocol):
    def __call__(
        self,
        job_id: str,
        *,
        body: _models.JobCreate | dict[str, Any],
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = ...,
        max_retries: int | NotGiven = ...,
        deadline: float | None | NotGiven = ...,
        max_response_size: int | None | NotGiven = ...,
        correlation_id: str | None = None,
    ) -> ResponseContextManager[StreamedResponse[_models.Job]]: ...

@type_check_only
class _Streaming_delete(Protocol):
    def __call__(
        self,
        job_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = ...,
        max_retries: int | NotGiven = ...,
        deadline: float | None | NotGiven = ...,
        max_response_size: int | None | NotGiven = ...,
        correlation_id: str | None = None,
    ) -> ResponseContextManager[StreamedResponse[None]]: ...

@type_check_only
class _Streaming_update(Protocol):
    def __call__(
        self,
        job_id: str,
        *,
        body: _models.JobUpdate | dict[str, Any],
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = ...,
        max_retries: int | NotGiven = ...,
        deadline: float | None | NotGiven = ...,
        max_response_size: int | None | NotGiven = ...,
        correlation_id: str | None = None,
    ) -> ResponseContextManager[StreamedResponse[_models.Job]]: ...

class JobsWithStreamingResponse:
    def __init__(self, owner: Jobs) -> None: ...
    create: _Streaming_create
    retrieve: _Streaming_retrieve
    replace: _Streaming_replace
    delete: _Streaming_delete
    update: _Streaming_update
    @cached_property
    def slow(self) -> JobsSlowWithStreamingResponse: ...

class AsyncJobs(AsyncResource):
    @cached_property
    def with_raw_response(self) -> AsyncJobsWithRawResponse: ...
    @cached_property
    def with_streaming_response(self) -> AsyncJobsWithStreamingResponse: ...
    async def create(
        self,
        *,
        body: _models.JobCreate | dict[str, Any],
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = ...,
        max_retries: int | NotGiven = ...,
        deadline: float | None | NotGiven = ...,
        max_response_size: int | None | NotGiven = ...,
        correlation_id: str | None = None,
    ) -> _models.Job:
        """POST /jobs"""

    async def retrieve(
        self,
        job_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = ...,
        max_retries: int | NotGiven = ...,
        deadline: float | None | NotGiven = ...,
        max_response_size: int | None | NotGiven = ...,
        correlation_id: str | None = None,
    ) -> _models.Job:
        """GET /jobs/{job_id}"""

    async def replace(
        self,
        job_id: str,
        *,
        body: _models.JobCreate | dict[str, Any],
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = ...,
        max_retries: int | NotGiven = ...,
        deadline: float | None | NotGiven = ...,
        max_response_size: int | None | NotGiven = ...,
        correlation_id: str | None = None,
    ) -> _models.Job:
        """PUT /jobs/{job_id}"""

    async def delete(
        self,
        job_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = ...,
        max_retries: int | NotGiven = ...,
        deadline: float | None | NotGiven = ...,
        max_response_size: int | None | NotGiven = ...,
        correlation_id: str | None = None,
    ) -> None:
        """DELETE /jobs/{job_id}"""

    async def update(
        self,
        job_id: str,
        *,
        body: _models.JobUpdate | dict[str, Any],
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = ...,
        max_retries: int | NotGiven = ...,
        deadline: float | None | NotGiven = ...,
        max_response_size: int | None | NotGiven = ...,
        correlation_id: str | None = None,
    ) -> _models.Job:
        """PATCH /jobs/{job_id}"""

    @cached_property
    def slow(self) -> AsyncJobsSlow: ...

@type_check_only
class _AsyncRaw_create(Protocol):
    async def __call__(
        self,
        *,
        body: _models.JobCreate | dict[str, Any],
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = ...,
        max_retries: int | NotGiven = ...,
        deadline: float | None | NotGiven = ...,
        max_response_size: int | None | NotGiven = ...,
        correlation_id: str | None = None,
    ) -> APIResponse[_models.Job]: ...

@type_check_only
class _AsyncRaw_retrieve(Protocol):
    async def __call__(
        self,
        job_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = ...,
        max_retries: int | NotGiven = ...,
        deadline: float | None | NotGiven = ...,
        max_response_size: int | None | NotGiven = ...,
        correlation_id: str | None = None,
    ) -> APIResponse[_models.Job]: ...

@type_check_only
class _AsyncRaw_replace(Protocol):
    async def __call__(
        self,
        job_id: str,
        *,
        body: _models.JobCreate | dict[str, Any],
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = ...,
        max_retries: int | NotGiven = ...,
        deadline: float | None | NotGiven = ...,
        max_response_size: int | None | NotGiven = ...,
        correlation_id: str | None = None,
    ) -> APIResponse[_models.Job]: ...

@type_check_only
class _AsyncRaw_delete(Protocol):
    async def __call__(
        self,
        job_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = ...,
        max_retries: int | NotGiven = ...,
        deadline: float | None | NotGiven = ...,
        max_response_size: int | None | NotGiven = ...,
        correlation_id: str | None = None,
    ) -> APIResponse[None]: ...

@type_check_only
class _AsyncRaw_update(Protocol):
    async def __call__(
        self,
        job_id: str,
        *,
        body: _models.JobUpdate | dict[str, Any],
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = ...,
        max_retries: int | NotGiven = ...,
        deadline: float | None | NotGiven = ...,
        max_response_size: int | None | NotGiven = ...,
        correlation_id: str | None = None,
    ) -> APIResponse[_models.Job]: ...

class AsyncJobsWithRawResponse:
    def __init__(self, owner: AsyncJobs) -> None: ...
    create: _AsyncRaw_create
    retrieve: _AsyncRaw_retrieve
    replace: _AsyncRaw_replace
    delete: _AsyncRaw_delete
    update: _AsyncRaw_update
    @cached_property
    def slow(self) -> AsyncJobsSlowWithRawResponse: ...

@type_check_only
class _AsyncStreaming_create(Protocol):
    def __call__(
        self,
        *,
        body: _models.JobCreate | dict[str, Any],
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = ...,
        max_retries: int | NotGiven = ...,
        deadline: float | None | NotGiven = ...,
        max_response_size: int | None | NotGiven = ...,
        correlation_id: str | None = None,
    ) -> AsyncResponseContextManager[AsyncStreamedResponse[_models.Job]]: ...

@type_check_only
class _AsyncStreaming_retrieve(Protocol):
    def __call__(
        self,
        job_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = ...,
        max_retries: int | NotGiven = ...,
        deadline: float | None | NotGiven = ...,
        max_response_size: int | None | NotGiven = ...,
        correlation_id: str | None = None,
    ) -> AsyncResponseContextManager[AsyncStreamedResponse[_models.Job]]: ...

@type_check_only
class _AsyncStreaming_replace(Protocol):
    def __call__(
        self,
        job_id: str,
        *,
        body: _models.JobCreate | dict[str, Any],
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = ...,
        max_retries: int | NotGiven = ...,
        deadline: float | None | NotGiven = ...,
        max_response_size: int | None | NotGiven = ...,
        correlation_id: str | None = None,
    ) -> AsyncResponseContextManager[AsyncStreamedResponse[_models.Job]]: ...

@type_check_only
class _AsyncStreaming_delete(Protocol):
    def __call__(
        self,
        job_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = ...,
        max_retries: int | NotGiven = ...,
        deadline: float | None | NotGiven = ...,
        max_response_size: int | None | NotGiven = ...,
        correlation_id: str | None = None,
    ) -> AsyncResponseContextManager[AsyncStreamedResponse[None]]: ...

@type_check_only
class _AsyncStreaming_update(Protocol):
    def __call__(
        self,
        job_id: str,
        *,
        body: _models.JobUpdate | dict[str, Any],
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = ...,
        max_retries: int | NotGiven = ...,
        deadline: float | None | NotGiven = ...,
        max_response_size: int | None | NotGiven = ...,
        correlation_id: str | None = None,
    ) -> AsyncResponseContextManager[AsyncStreamedResponse[_models.Job]]: ...

class AsyncJobsWithStreamingResponse:
    def __init__(self, owner: AsyncJobs) -> None: ...
    create: _AsyncStreaming_create
    retrieve: _AsyncStreaming_retrieve
    replace: _AsyncStreaming_replace
    delete: _AsyncStreaming_delete
    update: _AsyncStreaming_update
    @cached_property
    def slow(self) -> AsyncJobsSlowWithStreamingResponse: ...
