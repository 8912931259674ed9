"""`client.events`: Events and its response views."""

from __future__ import annotations

from collections.abc import Mapping
from functools import cached_property

import httpx2 as httpx

from .. import models as _models
from .._runtime._async_client import AsyncResource
from .._runtime._async_response import AsyncRawView, AsyncStreamingView
from .._runtime._async_streaming import AsyncStream
from .._runtime._endpoint import Endpoint, ResponseSpec
from .._runtime._lazy import ChildResource, ResourceView
from .._runtime._sync_client import SyncResource
from .._runtime._sync_response import RawView, StreamingView
from .._runtime._sync_streaming import Stream
from .._runtime._types import NOT_GIVEN, NotGiven, Omit, RequestOptions

__all__ = [
    "AsyncEvents",
    "AsyncEventsWithRawResponse",
    "AsyncEventsWithStreamingResponse",
    "Events",
    "EventsWithRawResponse",
    "EventsWithStreamingResponse",
]


_DIGEST: Endpoint[_models.EventDigest] = Endpoint(
    method="GET",
    path="/events/digest",
    responses=(ResponseSpec("200", "json", lambda: _models.EventDigest),),
    errors=(ResponseSpec("400", "json", lambda: _models.Error),),
    security=(("ApiKeyAuth",),),
)


_DIGEST_STREAM: Endpoint[_models.Event] = Endpoint(
    method="GET",
    path="/events/digest",
    responses=(ResponseSpec("200", "events", lambda: _models.Event),),
    errors=(ResponseSpec("400", "json", lambda: _models.Error),),
    security=(("ApiKeyAuth",),),
    events=True,
    accept="text/event-stream",
)


_LIST: Endpoint[_models.Event] = Endpoint(
    method="GET",
    path="/events",
    responses=(ResponseSpec("200", "events", lambda: _models.Event),),
    errors=(ResponseSpec("400", "json", lambda: _models.Error),),
    security=(("ApiKeyAuth",),),
    events=True,
    accept="text/event-stream",
)


class Events(SyncResource):
    """A stream of server-sent events that can be resumed with `Last-Event-ID`."""

    @cached_property
    def with_raw_response(self) -> EventsWithRawResponse:
        """These methods, returning the HTTP response (`.parse()` gives the usual result)."""
        return EventsWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> EventsWithStreamingResponse:
        """These methods, as context managers over the response, its body not read yet."""
        return EventsWithStreamingResponse(self)

    def digest(
        self,
        *,
        count: int | None = None,
        extra_headers: Mapping[str, str | Omit | None] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        deadline: float | None | NotGiven = NOT_GIVEN,
        max_response_size: int | None | NotGiven = NOT_GIVEN,
        follow_redirects: bool | NotGiven = NOT_GIVEN,
        correlation_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> _models.EventDigest:
        """Digest of the events

        The first `count` events in one JSON object, or (asked for `text/event-stream`) the same events as server-sent events.
        """
        return self._client.request(
            _DIGEST,
            query={
                "count": count,
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

    def digest_stream(
        self,
        *,
        count: int | None = None,
        extra_headers: Mapping[str, str | Omit | None] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        deadline: float | None | NotGiven = NOT_GIVEN,
        max_response_size: int | None | NotGiven = NOT_GIVEN,
        follow_redirects: bool | NotGiven = NOT_GIVEN,
        correlation_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> Stream[_models.Event]:
        """Digest of the events

        The first `count` events in one JSON object, or (asked for `text/event-stream`) the same events as server-sent events.
        """
        return self._client.request_events(
            _DIGEST_STREAM,
            query={
                "count": count,
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

    def list(
        self,
        *,
        count: int | None = None,
        drop_after: int | None = None,
        extra_headers: Mapping[str, str | Omit | None] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        deadline: float | None | NotGiven = NOT_GIVEN,
        max_response_size: int | None | NotGiven = NOT_GIVEN,
        follow_redirects: bool | NotGiven = NOT_GIVEN,
        correlation_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> Stream[_models.Event]:
        """Stream events

        Sends `count` events named `tick` as server-sent events, with ids 1 to `count`; the `data` of each is an `Event` in JSON. With a `Last-Event-ID` header the stream resumes after that id. With `drop_after` (and no `Last-Event-ID`) the server breaks the connection after that many events.

        Args:
            count: How many events to send.
            drop_after: Break the connection after this many events (when not resuming).
        """
        return self._client.request_events(
            _LIST,
            query={
                "count": count,
                "drop_after": drop_after,
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

    chat = ChildResource(".events_chat", "EventsChat", of_resource=True)
    """Operations of `client.events.chat`."""


class EventsWithRawResponse:
    """The methods of Events, returning the HTTP response with `parse()` for the result."""

    def __init__(self, owner: Events) -> None:
        self._owner = owner

    digest = RawView(Events.digest)
    digest_stream = RawView(Events.digest_stream)
    list = RawView(Events.list)
    chat = ResourceView("with_raw_response")


class EventsWithStreamingResponse:
    """The methods of Events, returning a context manager over the unread response."""

    def __init__(self, owner: Events) -> None:
        self._owner = owner

    digest = StreamingView(Events.digest)
    digest_stream = StreamingView(Events.digest_stream)
    list = StreamingView(Events.list)
    chat = ResourceView("with_streaming_response")


class AsyncEvents(AsyncResource):
    """A stream of server-sent events that can be resumed with `Last-Event-ID`."""

    @cached_property
    def with_raw_response(self) -> AsyncEventsWithRawResponse:
        """These methods, returning the HTTP response (`.parse()` gives the usual result)."""
        return AsyncEventsWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncEventsWithStreamingResponse:
        """These methods, as context managers over the response, its body not read yet."""
        return AsyncEventsWithStreamingResponse(self)

    async def digest(
        self,
        *,
        count: int | None = None,
        extra_headers: Mapping[str, str | Omit | None] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        deadline: float | None | NotGiven = NOT_GIVEN,
        max_response_size: int | None | NotGiven = NOT_GIVEN,
        follow_redirects: bool | NotGiven = NOT_GIVEN,
        correlation_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> _models.EventDigest:
        """Digest of the events

        The first `count` events in one JSON object, or (asked for `text/event-stream`) the same events as server-sent events.
        """
        return await self._client.request(
            _DIGEST,
            query={
                "count": count,
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

    async def digest_stream(
        self,
        *,
        count: int | None = None,
        extra_headers: Mapping[str, str | Omit | None] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        deadline: float | None | NotGiven = NOT_GIVEN,
        max_response_size: int | None | NotGiven = NOT_GIVEN,
        follow_redirects: bool | NotGiven = NOT_GIVEN,
        correlation_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> AsyncStream[_models.Event]:
        """Digest of the events

        The first `count` events in one JSON object, or (asked for `text/event-stream`) the same events as server-sent events.
        """
        return await self._client.request_events(
            _DIGEST_STREAM,
            query={
                "count": count,
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

    async def list(
        self,
        *,
        count: int | None = None,
        drop_after: int | None = None,
        extra_headers: Mapping[str, str | Omit | None] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        deadline: float | None | NotGiven = NOT_GIVEN,
        max_response_size: int | None | NotGiven = NOT_GIVEN,
        follow_redirects: bool | NotGiven = NOT_GIVEN,
        correlation_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> AsyncStream[_models.Event]:
        """Stream events

        Sends `count` events named `tick` as server-sent events, with ids 1 to `count`; the `data` of each is an `Event` in JSON. With a `Last-Event-ID` header the stream resumes after that id. With `drop_after` (and no `Last-Event-ID`) the server breaks the connection after that many events.

        Args:
            count: How many events to send.
            drop_after: Break the connection after this many events (when not resuming).
        """
        return await self._client.request_events(
            _LIST,
            query={
                "count": count,
                "drop_after": drop_after,
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

    chat = ChildResource(".events_chat", "AsyncEventsChat", of_resource=True)
    """Operations of `client.events.chat`."""


class AsyncEventsWithRawResponse:
    """The methods of AsyncEvents, returning the HTTP response with `parse()` for the result."""

    def __init__(self, owner: AsyncEvents) -> None:
        self._owner = owner

    digest = AsyncRawView(AsyncEvents.digest)
    digest_stream = AsyncRawView(AsyncEvents.digest_stream)
    list = AsyncRawView(AsyncEvents.list)
    chat = ResourceView("with_raw_response")


class AsyncEventsWithStreamingResponse:
    """The methods of AsyncEvents, returning a context manager over the unread response."""

    def __init__(self, owner: AsyncEvents) -> None:
        self._owner = owner

    digest = AsyncStreamingView(AsyncEvents.digest)
    digest_stream = AsyncStreamingView(AsyncEvents.digest_stream)
    list = AsyncStreamingView(AsyncEvents.list)
    chat = ResourceView("with_streaming_response")
