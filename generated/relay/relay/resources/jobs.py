"""`client.jobs`: Jobs and its response views."""

from __future__ import annotations

from collections.abc import Mapping
from functools import cached_property
from typing import Any

import httpx2 as httpx

from .. import models as _models
from .._runtime._async_client import AsyncResource
from .._runtime._async_response import AsyncRawView, AsyncStreamingView
from .._runtime._endpoint import BodySpec, Endpoint, ResponseSpec
from .._runtime._lazy import ChildResource, ResourceView
from .._runtime._serialize import body_from
from .._runtime._sync_client import SyncResource
from .._runtime._sync_response import RawView, StreamingView
from .._runtime._types import NOT_GIVEN, NotGiven, Omit, RequestOptions

__all__ = [
    "AsyncJobs",
    "AsyncJobsWithRawResponse",
    "AsyncJobsWithStreamingResponse",
    "Jobs",
    "JobsWithRawResponse",
    "JobsWithStreamingResponse",
]


_CREATE: Endpoint[_models.Job] = Endpoint(
    method="POST",
    path="/jobs",
    body=BodySpec("json", "application/json", lambda: _models.JobCreate),
    responses=(ResponseSpec("201", "json", lambda: _models.Job),),
    errors=(ResponseSpec("400", "json", lambda: _models.Error),),
    security=(("ApiKeyAuth",),),
)


_RETRIEVE: Endpoint[_models.Job] = Endpoint(
    method="GET",
    path="/jobs/{job_id}",
    responses=(ResponseSpec("200", "json", lambda: _models.Job),),
    security=(("ApiKeyAuth",),),
)


_REPLACE: Endpoint[_models.Job] = Endpoint(
    method="PUT",
    path="/jobs/{job_id}",
    body=BodySpec("json", "application/json", lambda: _models.JobCreate),
    responses=(ResponseSpec("200", "json", lambda: _models.Job),),
    errors=(ResponseSpec("400", "json", lambda: _models.Error),),
    security=(("ApiKeyAuth",),),
)


_DELETE: Endpoint[None] = Endpoint(
    method="DELETE",
    path="/jobs/{job_id}",
    responses=(ResponseSpec("204", "empty"),),
    security=(("ApiKeyAuth",),),
)


_UPDATE: Endpoint[_models.Job] = Endpoint(
    method="PATCH",
    path="/jobs/{job_id}",
    body=BodySpec("json", "application/json", lambda: _models.JobUpdate),
    responses=(ResponseSpec("200", "json", lambda: _models.Job),),
    errors=(ResponseSpec("400", "json", lambda: _models.Error),),
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

    def create(
        self,
        *,
        name: str | NotGiven = NOT_GIVEN,
        extra_body: dict[str, Any] | None = None,
        body: _models.JobCreate | _models.JobCreateParam | None = None,
        extra_headers: Mapping[str, str | Omit | None] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        deadline: float | None | NotGiven = NOT_GIVEN,
        max_response_size: int | None | NotGiven = NOT_GIVEN,
        follow_redirects: bool | NotGiven = NOT_GIVEN,
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
        """
        return self._client.request(
            _CREATE,
            body=body_from(body, {"name": name}, extra_body, required=True),
            options=RequestOptions(
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
                max_retries=max_retries,
                deadline=deadline,
                max_response_size=max_response_size,
                follow_redirects=follow_redirects,
                correlation_id=correlation_id,
                idempotency_key=idempotency_key,
            ),
        )

    def retrieve(
        self,
        job_id: str,
        *,
        extra_headers: Mapping[str, str | Omit | None] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        deadline: float | None | NotGiven = NOT_GIVEN,
        max_response_size: int | None | NotGiven = NOT_GIVEN,
        follow_redirects: bool | NotGiven = NOT_GIVEN,
        correlation_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> _models.Job:
        """Get a job

        Returns the job. Every job id exists.

        Args:
            job_id: The id of the job.
        """
        return self._client.request(
            _RETRIEVE,
            path={
                "job_id": job_id,
            },
            options=RequestOptions(
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
                max_retries=max_retries,
                deadline=deadline,
                max_response_size=max_response_size,
                follow_redirects=follow_redirects,
                correlation_id=correlation_id,
                idempotency_key=idempotency_key,
            ),
        )

    def replace(
        self,
        job_id: str,
        *,
        name: str | NotGiven = NOT_GIVEN,
        extra_body: dict[str, Any] | None = None,
        body: _models.JobCreate | _models.JobCreateParam | None = None,
        extra_headers: Mapping[str, str | Omit | None] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        deadline: float | None | NotGiven = NOT_GIVEN,
        max_response_size: int | None | NotGiven = NOT_GIVEN,
        follow_redirects: bool | NotGiven = NOT_GIVEN,
        correlation_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> _models.Job:
        """Replace a job

        Replaces the job with the one sent (idempotent).

        Args:
            job_id: The id of the job.
            extra_body: Keys sent in the body besides the ones above.
            body: The body (whole, instead of its keys: a model or a dict)
        """
        return self._client.request(
            _REPLACE,
            path={
                "job_id": job_id,
            },
            body=body_from(body, {"name": name}, extra_body, required=True),
            options=RequestOptions(
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
                max_retries=max_retries,
                deadline=deadline,
                max_response_size=max_response_size,
                follow_redirects=follow_redirects,
                correlation_id=correlation_id,
                idempotency_key=idempotency_key,
            ),
        )

    def delete(
        self,
        job_id: str,
        *,
        extra_headers: Mapping[str, str | Omit | None] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        deadline: float | None | NotGiven = NOT_GIVEN,
        max_response_size: int | None | NotGiven = NOT_GIVEN,
        follow_redirects: bool | NotGiven = NOT_GIVEN,
        correlation_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> None:
        """Delete a job

        Deletes the job (idempotent).

        Args:
            job_id: The id of the job.
        """
        return self._client.request(
            _DELETE,
            path={
                "job_id": job_id,
            },
            options=RequestOptions(
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
                max_retries=max_retries,
                deadline=deadline,
                max_response_size=max_response_size,
                follow_redirects=follow_redirects,
                correlation_id=correlation_id,
                idempotency_key=idempotency_key,
            ),
        )

    def update(
        self,
        job_id: str,
        *,
        name: str | NotGiven = NOT_GIVEN,
        extra_body: dict[str, Any] | None = None,
        body: _models.JobUpdate | _models.JobUpdateParam | None = None,
        extra_headers: Mapping[str, str | Omit | None] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        deadline: float | None | NotGiven = NOT_GIVEN,
        max_response_size: int | None | NotGiven = NOT_GIVEN,
        follow_redirects: bool | NotGiven = NOT_GIVEN,
        correlation_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> _models.Job:
        """Update a job

        Changes the fields sent. Takes no idempotency key.

        Args:
            job_id: The id of the job.
            extra_body: Keys sent in the body besides the ones above.
            body: The body (whole, instead of its keys: a model or a dict)
        """
        return self._client.request(
            _UPDATE,
            path={
                "job_id": job_id,
            },
            body=body_from(body, {"name": name}, extra_body, required=True),
            options=RequestOptions(
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
                max_retries=max_retries,
                deadline=deadline,
                max_response_size=max_response_size,
                follow_redirects=follow_redirects,
                correlation_id=correlation_id,
                idempotency_key=idempotency_key,
            ),
        )

    slow = ChildResource(".jobs_slow", "JobsSlow", of_resource=True)
    """Operations of `client.jobs.slow`."""


class JobsWithRawResponse:
    """The methods of Jobs, returning the HTTP response with `parse()` for the result."""

    def __init__(self, owner: Jobs) -> None:
        self._owner = owner

    create = RawView(Jobs.create)
    retrieve = RawView(Jobs.retrieve)
    replace = RawView(Jobs.replace)
    delete = RawView(Jobs.delete)
    update = RawView(Jobs.update)
    slow = ResourceView("with_raw_response")


class JobsWithStreamingResponse:
    """The methods of Jobs, returning a context manager over the unread response."""

    def __init__(self, owner: Jobs) -> None:
        self._owner = owner

    create = StreamingView(Jobs.create)
    retrieve = StreamingView(Jobs.retrieve)
    replace = StreamingView(Jobs.replace)
    delete = StreamingView(Jobs.delete)
    update = StreamingView(Jobs.update)
    slow = ResourceView("with_streaming_response")


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

    async def create(
        self,
        *,
        name: str | NotGiven = NOT_GIVEN,
        extra_body: dict[str, Any] | None = None,
        body: _models.JobCreate | _models.JobCreateParam | None = None,
        extra_headers: Mapping[str, str | Omit | None] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        deadline: float | None | NotGiven = NOT_GIVEN,
        max_response_size: int | None | NotGiven = NOT_GIVEN,
        follow_redirects: bool | NotGiven = NOT_GIVEN,
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
        """
        return await self._client.request(
            _CREATE,
            body=body_from(body, {"name": name}, extra_body, required=True),
            options=RequestOptions(
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
                max_retries=max_retries,
                deadline=deadline,
                max_response_size=max_response_size,
                follow_redirects=follow_redirects,
                correlation_id=correlation_id,
                idempotency_key=idempotency_key,
            ),
        )

    async def retrieve(
        self,
        job_id: str,
        *,
        extra_headers: Mapping[str, str | Omit | None] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        deadline: float | None | NotGiven = NOT_GIVEN,
        max_response_size: int | None | NotGiven = NOT_GIVEN,
        follow_redirects: bool | NotGiven = NOT_GIVEN,
        correlation_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> _models.Job:
        """Get a job

        Returns the job. Every job id exists.

        Args:
            job_id: The id of the job.
        """
        return await self._client.request(
            _RETRIEVE,
            path={
                "job_id": job_id,
            },
            options=RequestOptions(
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
                max_retries=max_retries,
                deadline=deadline,
                max_response_size=max_response_size,
                follow_redirects=follow_redirects,
                correlation_id=correlation_id,
                idempotency_key=idempotency_key,
            ),
        )

    async def replace(
        self,
        job_id: str,
        *,
        name: str | NotGiven = NOT_GIVEN,
        extra_body: dict[str, Any] | None = None,
        body: _models.JobCreate | _models.JobCreateParam | None = None,
        extra_headers: Mapping[str, str | Omit | None] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        deadline: float | None | NotGiven = NOT_GIVEN,
        max_response_size: int | None | NotGiven = NOT_GIVEN,
        follow_redirects: bool | NotGiven = NOT_GIVEN,
        correlation_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> _models.Job:
        """Replace a job

        Replaces the job with the one sent (idempotent).

        Args:
            job_id: The id of the job.
            extra_body: Keys sent in the body besides the ones above.
            body: The body (whole, instead of its keys: a model or a dict)
        """
        return await self._client.request(
            _REPLACE,
            path={
                "job_id": job_id,
            },
            body=body_from(body, {"name": name}, extra_body, required=True),
            options=RequestOptions(
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
                max_retries=max_retries,
                deadline=deadline,
                max_response_size=max_response_size,
                follow_redirects=follow_redirects,
                correlation_id=correlation_id,
                idempotency_key=idempotency_key,
            ),
        )

    async def delete(
        self,
        job_id: str,
        *,
        extra_headers: Mapping[str, str | Omit | None] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        deadline: float | None | NotGiven = NOT_GIVEN,
        max_response_size: int | None | NotGiven = NOT_GIVEN,
        follow_redirects: bool | NotGiven = NOT_GIVEN,
        correlation_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> None:
        """Delete a job

        Deletes the job (idempotent).

        Args:
            job_id: The id of the job.
        """
        return await self._client.request(
            _DELETE,
            path={
                "job_id": job_id,
            },
            options=RequestOptions(
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
                max_retries=max_retries,
                deadline=deadline,
                max_response_size=max_response_size,
                follow_redirects=follow_redirects,
                correlation_id=correlation_id,
                idempotency_key=idempotency_key,
            ),
        )

    async def update(
        self,
        job_id: str,
        *,
        name: str | NotGiven = NOT_GIVEN,
        extra_body: dict[str, Any] | None = None,
        body: _models.JobUpdate | _models.JobUpdateParam | None = None,
        extra_headers: Mapping[str, str | Omit | None] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        deadline: float | None | NotGiven = NOT_GIVEN,
        max_response_size: int | None | NotGiven = NOT_GIVEN,
        follow_redirects: bool | NotGiven = NOT_GIVEN,
        correlation_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> _models.Job:
        """Update a job

        Changes the fields sent. Takes no idempotency key.

        Args:
            job_id: The id of the job.
            extra_body: Keys sent in the body besides the ones above.
            body: The body (whole, instead of its keys: a model or a dict)
        """
        return await self._client.request(
            _UPDATE,
            path={
                "job_id": job_id,
            },
            body=body_from(body, {"name": name}, extra_body, required=True),
            options=RequestOptions(
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
                max_retries=max_retries,
                deadline=deadline,
                max_response_size=max_response_size,
                follow_redirects=follow_redirects,
                correlation_id=correlation_id,
                idempotency_key=idempotency_key,
            ),
        )

    slow = ChildResource(".jobs_slow", "AsyncJobsSlow", of_resource=True)
    """Operations of `client.jobs.slow`."""


class AsyncJobsWithRawResponse:
    """The methods of AsyncJobs, returning the HTTP response with `parse()` for the result."""

    def __init__(self, owner: AsyncJobs) -> None:
        self._owner = owner

    create = AsyncRawView(AsyncJobs.create)
    retrieve = AsyncRawView(AsyncJobs.retrieve)
    replace = AsyncRawView(AsyncJobs.replace)
    delete = AsyncRawView(AsyncJobs.delete)
    update = AsyncRawView(AsyncJobs.update)
    slow = ResourceView("with_raw_response")


class AsyncJobsWithStreamingResponse:
    """The methods of AsyncJobs, returning a context manager over the unread response."""

    def __init__(self, owner: AsyncJobs) -> None:
        self._owner = owner

    create = AsyncStreamingView(AsyncJobs.create)
    retrieve = AsyncStreamingView(AsyncJobs.retrieve)
    replace = AsyncStreamingView(AsyncJobs.replace)
    delete = AsyncStreamingView(AsyncJobs.delete)
    update = AsyncStreamingView(AsyncJobs.update)
    slow = ResourceView("with_streaming_response")
