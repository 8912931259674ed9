from collections.abc import Mapping
from functools import cached_property

import httpx2 as httpx

from .. import models as _models
from .._runtime._async_client import AsyncResource
from .._runtime._async_response import AsyncRawView, AsyncStreamingView
from .._runtime._endpoint import Endpoint
from .._runtime._sync_client import SyncResource
from .._runtime._sync_response import RawView, StreamingView
from .._runtime._types import NotGiven, Omit

__all__ = [
    "AsyncJobsSlow",
    "AsyncJobsSlowWithRawResponse",
    "AsyncJobsSlowWithStreamingResponse",
    "JobsSlow",
    "JobsSlowWithRawResponse",
    "JobsSlowWithStreamingResponse",
]

_LIST: Endpoint[_models.SlowResult]

class JobsSlow(SyncResource):
    @cached_property
    def with_raw_response(self) -> JobsSlowWithRawResponse: ...
    @cached_property
    def with_streaming_response(self) -> JobsSlowWithStreamingResponse: ...
    def list(
        self,
        *,
        delay: float,
        extra_headers: Mapping[str, str | Omit | None] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = ...,
        max_retries: int | NotGiven = ...,
        deadline: float | None | NotGiven = ...,
        max_response_size: int | None | NotGiven = ...,
        follow_redirects: bool | NotGiven = ...,
        correlation_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> _models.SlowResult:
        """Answer after a delay

        Waits `delay` seconds before it answers, to test client timeouts.

        Args:
            delay: How long to wait, in seconds.

        GET /slow
        """

class JobsSlowWithRawResponse:
    def __init__(self, owner: JobsSlow) -> None: ...
    list = RawView(JobsSlow.list)

class JobsSlowWithStreamingResponse:
    def __init__(self, owner: JobsSlow) -> None: ...
    list = StreamingView(JobsSlow.list)

class AsyncJobsSlow(AsyncResource):
    @cached_property
    def with_raw_response(self) -> AsyncJobsSlowWithRawResponse: ...
    @cached_property
    def with_streaming_response(self) -> AsyncJobsSlowWithStreamingResponse: ...
    async def list(
        self,
        *,
        delay: float,
        extra_headers: Mapping[str, str | Omit | None] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = ...,
        max_retries: int | NotGiven = ...,
        deadline: float | None | NotGiven = ...,
        max_response_size: int | None | NotGiven = ...,
        follow_redirects: bool | NotGiven = ...,
        correlation_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> _models.SlowResult:
        """Answer after a delay

        Waits `delay` seconds before it answers, to test client timeouts.

        Args:
            delay: How long to wait, in seconds.

        GET /slow
        """

class AsyncJobsSlowWithRawResponse:
    def __init__(self, owner: AsyncJobsSlow) -> None: ...
    list = AsyncRawView(AsyncJobsSlow.list)

class AsyncJobsSlowWithStreamingResponse:
    def __init__(self, owner: AsyncJobsSlow) -> None: ...
    list = AsyncStreamingView(AsyncJobsSlow.list)
