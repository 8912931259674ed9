from collections.abc import Mapping
from functools import cached_property
from typing import Any, Protocol, overload, type_check_only

import httpx2 as httpx

from .. import models as _models
from .._runtime._async_client import AsyncResource
from .._runtime._async_response import (
    AsyncRawView,
    AsyncResponseContextManager,
    AsyncStreamedResponse,
    AsyncStreamingView,
)
from .._runtime._response import APIResponse
from .._runtime._sync_client import SyncResource
from .._runtime._sync_response import (
    RawView,
    ResponseContextManager,
    StreamedResponse,
    StreamingView,
)
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
    @overload
    def create(
        self,
        *,
        name: str,
        extra_body: dict[str, Any] | None = None,
        body: None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = ...,
        max_retries: int | NotGiven = ...,
        deadline: float | None | NotGiven = ...,
        max_response_size: int | None | NotGiven = ...,
        correlation_id: str | None = None,
    ) -> _models.Job: ...
    @overload
    def create(
        self,
        *,
        name: NotGiven = ...,
        body: _models.JobCreate | _models.JobCreateParam,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = ...,
        max_retries: int | NotGiven = ...,
        deadline: float | None | NotGiven = ...,
        max_response_size: int | None | NotGiven = ...,
        correlation_id: str | None = None,
    ) -> _models.Job: ...
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

    @overload
    def replace(
        self,
        job_id: str,
        *,
        name: str,
        extra_body: dict[str, Any] | None = None,
        body: None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = ...,
        max_retries: int | NotGiven = ...,
        deadline: float | None | NotGiven = ...,
        max_response_size: int | None | NotGiven = ...,
        correlation_id: str | None = None,
    ) -> _models.Job: ...
    @overload
    def replace(
        self,
        job_id: str,
        *,
        name: NotGiven = ...,
        body: _models.JobCreate | _models.JobCreateParam,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = ...,
        max_retries: int | NotGiven = ...,
        deadline: float | None | NotGiven = ...,
        max_response_size: int | None | NotGiven = ...,
        correlation_id: str | None = None,
    ) -> _models.Job: ...
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

    @overload
    def update(
        self,
        job_id: str,
        *,
        name: str | NotGiven = ...,
        extra_body: dict[str, Any] | None = None,
        body: None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = ...,
        max_retries: int | NotGiven = ...,
        deadline: float | None | NotGiven = ...,
        max_response_size: int | None | NotGiven = ...,
        correlation_id: str | None = None,
    ) -> _models.Job: ...
    @overload
    def update(
        self,
        job_id: str,
        *,
        body: _models.JobUpdate | _models.JobUpdateParam,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = ...,
        max_retries: int | NotGiven = ...,
        deadline: float | None | NotGiven = ...,
        max_response_size: int | None | NotGiven = ...,
        correlation_id: str | None = None,
    ) -> _models.Job: ...
    @cached_property
    def slow(self) -> JobsSlow: ...

@type_check_only
class _Raw_create(Protocol):
    @overload
    def __call__(
        self,
        *,
        name: str,
        extra_body: dict[str, Any] | None = None,
        body: None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = ...,
        max_retries: int | NotGiven = ...,
        deadline: float | None | NotGiven = ...,
        max_response_size: int | None | NotGiven = ...,
        correlation_id: str | None = None,
    ) -> APIResponse[_models.Job]: ...
    @overload
    def __call__(
        self,
        *,
        name: NotGiven = ...,
        body: _models.JobCreate | _models.JobCreateParam,
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
    @overload
    def __call__(
        self,
        job_id: str,
        *,
        name: str,
        extra_body: dict[str, Any] | None = None,
        body: None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = ...,
        max_retries: int | NotGiven = ...,
        deadline: float | None | NotGiven = ...,
        max_response_size: int | None | NotGiven = ...,
        correlation_id: str | None = None,
    ) -> APIResponse[_models.Job]: ...
    @overload
    def __call__(
        self,
        job_id: str,
        *,
        name: NotGiven = ...,
        body: _models.JobCreate | _models.JobCreateParam,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = ...,
        max_retries: int | NotGiven = ...,
        deadline: float | None | NotGiven = ...,
        max_response_size: int | None | NotGiven = ...,
        correlation_id: str | None = None,
    ) -> APIResponse[_models.Job]: ...

@type_check_only
class _Raw_update(Protocol):
    @overload
    def __call__(
        self,
        job_id: str,
        *,
        name: str | NotGiven = ...,
        extra_body: dict[str, Any] | None = None,
        body: None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = ...,
        max_retries: int | NotGiven = ...,
        deadline: float | None | NotGiven = ...,
        max_response_size: int | None | NotGiven = ...,
        correlation_id: str | None = None,
    ) -> APIResponse[_models.Job]: ...
    @overload
    def __call__(
        self,
        job_id: str,
        *,
        body: _models.JobUpdate | _models.JobUpdateParam,
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
    retrieve = RawView(Jobs.retrieve)
    replace: _Raw_replace
    delete = RawView(Jobs.delete)
    update: _Raw_update
    @cached_property
    def slow(self) -> JobsSlowWithRawResponse: ...

@type_check_only
class _Streaming_create(Protocol):
    @overload
    def __call__(
        self,
        *,
        name: str,
        extra_body: dict[str, Any] | None = None,
        body: None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = ...,
        max_retries: int | NotGiven = ...,
        deadline: float | None | NotGiven = ...,
        max_response_size: int | None | NotGiven = ...,
        correlation_id: str | None = None,
    ) -> ResponseContextManager[StreamedResponse[_models.Job]]: ...
    @overload
    def __call__(
        self,
        *,
        name: NotGiven = ...,
        body: _models.JobCreate | _models.JobCreateParam,
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
    @overload
    def __call__(
        self,
        job_id: str,
        *,
        name: str,
        extra_body: dict[str, Any] | None = None,
        body: None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = ...,
        max_retries: int | NotGiven = ...,
        deadline: float | None | NotGiven = ...,
        max_response_size: int | None | NotGiven = ...,
        correlation_id: str | None = None,
    ) -> ResponseContextManager[StreamedResponse[_models.Job]]: ...
    @overload
    def __call__(
        self,
        job_id: str,
        *,
        name: NotGiven = ...,
        body: _models.JobCreate | _models.JobCreateParam,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = ...,
        max_retries: int | NotGiven = ...,
        deadline: float | None | NotGiven = ...,
        max_response_size: int | None | NotGiven = ...,
        correlation_id: str | None = None,
    ) -> ResponseContextManager[StreamedResponse[_models.Job]]: ...

@type_check_only
class _Streaming_update(Protocol):
    @overload
    def __call__(
        self,
        job_id: str,
        *,
        name: str | NotGiven = ...,
        extra_body: dict[str, Any] | None = None,
        body: None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = ...,
        max_retries: int | NotGiven = ...,
        deadline: float | None | NotGiven = ...,
        max_response_size: int | None | NotGiven = ...,
        correlation_id: str | None = None,
    ) -> ResponseContextManager[StreamedResponse[_models.Job]]: ...
    @overload
    def __call__(
        self,
        job_id: str,
        *,
        body: _models.JobUpdate | _models.JobUpdateParam,
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
    retrieve = StreamingView(Jobs.retrieve)
    replace: _Streaming_replace
    delete = StreamingView(Jobs.delete)
    update: _Streaming_update
    @cached_property
    def slow(self) -> JobsSlowWithStreamingResponse: ...

class AsyncJobs(AsyncResource):
    @cached_property
    def with_raw_response(self) -> AsyncJobsWithRawResponse: ...
    @cached_property
    def with_streaming_response(self) -> AsyncJobsWithStreamingResponse: ...
    @overload
    async def create(
        self,
        *,
        name: str,
        extra_body: dict[str, Any] | None = None,
        body: None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = ...,
        max_retries: int | NotGiven = ...,
        deadline: float | None | NotGiven = ...,
        max_response_size: int | None | NotGiven = ...,
        correlation_id: str | None = None,
    ) -> _models.Job: ...
    @overload
    async def create(
        self,
        *,
        name: NotGiven = ...,
        body: _models.JobCreate | _models.JobCreateParam,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = ...,
        max_retries: int | NotGiven = ...,
        deadline: float | None | NotGiven = ...,
        max_response_size: int | None | NotGiven = ...,
        correlation_id: str | None = None,
    ) -> _models.Job: ...
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

    @overload
    async def replace(
        self,
        job_id: str,
        *,
        name: str,
        extra_body: dict[str, Any] | None = None,
        body: None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = ...,
        max_retries: int | NotGiven = ...,
        deadline: float | None | NotGiven = ...,
        max_response_size: int | None | NotGiven = ...,
        correlation_id: str | None = None,
    ) -> _models.Job: ...
    @overload
    async def replace(
        self,
        job_id: str,
        *,
        name: NotGiven = ...,
        body: _models.JobCreate | _models.JobCreateParam,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = ...,
        max_retries: int | NotGiven = ...,
        deadline: float | None | NotGiven = ...,
        max_response_size: int | None | NotGiven = ...,
        correlation_id: str | None = None,
    ) -> _models.Job: ...
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

    @overload
    async def update(
        self,
        job_id: str,
        *,
        name: str | NotGiven = ...,
        extra_body: dict[str, Any] | None = None,
        body: None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = ...,
        max_retries: int | NotGiven = ...,
        deadline: float | None | NotGiven = ...,
        max_response_size: int | None | NotGiven = ...,
        correlation_id: str | None = None,
    ) -> _models.Job: ...
    @overload
    async def update(
        self,
        job_id: str,
        *,
        body: _models.JobUpdate | _models.JobUpdateParam,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = ...,
        max_retries: int | NotGiven = ...,
        deadline: float | None | NotGiven = ...,
        max_response_size: int | None | NotGiven = ...,
        correlation_id: str | None = None,
    ) -> _models.Job: ...
    @cached_property
    def slow(self) -> AsyncJobsSlow: ...

@type_check_only
class _AsyncRaw_create(Protocol):
    @overload
    async def __call__(
        self,
        *,
        name: str,
        extra_body: dict[str, Any] | None = None,
        body: None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = ...,
        max_retries: int | NotGiven = ...,
        deadline: float | None | NotGiven = ...,
        max_response_size: int | None | NotGiven = ...,
        correlation_id: str | None = None,
    ) -> APIResponse[_models.Job]: ...
    @overload
    async def __call__(
        self,
        *,
        name: NotGiven = ...,
        body: _models.JobCreate | _models.JobCreateParam,
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
    @overload
    async def __call__(
        self,
        job_id: str,
        *,
        name: str,
        extra_body: dict[str, Any] | None = None,
        body: None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = ...,
        max_retries: int | NotGiven = ...,
        deadline: float | None | NotGiven = ...,
        max_response_size: int | None | NotGiven = ...,
        correlation_id: str | None = None,
    ) -> APIResponse[_models.Job]: ...
    @overload
    async def __call__(
        self,
        job_id: str,
        *,
        name: NotGiven = ...,
        body: _models.JobCreate | _models.JobCreateParam,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = ...,
        max_retries: int | NotGiven = ...,
        deadline: float | None | NotGiven = ...,
        max_response_size: int | None | NotGiven = ...,
        correlation_id: str | None = None,
    ) -> APIResponse[_models.Job]: ...

@type_check_only
class _AsyncRaw_update(Protocol):
    @overload
    async def __call__(
        self,
        job_id: str,
        *,
        name: str | NotGiven = ...,
        extra_body: dict[str, Any] | None = None,
        body: None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = ...,
        max_retries: int | NotGiven = ...,
        deadline: float | None | NotGiven = ...,
        max_response_size: int | None | NotGiven = ...,
        correlation_id: str | None = None,
    ) -> APIResponse[_models.Job]: ...
    @overload
    async def __call__(
        self,
        job_id: str,
        *,
        body: _models.JobUpdate | _models.JobUpdateParam,
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
    retrieve = AsyncRawView(AsyncJobs.retrieve)
    replace: _AsyncRaw_replace
    delete = AsyncRawView(AsyncJobs.delete)
    update: _AsyncRaw_update
    @cached_property
    def slow(self) -> AsyncJobsSlowWithRawResponse: ...

@type_check_only
class _AsyncStreaming_create(Protocol):
    @overload
    def __call__(
        self,
        *,
        name: str,
        extra_body: dict[str, Any] | None = None,
        body: None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = ...,
        max_retries: int | NotGiven = ...,
        deadline: float | None | NotGiven = ...,
        max_response_size: int | None | NotGiven = ...,
        correlation_id: str | None = None,
    ) -> AsyncResponseContextManager[AsyncStreamedResponse[_models.Job]]: ...
    @overload
    def __call__(
        self,
        *,
        name: NotGiven = ...,
        body: _models.JobCreate | _models.JobCreateParam,
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
    @overload
    def __call__(
        self,
        job_id: str,
        *,
        name: str,
        extra_body: dict[str, Any] | None = None,
        body: None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = ...,
        max_retries: int | NotGiven = ...,
        deadline: float | None | NotGiven = ...,
        max_response_size: int | None | NotGiven = ...,
        correlation_id: str | None = None,
    ) -> AsyncResponseContextManager[AsyncStreamedResponse[_models.Job]]: ...
    @overload
    def __call__(
        self,
        job_id: str,
        *,
        name: NotGiven = ...,
        body: _models.JobCreate | _models.JobCreateParam,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = ...,
        max_retries: int | NotGiven = ...,
        deadline: float | None | NotGiven = ...,
        max_response_size: int | None | NotGiven = ...,
        correlation_id: str | None = None,
    ) -> AsyncResponseContextManager[AsyncStreamedResponse[_models.Job]]: ...

@type_check_only
class _AsyncStreaming_update(Protocol):
    @overload
    def __call__(
        self,
        job_id: str,
        *,
        name: str | NotGiven = ...,
        extra_body: dict[str, Any] | None = None,
        body: None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = ...,
        max_retries: int | NotGiven = ...,
        deadline: float | None | NotGiven = ...,
        max_response_size: int | None | NotGiven = ...,
        correlation_id: str | None = None,
    ) -> AsyncResponseContextManager[AsyncStreamedResponse[_models.Job]]: ...
    @overload
    def __call__(
        self,
        job_id: str,
        *,
        body: _models.JobUpdate | _models.JobUpdateParam,
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
    retrieve = AsyncStreamingView(AsyncJobs.retrieve)
    replace: _AsyncStreaming_replace
    delete = AsyncStreamingView(AsyncJobs.delete)
    update: _AsyncStreaming_update
    @cached_property
    def slow(self) -> AsyncJobsSlowWithStreamingResponse: ...
