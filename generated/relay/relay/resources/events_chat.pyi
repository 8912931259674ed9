from functools import cached_property

from .._runtime._async_client import AsyncResource
from .._runtime._sync_client import SyncResource
from .events_chat_completions import (
    AsyncEventsChatCompletions,
    AsyncEventsChatCompletionsWithRawResponse,
    AsyncEventsChatCompletionsWithStreamingResponse,
    EventsChatCompletions,
    EventsChatCompletionsWithRawResponse,
    EventsChatCompletionsWithStreamingResponse,
)

__all__ = [
    "AsyncEventsChat",
    "AsyncEventsChatWithRawResponse",
    "AsyncEventsChatWithStreamingResponse",
    "EventsChat",
    "EventsChatWithRawResponse",
    "EventsChatWithStreamingResponse",
]

class EventsChat(SyncResource):
    @cached_property
    def with_raw_response(self) -> EventsChatWithRawResponse: ...
    @cached_property
    def with_streaming_response(self) -> EventsChatWithStreamingResponse: ...
    @cached_property
    def completions(self) -> EventsChatCompletions: ...

class EventsChatWithRawResponse:
    def __init__(self, owner: EventsChat) -> None: ...
    @cached_property
    def completions(self) -> EventsChatCompletionsWithRawResponse: ...

class EventsChatWithStreamingResponse:
    def __init__(self, owner: EventsChat) -> None: ...
    @cached_property
    def completions(self) -> EventsChatCompletionsWithStreamingResponse: ...

class AsyncEventsChat(AsyncResource):
    @cached_property
    def with_raw_response(self) -> AsyncEventsChatWithRawResponse: ...
    @cached_property
    def with_streaming_response(self) -> AsyncEventsChatWithStreamingResponse: ...
    @cached_property
    def completions(self) -> AsyncEventsChatCompletions: ...

class AsyncEventsChatWithRawResponse:
    def __init__(self, owner: AsyncEventsChat) -> None: ...
    @cached_property
    def completions(self) -> AsyncEventsChatCompletionsWithRawResponse: ...

class AsyncEventsChatWithStreamingResponse:
    def __init__(self, owner: AsyncEventsChat) -> None: ...
    @cached_property
    def completions(self) -> AsyncEventsChatCompletionsWithStreamingResponse: ...
