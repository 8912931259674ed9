"""`client.tours`: Tours and its response views."""

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
    "AsyncTours",
    "AsyncToursWithRawResponse",
    "AsyncToursWithStreamingResponse",
    "Tours",
    "ToursWithRawResponse",
    "ToursWithStreamingResponse",
]


_RETRIEVE: Endpoint[_models.Tour] = Endpoint(
    method="GET",
    path="/tours/{tourId}",
    responses=(ResponseSpec("200", "json", lambda: _models.Tour),),
    errors=(
        ResponseSpec("404", "json", lambda: _models.Error),
        ResponseSpec("default", "json", lambda: _models.Error),
    ),
)


class Tours(SyncResource):
    """Operations of the Tours resource."""

    @cached_property
    def with_raw_response(self) -> ToursWithRawResponse:
        """These methods, returning the HTTP response (`.parse()` gives the usual result)."""
        return ToursWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> ToursWithStreamingResponse:
        """These methods, as context managers over the response, its body not read yet."""
        return ToursWithStreamingResponse(self)

    def retrieve(
        self,
        tour_id: int,
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
    ) -> _models.Tour:
        """Get a guided tour

        Returns a guided tour as a linked list of stops. This operation has no tags on purpose.

        Args:
            tour_id: The id of the tour.
        """
        return self._client.request(
            _RETRIEVE,
            path={
                "tourId": tour_id,
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


class ToursWithRawResponse:
    """The methods of Tours, returning the HTTP response with `parse()` for the result."""

    def __init__(self, owner: Tours) -> None:
        self._owner = owner

    retrieve = RawView(Tours.retrieve)


class ToursWithStreamingResponse:
    """The methods of Tours, returning a context manager over the unread response."""

    def __init__(self, owner: Tours) -> None:
        self._owner = owner

    retrieve = StreamingView(Tours.retrieve)


class AsyncTours(AsyncResource):
    """Operations of the Tours resource."""

    @cached_property
    def with_raw_response(self) -> AsyncToursWithRawResponse:
        """These methods, returning the HTTP response (`.parse()` gives the usual result)."""
        return AsyncToursWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncToursWithStreamingResponse:
        """These methods, as context managers over the response, its body not read yet."""
        return AsyncToursWithStreamingResponse(self)

    async def retrieve(
        self,
        tour_id: int,
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
    ) -> _models.Tour:
        """Get a guided tour

        Returns a guided tour as a linked list of stops. This operation has no tags on purpose.

        Args:
            tour_id: The id of the tour.
        """
        return await self._client.request(
            _RETRIEVE,
            path={
                "tourId": tour_id,
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


class AsyncToursWithRawResponse:
    """The methods of AsyncTours, returning the HTTP response with `parse()` for the result."""

    def __init__(self, owner: AsyncTours) -> None:
        self._owner = owner

    retrieve = AsyncRawView(AsyncTours.retrieve)


class AsyncToursWithStreamingResponse:
    """The methods of AsyncTours, returning a context manager over the unread response."""

    def __init__(self, owner: AsyncTours) -> None:
        self._owner = owner

    retrieve = AsyncStreamingView(AsyncTours.retrieve)
