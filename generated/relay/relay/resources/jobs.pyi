from collections.abc import Mapping
from functools import cached_property
from typing import Any, Protocol, type_check_only

import httpx

from .. import models
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
    def create_job(
        self,
        *,
        body: models.JobCreate | dict[str, Any],
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = ...,
        max_retries: int | NotGiven = ...,
        deadline: float | None | NotGiven = ...,
    ) -> models.Job: ...
    def get_job(
        self,
        job_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = ...,
        max_retries: int | NotGiven = ...,
        deadline: float | None | NotGiven = ...,
    ) -> models.Job: ...
    def replace_job(
        self,
        job_id: str,
        *,
        body: models.JobCreate | dict[str, Any],
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = ...,
        max_retries: int | NotGiven = ...,
        deadline: float | None | NotGiven = ...,
    ) -> models.Job: ...
    def delete_job(
        self,
        job_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = ...,
        max_retries: int | NotGiven = ...,
        deadline: float | None | NotGiven = ...,
    ) -> None: ...
    def update_job(
        self,
        job_id: str,
        *,
        body: models.JobUpdate | dict[str, Any],
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = ...,
        max_retries: int | NotGiven = ...,
        deadline: float | None | NotGiven = ...,
    ) -> models.Job: ...
    def get_slow(
        self,
        *,
        delay: float,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = ...,
        max_retries: int | NotGiven = ...,
        deadline: float | None | NotGiven = ...,
    ) -> models.SlowResult: ...

@type_check_only
class _Raw_create_job(Protocol):
    def __call__(
        self,
        *,
        body: models.JobCreate | dict[str, Any],
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = ...,
        max_retries: int | NotGiven = ...,
        deadline: float | None | NotGiven = ...,
    ) -> APIResponse[models.Job]: ...

@type_check_only
class _Raw_get_job(Protocol):
    def __call__(
        self,
        job_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = ...,
        max_retries: int | NotGiven = ...,
        deadline: float | None | NotGiven = ...,
    ) -> APIResponse[models.Job]: ...

@type_check_only
class _Raw_replace_job(Protocol):
    def __call__(
        self,
        job_id: str,
        *,
        body: models.JobCreate | dict[str, Any],
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = ...,
        max_retries: int | NotGiven = ...,
        deadline: float | None | NotGiven = ...,
    ) -> APIResponse[models.Job]: ...

@type_check_only
class _Raw_delete_job(Protocol):
    def __call__(
        self,
        job_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = ...,
        max_retries: int | NotGiven = ...,
        deadline: float | None | NotGiven = ...,
    ) -> APIResponse[None]: ...

@type_check_only
class _Raw_update_job(Protocol):
    def __call__(
        self,
        job_id: str,
        *,
        body: models.JobUpdate | dict[str, Any],
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = ...,
        max_retries: int | NotGiven = ...,
        deadline: float | None | NotGiven = ...,
    ) -> APIResponse[models.Job]: ...

@type_check_only
class _Raw_get_slow(Protocol):
    def __call__(
        self,
        *,
        delay: float,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = ...,
        max_retries: int | NotGiven = ...,
        deadline: float | None | NotGiven = ...,
    ) -> APIResponse[models.SlowResult]: ...

class JobsWithRawResponse:
    def __init__(self, owner: Jobs) -> None: ...
    create_job: _Raw_create_job
    get_job: _Raw_get_job
    replace_job: _Raw_replace_job
    delete_job: _Raw_delete_job
    update_job: _Raw_update_job
    get_slow: _Raw_get_slow

@type_check_only
class _Streaming_create_job(Protocol):
    def __call__(
        self,
        *,
        body: models.JobCreate | dict[str, Any],
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = ...,
        max_retries: int | NotGiven = ...,
        deadline: float | None | NotGiven = ...,
    ) -> ResponseContextManager[StreamedResponse[models.Job]]: ...

@type_check_only
class _Streaming_get_job(Protocol):
    def __call__(
        self,
        job_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = ...,
        max_retries: int | NotGiven = ...,
        deadline: float | None | NotGiven = ...,
    ) -> ResponseContextManager[StreamedResponse[models.Job]]: ...

@type_check_only
class _Streaming_replace_job(Protocol):
    def __call__(
        self,
        job_id: str,
        *,
        body: models.JobCreate | dict[str, Any],
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = ...,
        max_retries: int | NotGiven = ...,
        deadline: float | None | NotGiven = ...,
    ) -> ResponseContextManager[StreamedResponse[models.Job]]: ...

@type_check_only
class _Streaming_delete_job(Protocol):
    def __call__(
        self,
        job_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = ...,
        max_retries: int | NotGiven = ...,
        deadline: float | None | NotGiven = ...,
    ) -> ResponseContextManager[StreamedResponse[None]]: ...

@type_check_only
class _Streaming_update_job(Protocol):
    def __call__(
        self,
        job_id: str,
        *,
        body: models.JobUpdate | dict[str, Any],
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = ...,
        max_retries: int | NotGiven = ...,
        deadline: float | None | NotGiven = ...,
    ) -> ResponseContextManager[StreamedResponse[models.Job]]: ...

@type_check_only
class _Streaming_get_slow(Protocol):
    def __call__(
        self,
        *,
        delay: float,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = ...,
        max_retries: int | NotGiven = ...,
        deadline: float | None | NotGiven = ...,
    ) -> ResponseContextManager[StreamedResponse[models.SlowResult]]: ...

class JobsWithStreamingResponse:
    def __init__(self, owner: Jobs) -> None: ...
    create_job: _Streaming_create_job
    get_job: _Streaming_get_job
    replace_job: _Streaming_replace_job
    delete_job: _Streaming_delete_job
    update_job: _Streaming_update_job
    get_slow: _Streaming_get_slow

class AsyncJobs(AsyncResource):
    @cached_property
    def with_raw_response(self) -> AsyncJobsWithRawResponse: ...
    @cached_property
    def with_streaming_response(self) -> AsyncJobsWithStreamingResponse: ...
    async def create_job(
        self,
        *,
        body: models.JobCreate | dict[str, Any],
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = ...,
        max_retries: int | NotGiven = ...,
        deadline: float | None | NotGiven = ...,
    ) -> models.Job: ...
    async def get_job(
        self,
        job_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = ...,
        max_retries: int | NotGiven = ...,
        deadline: float | None | NotGiven = ...,
    ) -> models.Job: ...
    async def replace_job(
        self,
        job_id: str,
        *,
        body: models.JobCreate | dict[str, Any],
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = ...,
        max_retries: int | NotGiven = ...,
        deadline: float | None | NotGiven = ...,
    ) -> models.Job: ...
    async def delete_job(
        self,
        job_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = ...,
        max_retries: int | NotGiven = ...,
        deadline: float | None | NotGiven = ...,
    ) -> None: ...
    async def update_job(
        self,
        job_id: str,
        *,
        body: models.JobUpdate | dict[str, Any],
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = ...,
        max_retries: int | NotGiven = ...,
        deadline: float | None | NotGiven = ...,
    ) -> models.Job: ...
    async def get_slow(
        self,
        *,
        delay: float,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = ...,
        max_retries: int | NotGiven = ...,
        deadline: float | None | NotGiven = ...,
    ) -> models.SlowResult: ...

@type_check_only
class _AsyncRaw_create_job(Protocol):
    async def __call__(
        self,
        *,
        body: models.JobCreate | dict[str, Any],
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = ...,
        max_retries: int | NotGiven = ...,
        deadline: float | None | NotGiven = ...,
    ) -> APIResponse[models.Job]: ...

@type_check_only
class _AsyncRaw_get_job(Protocol):
    async def __call__(
        self,
        job_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = ...,
        max_retries: int | NotGiven = ...,
        deadline: float | None | NotGiven = ...,
    ) -> APIResponse[models.Job]: ...

@type_check_only
class _AsyncRaw_replace_job(Protocol):
    async def __call__(
        self,
        job_id: str,
        *,
        body: models.JobCreate | dict[str, Any],
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = ...,
        max_retries: int | NotGiven = ...,
        deadline: float | None | NotGiven = ...,
    ) -> APIResponse[models.Job]: ...

@type_check_only
class _AsyncRaw_delete_job(Protocol):
    async def __call__(
        self,
        job_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = ...,
        max_retries: int | NotGiven = ...,
        deadline: float | None | NotGiven = ...,
    ) -> APIResponse[None]: ...

@type_check_only
class _AsyncRaw_update_job(Protocol):
    async def __call__(
        self,
        job_id: str,
        *,
        body: models.JobUpdate | dict[str, Any],
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = ...,
        max_retries: int | NotGiven = ...,
        deadline: float | None | NotGiven = ...,
    ) -> APIResponse[models.Job]: ...

@type_check_only
class _AsyncRaw_get_slow(Protocol):
    async def __call__(
        self,
        *,
        delay: float,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = ...,
        max_retries: int | NotGiven = ...,
        deadline: float | None | NotGiven = ...,
    ) -> APIResponse[models.SlowResult]: ...

class AsyncJobsWithRawResponse:
    def __init__(self, owner: AsyncJobs) -> None: ...
    create_job: _AsyncRaw_create_job
    get_job: _AsyncRaw_get_job
    replace_job: _AsyncRaw_replace_job
    delete_job: _AsyncRaw_delete_job
    update_job: _AsyncRaw_update_job
    get_slow: _AsyncRaw_get_slow

@type_check_only
class _AsyncStreaming_create_job(Protocol):
    def __call__(
        self,
        *,
        body: models.JobCreate | dict[str, Any],
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = ...,
        max_retries: int | NotGiven = ...,
        deadline: float | None | NotGiven = ...,
    ) -> AsyncResponseContextManager[AsyncStreamedResponse[models.Job]]: ...

@type_check_only
class _AsyncStreaming_get_job(Protocol):
    def __call__(
        self,
        job_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = ...,
        max_retries: int | NotGiven = ...,
        deadline: float | None | NotGiven = ...,
    ) -> AsyncResponseContextManager[AsyncStreamedResponse[models.Job]]: ...

@type_check_only
class _AsyncStreaming_replace_job(Protocol):
    def __call__(
        self,
        job_id: str,
        *,
        body: models.JobCreate | dict[str, Any],
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = ...,
        max_retries: int | NotGiven = ...,
        deadline: float | None | NotGiven = ...,
    ) -> AsyncResponseContextManager[AsyncStreamedResponse[models.Job]]: ...

@type_check_only
class _AsyncStreaming_delete_job(Protocol):
    def __call__(
        self,
        job_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = ...,
        max_retries: int | NotGiven = ...,
        deadline: float | None | NotGiven = ...,
    ) -> AsyncResponseContextManager[AsyncStreamedResponse[None]]: ...

@type_check_only
class _AsyncStreaming_update_job(Protocol):
    def __call__(
        self,
        job_id: str,
        *,
        body: models.JobUpdate | dict[str, Any],
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = ...,
        max_retries: int | NotGiven = ...,
        deadline: float | None | NotGiven = ...,
    ) -> AsyncResponseContextManager[AsyncStreamedResponse[models.Job]]: ...

@type_check_only
class _AsyncStreaming_get_slow(Protocol):
    def __call__(
        self,
        *,
        delay: float,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = ...,
        max_retries: int | NotGiven = ...,
        deadline: float | None | NotGiven = ...,
    ) -> AsyncResponseContextManager[AsyncStreamedResponse[models.SlowResult]]: ...

class AsyncJobsWithStreamingResponse:
    def __init__(self, owner: AsyncJobs) -> None: ...
    create_job: _AsyncStreaming_create_job
    get_job: _AsyncStreaming_get_job
    replace_job: _AsyncStreaming_replace_job
    delete_job: _AsyncStreaming_delete_job
    update_job: _AsyncStreaming_update_job
    get_slow: _AsyncStreaming_get_slow
