from collections.abc import Mapping
from functools import cached_property
from typing import Any

import httpx2 as httpx

from .. import models as _models
from .._runtime._async_client import AsyncResource
from .._runtime._async_response import AsyncRawView, AsyncStreamingView
from .._runtime._endpoint import Endpoint
from .._runtime._sync_client import SyncResource
from .._runtime._sync_response import RawView, StreamingView
from .._runtime._types import NotGiven, Omit
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

_CREATE: Endpoint[_models.Job]
_RETRIEVE: Endpoint[_models.Job]
_REPLACE: Endpoint[_models.Job]
_DELETE: Endpoint[None]
_UPDATE: Endpoint[_models.Job]

class Jobs(SyncResource):
    @cached_property
    def with_raw_response(self) -> JobsWithRawResponse: ...
    @cached_property
    def with_streaming_response(self) -> JobsWithStreamingResponse: ...
    def create(
        self,
        *,
        name: str | NotGiven = ...,
        extra_body: dict[str, Any] | None = None,
        body: _models.JobCreate | _models.JobCreateParam | None = None,
        extra_headers: Mapping[str, str | Omit | None] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = ...,
        max_retries: int | NotGiven = ...,
        deadline: float | None | NotGiven = ...,
        max_response_size: int | None | NotGiven = ...,
        follow_redirects: bool | NotGiven = ...,
        correlation_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> _models.Job:
        """Create a job

        Creates a job. Not idempotent, and takes no idempotency key.

        Args:
            extra_body: Keys sent in the body besides the ones above.
            body: The body (whole, instead of its keys: a model or a dict)

        Callbacks (requests the API sends to the URL you give; read them with `webhooks`):
            jobFinished: POST {$request.body#/notify_url}, body `models.JobFinishedEvent`

        POST /jobs
        """

    def retrieve(
        self,
        job_id: str,
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
    ) -> _models.Job:
        """Get a job

        Returns the job. Every job id exists.

        Args:
            job_id: The id of the job.

        GET /jobs/{job_id}
        """

    def replace(
        self,
        job_id: str,
        *,
        name: str | NotGiven = ...,
        extra_body: dict[str, Any] | None = None,
        body: _models.JobCreate | _models.JobCreateParam | None = None,
        extra_headers: Mapping[str, str | Omit | None] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = ...,
        max_retries: int | NotGiven = ...,
        deadline: float | None | NotGiven = ...,
        max_response_size: int | None | NotGiven = ...,
        follow_redirects: bool | NotGiven = ...,
        correlation_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> _models.Job:
        """Replace a job

        Replaces the job with the one sent (idempotent).

        Args:
            job_id: The id of the job.
            extra_body: Keys sent in the body besides the ones above.
            body: The body (whole, instead of its keys: a model or a dict)

        PUT /jobs/{job_id}
        """

    def delete(
        self,
        job_id: str,
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
    ) -> None:
        """Delete a job

        Deletes the job (idempotent).

        Args:
            job_id: The id of the job.

        DELETE /jobs/{job_id}
        """

    def update(
        self,
        job_id: str,
        *,
        name: str | NotGiven = ...,
        extra_body: dict[str, Any] | None = None,
        body: _models.JobUpdate | _models.JobUpdateParam | None = None,
        extra_headers: Mapping[str, str | Omit | None] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = ...,
        max_retries: int | NotGiven = ...,
        deadline: float | None | NotGiven = ...,
        max_response_size: int | None | NotGiven = ...,
        follow_redirects: bool | NotGiven = ...,
        correlation_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> _models.Job:
        """Update a job

        Changes the fields sent. Takes no idempotency key.

        Args:
            job_id: The id of the job.
            extra_body: Keys sent in the body besides the ones above.
            body: The body (whole, instead of its keys: a model or a dict)

        PATCH /jobs/{job_id}
        """

    @cached_property
    def slow(self) -> JobsSlow: ...

class JobsWithRawResponse:
    def __init__(self, owner: Jobs) -> None: ...
    create = RawView(Jobs.create)
    retrieve = RawView(Jobs.retrieve)
    replace = RawView(Jobs.replace)
    delete = RawView(Jobs.delete)
    update = RawView(Jobs.update)
    @cached_property
    def slow(self) -> JobsSlowWithRawResponse: ...

class JobsWithStreamingResponse:
    def __init__(self, owner: Jobs) -> None: ...
    create = StreamingView(Jobs.create)
    retrieve = StreamingView(Jobs.retrieve)
    replace = StreamingView(Jobs.replace)
    delete = StreamingView(Jobs.delete)
    update = StreamingView(Jobs.update)
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
        name: str | NotGiven = ...,
        extra_body: dict[str, Any] | None = None,
        body: _models.JobCreate | _models.JobCreateParam | None = None,
        extra_headers: Mapping[str, str | Omit | None] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = ...,
        max_retries: int | NotGiven = ...,
        deadline: float | None | NotGiven = ...,
        max_response_size: int | None | NotGiven = ...,
        follow_redirects: bool | NotGiven = ...,
        correlation_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> _models.Job:
        """Create a job

        Creates a job. Not idempotent, and takes no idempotency key.

        Args:
            extra_body: Keys sent in the body besides the ones above.
            body: The body (whole, instead of its keys: a model or a dict)

        Callbacks (requests the API sends to the URL you give; read them with `webhooks`):
            jobFinished: POST {$request.body#/notify_url}, body `models.JobFinishedEvent`

        POST /jobs
        """

    async def retrieve(
        self,
        job_id: str,
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
    ) -> _models.Job:
        """Get a job

        Returns the job. Every job id exists.

        Args:
            job_id: The id of the job.

        GET /jobs/{job_id}
        """

    async def replace(
        self,
        job_id: str,
        *,
        name: str | NotGiven = ...,
        extra_body: dict[str, Any] | None = None,
        body: _models.JobCreate | _models.JobCreateParam | None = None,
        extra_headers: Mapping[str, str | Omit | None] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = ...,
        max_retries: int | NotGiven = ...,
        deadline: float | None | NotGiven = ...,
        max_response_size: int | None | NotGiven = ...,
        follow_redirects: bool | NotGiven = ...,
        correlation_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> _models.Job:
        """Replace a job

        Replaces the job with the one sent (idempotent).

        Args:
            job_id: The id of the job.
            extra_body: Keys sent in the body besides the ones above.
            body: The body (whole, instead of its keys: a model or a dict)

        PUT /jobs/{job_id}
        """

    async def delete(
        self,
        job_id: str,
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
    ) -> None:
        """Delete a job

        Deletes the job (idempotent).

        Args:
            job_id: The id of the job.

        DELETE /jobs/{job_id}
        """

    async def update(
        self,
        job_id: str,
        *,
        name: str | NotGiven = ...,
        extra_body: dict[str, Any] | None = None,
        body: _models.JobUpdate | _models.JobUpdateParam | None = None,
        extra_headers: Mapping[str, str | Omit | None] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = ...,
        max_retries: int | NotGiven = ...,
        deadline: float | None | NotGiven = ...,
        max_response_size: int | None | NotGiven = ...,
        follow_redirects: bool | NotGiven = ...,
        correlation_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> _models.Job:
        """Update a job

        Changes the fields sent. Takes no idempotency key.

        Args:
            job_id: The id of the job.
            extra_body: Keys sent in the body besides the ones above.
            body: The body (whole, instead of its keys: a model or a dict)

        PATCH /jobs/{job_id}
        """

    @cached_property
    def slow(self) -> AsyncJobsSlow: ...

class AsyncJobsWithRawResponse:
    def __init__(self, owner: AsyncJobs) -> None: ...
    create = AsyncRawView(AsyncJobs.create)
    retrieve = AsyncRawView(AsyncJobs.retrieve)
    replace = AsyncRawView(AsyncJobs.replace)
    delete = AsyncRawView(AsyncJobs.delete)
    update = AsyncRawView(AsyncJobs.update)
    @cached_property
    def slow(self) -> AsyncJobsSlowWithRawResponse: ...

class AsyncJobsWithStreamingResponse:
    def __init__(self, owner: AsyncJobs) -> None: ...
    create = AsyncStreamingView(AsyncJobs.create)
    retrieve = AsyncStreamingView(AsyncJobs.retrieve)
    replace = AsyncStreamingView(AsyncJobs.replace)
    delete = AsyncStreamingView(AsyncJobs.delete)
    update = AsyncStreamingView(AsyncJobs.update)
    @cached_property
    def slow(self) -> AsyncJobsSlowWithStreamingResponse: ...
