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
    "AsyncTours",
    "AsyncToursWithRawResponse",
    "AsyncToursWithStreamingResponse",
    "Tours",
    "ToursWithRawResponse",
    "ToursWithStreamingResponse",
]

_RETRIEVE: Endpoint[_models.Tour]

class Tours(SyncResource):
    @cached_property
    def with_raw_response(self) -> ToursWithRawResponse: ...
    @cached_property
    def with_streaming_response(self) -> ToursWithStreamingResponse: ...
    def retrieve(
        self,
        tour_id: int,
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
    ) -> _models.Tour:
        """Get a guided tour

        Returns a guided tour as a linked list of stops. This operation has no tags on purpose.

        Args:
            tour_id: The id of the tour.

        GET /tours/{tourId}
        """

class ToursWithRawResponse:
    def __init__(self, owner: Tours) -> None: ...
    retrieve = RawView(Tours.retrieve)

class ToursWithStreamingResponse:
    def __init__(self, owner: Tours) -> None: ...
    retrieve = StreamingView(Tours.retrieve)

class AsyncTours(AsyncResource):
    @cached_property
    def with_raw_response(self) -> AsyncToursWithRawResponse: ...
    @cached_property
    def with_streaming_response(self) -> AsyncToursWithStreamingResponse: ...
    async def retrieve(
        self,
        tour_id: int,
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
    ) -> _models.Tour:
        """Get a guided tour

        Returns a guided tour as a linked list of stops. This operation has no tags on purpose.

        Args:
            tour_id: The id of the tour.

        GET /tours/{tourId}
        """

class AsyncToursWithRawResponse:
    def __init__(self, owner: AsyncTours) -> None: ...
    retrieve = AsyncRawView(AsyncTours.retrieve)

class AsyncToursWithStreamingResponse:
    def __init__(self, owner: AsyncTours) -> None: ...
    retrieve = AsyncStreamingView(AsyncTours.retrieve)
