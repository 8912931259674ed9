from collections.abc import Mapping
from functools import cached_property

import httpx2 as httpx

from .. import models as _models
from .._runtime._async_client import AsyncResource
from .._runtime._async_response import AsyncRawView, AsyncStreamingView
from .._runtime._async_streaming import AsyncStream
from .._runtime._endpoint import Endpoint
from .._runtime._sync_client import SyncResource
from .._runtime._sync_response import RawView, StreamingView
from .._runtime._sync_streaming import Stream
from .._runtime._types import NotGiven, Omit
from .events_chat import (
    AsyncEventsChat,
    AsyncEventsChatWithRawResponse,
    AsyncEventsChatWithStreamingResponse,
    EventsChat,
    EventsChatWithRawResponse,
    EventsChatWithStreamingResponse,
)

__all__ = [
    "AsyncEvents",
    "AsyncEventsWithRawResponse",
    "AsyncEventsWithStreamingResponse",
    "Events",
    "EventsWithRawResponse",
    "EventsWithStreamingResponse",
]

_DIGEST: Endpoint[_models.EventDigest]
_DIGEST_STREAM: Endpoint[_models.Event]
_LIST: Endpoint[_models.Event]

class Events(SyncResource):
    @cached_property
    def with_raw_response(self) -> EventsWithRawResponse: ...
    @cached_property
    def with_streaming_response(self) -> EventsWithStreamingResponse: ...
    def digest(
        self,
        *,
        count: int | None = None,
        extra_headers: Mapping[str, str | Omit | None] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = ...,
        max_retries: int | NotGiven = ...,
        deadline: float | None | NotGiven = ...,
        max_response_size: int | None | NotGiven = ...,
        follow_redirects: bool | NotGiven = ...,
        correlation_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> _models.EventDigest:
        """Digest of the events

        The first `count` events in one JSON object, or (asked for `text/event-stream`) the same events as server-sent events.

        GET /events/digest
        """

    def digest_stream(
        self,
        *,
        count: int | None = None,
        extra_headers: Mapping[str, str | Omit | None] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = ...,
        max_retries: int | NotGiven = ...,
        deadline: float | None | NotGiven = ...,
        max_response_size: int | None | NotGiven = ...,
        follow_redirects: bool | NotGiven = ...,
        correlation_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> Stream[_models.Event]:
        """Digest of the events

        The first `count` events in one JSON object, or (asked for `text/event-stream`) the same events as server-sent events.

        GET /events/digest
        """

    def list(
        self,
        *,
        count: int | None = None,
        drop_after: int | None = None,
        extra_headers: Mapping[str, str | Omit | None] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = ...,
        max_retries: int | NotGiven = ...,
        deadline: float | None | NotGiven = ...,
        max_response_size: int | None | NotGiven = ...,
        follow_redirects: bool | NotGiven = ...,
        correlation_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> Stream[_models.Event]:
        """Stream events

        Sends `count` events named `tick` as server-sent events, with ids 1 to `count`; the `data` of each is an `Event` in JSON. With a `Last-Event-ID` header the stream resumes after that id. With `drop_after` (and no `Last-Event-ID`) the server breaks the connection after that many events.

        Args:
            count: How many events to send.
            drop_after: Break the connection after this many events (when not resuming).

        GET /events
        """

    @cached_property
    def chat(self) -> EventsChat: ...

class EventsWithRawResponse:
    def __init__(self, owner: Events) -> None: ...
    digest = RawView(Events.digest)
    digest_stream = RawView(Events.digest_stream)
    list = RawView(Events.list)
    @cached_property
    def chat(self) -> EventsChatWithRawResponse: ...

class EventsWithStreamingResponse:
    def __init__(self, owner: Events) -> None: ...
    digest = StreamingView(Events.digest)
    digest_stream = StreamingView(Events.digest_stream)
    list = StreamingView(Events.list)
    @cached_property
    def chat(self) -> EventsChatWithStreamingResponse: ...

class AsyncEvents(AsyncResource):
    @cached_property
    def with_raw_response(self) -> AsyncEventsWithRawResponse: ...
    @cached_property
    def with_streaming_response(self) -> AsyncEventsWithStreamingResponse: ...
    async def digest(
        self,
        *,
        count: int | None = None,
        extra_headers: Mapping[str, str | Omit | None] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = ...,
        max_retries: int | NotGiven = ...,
        deadline: float | None | NotGiven = ...,
        max_response_size: int | None | NotGiven = ...,
        follow_redirects: bool | NotGiven = ...,
        correlation_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> _models.EventDigest:
        """Digest of the events

        The first `count` events in one JSON object, or (asked for `text/event-stream`) the same events as server-sent events.

        GET /events/digest
        """

    async def digest_stream(
        self,
        *,
        count: int | None = None,
        extra_headers: Mapping[str, str | Omit | None] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = ...,
        max_retries: int | NotGiven = ...,
        deadline: float | None | NotGiven = ...,
        max_response_size: int | None | NotGiven = ...,
        follow_redirects: bool | NotGiven = ...,
        correlation_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> AsyncStream[_models.Event]:
        """Digest of the events

        The first `count` events in one JSON object, or (asked for `text/event-stream`) the same events as server-sent events.

        GET /events/digest
        """

    async def list(
        self,
        *,
        count: int | None = None,
        drop_after: int | None = None,
        extra_headers: Mapping[str, str | Omit | None] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = ...,
        max_retries: int | NotGiven = ...,
        deadline: float | None | NotGiven = ...,
        max_response_size: int | None | NotGiven = ...,
        follow_redirects: bool | NotGiven = ...,
        correlation_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> AsyncStream[_models.Event]:
        """Stream events

        Sends `count` events named `tick` as server-sent events, with ids 1 to `count`; the `data` of each is an `Event` in JSON. With a `Last-Event-ID` header the stream resumes after that id. With `drop_after` (and no `Last-Event-ID`) the server breaks the connection after that many events.

        Args:
            count: How many events to send.
            drop_after: Break the connection after this many events (when not resuming).

        GET /events
        """

    @cached_property
    def chat(self) -> AsyncEventsChat: ...

class AsyncEventsWithRawResponse:
    def __init__(self, owner: AsyncEvents) -> None: ...
    digest = AsyncRawView(AsyncEvents.digest)
    digest_stream = AsyncRawView(AsyncEvents.digest_stream)
    list = AsyncRawView(AsyncEvents.list)
    @cached_property
    def chat(self) -> AsyncEventsChatWithRawResponse: ...

class AsyncEventsWithStreamingResponse:
    def __init__(self, owner: AsyncEvents) -> None: ...
    digest = AsyncStreamingView(AsyncEvents.digest)
    digest_stream = AsyncStreamingView(AsyncEvents.digest_stream)
    list = AsyncStreamingView(AsyncEvents.list)
    @cached_property
    def chat(self) -> AsyncEventsChatWithStreamingResponse: ...
