"""`client.jobs.slow`: JobsSlow and its response views."""

from __future__ import annotations

from collections.abc import Mapping
from functools import cached_property

import httpx2 as httpx

from .. import models as _models
from .._runtime._async_client import AsyncResource
from .._runtime._async_response import AsyncRawView, AsyncStreamingView
from .._runtime._endpoint import Endpoint, ResponseSpec
from .._runtime._sync_client import SyncResource
from .._runtime._sync_response import RawView, StreamingView
from .._runtime._types import NOT_GIVEN, NotGiven, Omit, RequestOptions

__all__ = [
    "AsyncJobsSlow",
    "AsyncJobsSlowWithRawResponse",
    "AsyncJobsSlowWithStreamingResponse",
    "JobsSlow",
    "JobsSlowWithRawResponse",
    "JobsSlowWithStreamingResponse",
]


_LIST: Endpoint[_models.SlowResult] = Endpoint(
    method="GET",
    path="/slow",
    responses=(ResponseSpec("200", "json", lambda: _models.SlowResult),),
    errors=(ResponseSpec("400", "json", lambda: _models.Error),),
    security=(("ApiKeyAuth",),),
)


class JobsSlow(SyncResource):
    """Operations of the JobsSlow resource."""

    @cached_property
    def with_raw_response(self) -> JobsSlowWithRawResponse:
        """These methods, returning the HTTP response (`.parse()` gives the usual result)."""
        return JobsSlowWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> JobsSlowWithStreamingResponse:
        """These methods, as context managers over the response, its body not read yet."""
        return JobsSlowWithStreamingResponse(self)

    def list(
        self,
        *,
        delay: float,
        extra_headers: Mapping[str, str | Omit | None] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        deadline: float | None | NotGiven = NOT_GIVEN,
        max_response_size: int | None | NotGiven = NOT_GIVEN,
        follow_redirects: bool | NotGiven = NOT_GIVEN,
        correlation_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> _models.SlowResult:
        """Answer after a delay

        Waits `delay` seconds before it answers, to test client timeouts.

        Args:
            delay: How long to wait, in seconds.
        """
        return self._client.request(
            _LIST,
            query={
                "delay": delay,
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


class JobsSlowWithRawResponse:
    """The methods of JobsSlow, returning the HTTP response with `parse()` for the result."""

    def __init__(self, owner: JobsSlow) -> None:
        self._owner = owner

    list = RawView(JobsSlow.list)


class JobsSlowWithStreamingResponse:
    """The methods of JobsSlow, returning a context manager over the unread response."""

    def __init__(self, owner: JobsSlow) -> None:
        self._owner = owner

    list = StreamingView(JobsSlow.list)


class AsyncJobsSlow(AsyncResource):
    """Operations of the JobsSlow resource."""

    @cached_property
    def with_raw_response(self) -> AsyncJobsSlowWithRawResponse:
        """These methods, returning the HTTP response (`.parse()` gives the usual result)."""
        return AsyncJobsSlowWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncJobsSlowWithStreamingResponse:
        """These methods, as context managers over the response, its body not read yet."""
        return AsyncJobsSlowWithStreamingResponse(self)

    async def list(
        self,
        *,
        delay: float,
        extra_headers: Mapping[str, str | Omit | None] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        deadline: float | None | NotGiven = NOT_GIVEN,
        max_response_size: int | None | NotGiven = NOT_GIVEN,
        follow_redirects: bool | NotGiven = NOT_GIVEN,
        correlation_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> _models.SlowResult:
        """Answer after a delay

        Waits `delay` seconds before it answers, to test client timeouts.

        Args:
            delay: How long to wait, in seconds.
        """
        return await self._client.request(
            _LIST,
            query={
                "delay": delay,
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


class AsyncJobsSlowWithRawResponse:
    """The methods of AsyncJobsSlow, returning the HTTP response with `parse()` for the result."""

    def __init__(self, owner: AsyncJobsSlow) -> None:
        self._owner = owner

    list = AsyncRawView(AsyncJobsSlow.list)


class AsyncJobsSlowWithStreamingResponse:
    """The methods of AsyncJobsSlow, returning a context manager over the unread response."""

    def __init__(self, owner: AsyncJobsSlow) -> None:
        self._owner = owner

    list = AsyncStreamingView(AsyncJobsSlow.list)
