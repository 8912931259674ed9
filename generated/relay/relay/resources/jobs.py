"""Jobs: the operations tagged jobs."""

from __future__ import annotations

from collections.abc import Mapping
from functools import cached_property
from typing import Any

import httpx

from .. import models
from .._runtime._async_client import AsyncResource
from .._runtime._async_response import (
    async_to_raw_response_wrapper,
    async_to_streamed_response_wrapper,
)
from .._runtime._endpoint import BodySpec, Endpoint, ResponseSpec
from .._runtime._sync_client import SyncResource
from .._runtime._sync_response import (
    to_raw_response_wrapper,
    to_streamed_response_wrapper,
)
from .._runtime._types import NOT_GIVEN, NotGiven, RequestOptions

__all__ = [
    "AsyncJobs",
    "AsyncJobsWithRawResponse",
    "AsyncJobsWithStreamingResponse",
    "Jobs",
    "JobsWithRawResponse",
    "JobsWithStreamingResponse",
]


_CREATE_JOB: Endpoint[models.Job] = Endpoint(
    method="POST",
    path="/jobs",
    body=BodySpec("json", "application/json", models.JobCreate),
    responses=(ResponseSpec("201", "json", models.Job),),
    errors=(ResponseSpec("400", "json", models.Error),),
    security=(("ApiKeyAuth",),),
)


_GET_JOB: Endpoint[models.Job] = Endpoint(
    method="GET",
    path="/jobs/{job_id}",
    responses=(ResponseSpec("200", "json", models.Job),),
    security=(("ApiKeyAuth",),),
)


_REPLACE_JOB: Endpoint[models.Job] = Endpoint(
    method="PUT",
    path="/jobs/{job_id}",
    body=BodySpec("json", "application/json", models.JobCreate),
    responses=(ResponseSpec("200", "json", models.Job),),
    errors=(ResponseSpec("400", "json", models.Error),),
    security=(("ApiKeyAuth",),),
)


_DELETE_JOB: Endpoint[None] = Endpoint(
    method="DELETE",
    path="/jobs/{job_id}",
    responses=(ResponseSpec("204", "empty"),),
    security=(("ApiKeyAuth",),),
)


_UPDATE_JOB: Endpoint[models.Job] = Endpoint(
    method="PATCH",
    path="/jobs/{job_id}",
    body=BodySpec("json", "application/json", models.JobUpdate),
    responses=(ResponseSpec("200", "json", models.Job),),
    errors=(ResponseSpec("400", "json", models.Error),),
    security=(("ApiKeyAuth",),),
)


_GET_SLOW: Endpoint[models.SlowResult] = Endpoint(
    method="GET",
    path="/slow",
    responses=(ResponseSpec("200", "json", models.SlowResult),),
    errors=(ResponseSpec("400", "json", models.Error),),
    security=(("ApiKeyAuth",),),
)


class Jobs(SyncResource):
    """A trivial job store, used to test retries and timeouts."""

    @cached_property
    def with_raw_response(self) -> JobsWithRawResponse:
        """These methods, returning the HTTP response (`.parse()` gives the usual result)."""
        return JobsWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> JobsWithStreamingResponse:
        """These methods, as context managers over the response, its body not read yet."""
        return JobsWithStreamingResponse(self)

    def create_job(
        self,
        *,
        body: models.JobCreate | dict[str, Any],
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        deadline: float | None | NotGiven = NOT_GIVEN,
    ) -> models.Job:
        """Create a job

        Creates a job. Not idempotent, and takes no idempotency key.
        """
        return self._client.request(
            _CREATE_JOB,
            body=body,
            options=RequestOptions(
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
                max_retries=max_retries,
                deadline=deadline,
            ),
        )

    def get_job(
        self,
        job_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        deadline: float | None | NotGiven = NOT_GIVEN,
    ) -> models.Job:
        """Get a job

        Returns the job. Every job id exists.

        Args:
            job_id: The id of the job.
        """
        return self._client.request(
            _GET_JOB,
            path={
                "job_id": job_id,
            },
            options=RequestOptions(
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
                max_retries=max_retries,
                deadline=deadline,
            ),
        )

    def replace_job(
        self,
        job_id: str,
        *,
        body: models.JobCreate | dict[str, Any],
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        deadline: float | None | NotGiven = NOT_GIVEN,
    ) -> models.Job:
        """Replace a job

        Replaces the job with the one sent (idempotent).

        Args:
            job_id: The id of the job.
        """
        return self._client.request(
            _REPLACE_JOB,
            path={
                "job_id": job_id,
            },
            body=body,
            options=RequestOptions(
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
                max_retries=max_retries,
                deadline=deadline,
            ),
        )

    def delete_job(
        self,
        job_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        deadline: float | None | NotGiven = NOT_GIVEN,
    ) -> None:
        """Delete a job

        Deletes the job (idempotent).

        Args:
            job_id: The id of the job.
        """
        return self._client.request(
            _DELETE_JOB,
            path={
                "job_id": job_id,
            },
            options=RequestOptions(
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
                max_retries=max_retries,
                deadline=deadline,
            ),
        )

    def update_job(
        self,
        job_id: str,
        *,
        body: models.JobUpdate | dict[str, Any],
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        deadline: float | None | NotGiven = NOT_GIVEN,
    ) -> models.Job:
        """Update a job

        Changes the fields sent. Takes no idempotency key.

        Args:
            job_id: The id of the job.
        """
        return self._client.request(
            _UPDATE_JOB,
            path={
                "job_id": job_id,
            },
            body=body,
            options=RequestOptions(
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
                max_retries=max_retries,
                deadline=deadline,
            ),
        )

    def get_slow(
        self,
        *,
        delay: float,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        deadline: float | None | NotGiven = NOT_GIVEN,
    ) -> models.SlowResult:
        """Answer after a delay

        Waits `delay` seconds before it answers, to test client timeouts.

        Args:
            delay: How long to wait, in seconds.
        """
        return self._client.request(
            _GET_SLOW,
            query={
                "delay": delay,
            },
            options=RequestOptions(
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
                max_retries=max_retries,
                deadline=deadline,
            ),
        )


class JobsWithRawResponse:
    """The methods of Jobs, returning the HTTP response with `parse()` for the result."""

    def __init__(self, owner: Jobs) -> None:
        self._owner = owner
        self.create_job = to_raw_response_wrapper(owner.create_job)
        self.get_job = to_raw_response_wrapper(owner.get_job)
        self.replace_job = to_raw_response_wrapper(owner.replace_job)
        self.delete_job = to_raw_response_wrapper(owner.delete_job)
        self.update_job = to_raw_response_wrapper(owner.update_job)
        self.get_slow = to_raw_response_wrapper(owner.get_slow)


class JobsWithStreamingResponse:
    """The methods of Jobs, returning a context manager over the unread response."""

    def __init__(self, owner: Jobs) -> None:
        self._owner = owner
        self.create_job = to_streamed_response_wrapper(owner.create_job)
        self.get_job = to_streamed_response_wrapper(owner.get_job)
        self.replace_job = to_streamed_response_wrapper(owner.replace_job)
        self.delete_job = to_streamed_response_wrapper(owner.delete_job)
        self.update_job = to_streamed_response_wrapper(owner.update_job)
        self.get_slow = to_streamed_response_wrapper(owner.get_slow)


class AsyncJobs(AsyncResource):
    """A trivial job store, used to test retries and timeouts."""

    @cached_property
    def with_raw_response(self) -> AsyncJobsWithRawResponse:
        """These methods, returning the HTTP response (`.parse()` gives the usual result)."""
        return AsyncJobsWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncJobsWithStreamingResponse:
        """These methods, as context managers over the response, its body not read yet."""
        return AsyncJobsWithStreamingResponse(self)

    async def create_job(
        self,
        *,
        body: models.JobCreate | dict[str, Any],
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        deadline: float | None | NotGiven = NOT_GIVEN,
    ) -> models.Job:
        """Create a job

        Creates a job. Not idempotent, and takes no idempotency key.
        """
        return await self._client.request(
            _CREATE_JOB,
            body=body,
            options=RequestOptions(
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
                max_retries=max_retries,
                deadline=deadline,
            ),
        )

    async def get_job(
        self,
        job_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        deadline: float | None | NotGiven = NOT_GIVEN,
    ) -> models.Job:
        """Get a job

        Returns the job. Every job id exists.

        Args:
            job_id: The id of the job.
        """
        return await self._client.request(
            _GET_JOB,
            path={
                "job_id": job_id,
            },
            options=RequestOptions(
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
                max_retries=max_retries,
                deadline=deadline,
            ),
        )

    async def replace_job(
        self,
        job_id: str,
        *,
        body: models.JobCreate | dict[str, Any],
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        deadline: float | None | NotGiven = NOT_GIVEN,
    ) -> models.Job:
        """Replace a job

        Replaces the job with the one sent (idempotent).

        Args:
            job_id: The id of the job.
        """
        return await self._client.request(
            _REPLACE_JOB,
            path={
                "job_id": job_id,
            },
            body=body,
            options=RequestOptions(
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
                max_retries=max_retries,
                deadline=deadline,
            ),
        )

    async def delete_job(
        self,
        job_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        deadline: float | None | NotGiven = NOT_GIVEN,
    ) -> None:
        """Delete a job

        Deletes the job (idempotent).

        Args:
            job_id: The id of the job.
        """
        return await self._client.request(
            _DELETE_JOB,
            path={
                "job_id": job_id,
            },
            options=RequestOptions(
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
                max_retries=max_retries,
                deadline=deadline,
            ),
        )

    async def update_job(
        self,
        job_id: str,
        *,
        body: models.JobUpdate | dict[str, Any],
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        deadline: float | None | NotGiven = NOT_GIVEN,
    ) -> models.Job:
        """Update a job

        Changes the fields sent. Takes no idempotency key.

        Args:
            job_id: The id of the job.
        """
        return await self._client.request(
            _UPDATE_JOB,
            path={
                "job_id": job_id,
            },
            body=body,
            options=RequestOptions(
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
                max_retries=max_retries,
                deadline=deadline,
            ),
        )

    async def get_slow(
        self,
        *,
        delay: float,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        deadline: float | None | NotGiven = NOT_GIVEN,
    ) -> models.SlowResult:
        """Answer after a delay

        Waits `delay` seconds before it answers, to test client timeouts.

        Args:
            delay: How long to wait, in seconds.
        """
        return await self._client.request(
            _GET_SLOW,
            query={
                "delay": delay,
            },
            options=RequestOptions(
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
                max_retries=max_retries,
                deadline=deadline,
            ),
        )


class AsyncJobsWithRawResponse:
    """The methods of AsyncJobs, returning the HTTP response with `parse()` for the result."""

    def __init__(self, owner: AsyncJobs) -> None:
        self._owner = owner
        self.create_job = async_to_raw_response_wrapper(owner.create_job)
        self.get_job = async_to_raw_response_wrapper(owner.get_job)
        self.replace_job = async_to_raw_response_wrapper(owner.replace_job)
        self.delete_job = async_to_raw_response_wrapper(owner.delete_job)
        self.update_job = async_to_raw_response_wrapper(owner.update_job)
        self.get_slow = async_to_raw_response_wrapper(owner.get_slow)


class AsyncJobsWithStreamingResponse:
    """The methods of AsyncJobs, returning a context manager over the unread response."""

    def __init__(self, owner: AsyncJobs) -> None:
        self._owner = owner
        self.create_job = async_to_streamed_response_wrapper(owner.create_job)
        self.get_job = async_to_streamed_response_wrapper(owner.get_job)
        self.replace_job = async_to_streamed_response_wrapper(owner.replace_job)
        self.delete_job = async_to_streamed_response_wrapper(owner.delete_job)
        self.update_job = async_to_streamed_response_wrapper(owner.update_job)
        self.get_slow = async_to_streamed_response_wrapper(owner.get_slow)
