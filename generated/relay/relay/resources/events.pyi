from collections.abc import Mapping
from functools import cached_property
from typing import Protocol, type_check_only

import httpx

from .. import models
from .._runtime._async_client import AsyncResource
from .._runtime._async_response import (
    AsyncResponseContextManager,
    AsyncStreamedResponse,
)
from .._runtime._async_streaming import AsyncStream
from .._runtime._response import APIResponse
from .._runtime._sync_client import SyncResource
from .._runtime._sync_response import ResponseContextManager, StreamedResponse
from .._runtime._sync_streaming import Stream
from .._runtime._types import NotGiven

__all__ = [
    "AsyncEvents",
    "AsyncEventsWithRawResponse",
    "AsyncEventsWithStreamingResponse",
    "Events",
    "EventsWithRawResponse",
    "EventsWithStreamingResponse",
]

class Events(SyncResource):
    @cached_property
    def with_raw_response(self) -> EventsWithRawResponse: ...
    @cached_property
    def with_streaming_response(self) -> EventsWithStreamingResponse: ...
    def stream_events(
        self,
        *,
        count: int | None = None,
        drop_after: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = ...,
        max_retries: int | NotGiven = ...,
        deadline: float | None | NotGiven = ...,
    ) -> Stream[models.Event]: ...

@type_check_only
class _Raw_stream_events(Protocol):
    def __call__(
        self,
        *,
        count: int | None = None,
        drop_after: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = ...,
        max_retries: int | NotGiven = ...,
        deadline: float | None | NotGiven = ...,
    ) -> APIResponse[Stream[models.Event]]: ...

class EventsWithRawResponse:
    def __init__(self, owner: Events) -> None: ...
    stream_events: _Raw_stream_events

@type_check_only
class _Streaming_stream_events(Protocol):
    def __call__(
        self,
        *,
        count: int | None = None,
        drop_after: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = ...,
        max_retries: int | NotGiven = ...,
        deadline: float | None | NotGiven = ...,
    ) -> ResponseContextManager[StreamedResponse[Stream[models.Event]]]: ...

class EventsWithStreamingResponse:
    def __init__(self, owner: Events) -> None: ...
    stream_events: _Streaming_stream_events

class AsyncEvents(AsyncResource):
    @cached_property
    def with_raw_response(self) -> AsyncEventsWithRawResponse: ...
    @cached_property
    def with_streaming_response(self) -> AsyncEventsWithStreamingResponse: ...
    async def stream_events(
        self,
        *,
        count: int | None = None,
        drop_after: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = ...,
        max_retries: int | NotGiven = ...,
        deadline: float | None | NotGiven = ...,
    ) -> AsyncStream[models.Event]: ...

@type_check_only
class _AsyncRaw_stream_events(Protocol):
    async def __call__(
        self,
        *,
        count: int | None = None,
        drop_after: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = ...,
        max_retries: int | NotGiven = ...,
        deadline: float | None | NotGiven = ...,
    ) -> APIResponse[AsyncStream[models.Event]]: ...

class AsyncEventsWithRawResponse:
    def __init__(self, owner: AsyncEvents) -> None: ...
    stream_events: _AsyncRaw_stream_events

@type_check_only
class _AsyncStreaming_stream_events(Protocol):
    def __call__(
        self,
        *,
        count: int | None = None,
        drop_after: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = ...,
        max_retries: int | NotGiven = ...,
        deadline: float | None | NotGiven = ...,
    ) -> AsyncResponseContextManager[
        AsyncStreamedResponse[AsyncStream[models.Event]]
    ]: ...

class AsyncEventsWithStreamingResponse:
    def __init__(self, owner: AsyncEvents) -> None: ...
    stream_events: _AsyncStreaming_stream_events
