"""`client.events.chat`: EventsChat and its response views."""

from __future__ import annotations

from functools import cached_property

from .._runtime._async_client import AsyncResource
from .._runtime._lazy import ChildResource, ResourceView
from .._runtime._sync_client import SyncResource

__all__ = [
    "AsyncEventsChat",
    "AsyncEventsChatWithRawResponse",
    "AsyncEventsChatWithStreamingResponse",
    "EventsChat",
    "EventsChatWithRawResponse",
    "EventsChatWithStreamingResponse",
]


class EventsChat(SyncResource):
    """Operations of the EventsChat resource."""

    @cached_property
    def with_raw_response(self) -> EventsChatWithRawResponse:
        """These methods, returning the HTTP response (`.parse()` gives the usual result)."""
        return EventsChatWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> EventsChatWithStreamingResponse:
        """These methods, as context managers over the response, its body not read yet."""
        return EventsChatWithStreamingResponse(self)

    completions = ChildResource(
        ".events_chat_completions", "EventsChatCompletions", of_resource=True
    )
    """Operations of `client.events.chat.completions`."""


class EventsChatWithRawResponse:
    """The methods of EventsChat, returning the HTTP response with `parse()` for the result."""

    def __init__(self, owner: EventsChat) -> None:
        self._owner = owner

    completions = ResourceView("with_raw_response")


class EventsChatWithStreamingResponse:
    """The methods of EventsChat, returning a context manager over the unread response."""

    def __init__(self, owner: EventsChat) -> None:
        self._owner = owner

    completions = ResourceView("with_streaming_response")


class AsyncEventsChat(AsyncResource):
    """Operations of the EventsChat resource."""

    @cached_property
    def with_raw_response(self) -> AsyncEventsChatWithRawResponse:
        """These methods, returning the HTTP response (`.parse()` gives the usual result)."""
        return AsyncEventsChatWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncEventsChatWithStreamingResponse:
        """These methods, as context managers over the response, its body not read yet."""
        return AsyncEventsChatWithStreamingResponse(self)

    completions = ChildResource(
        ".events_chat_completions", "AsyncEventsChatCompletions", of_resource=True
    )
    """Operations of `client.events.chat.completions`."""


class AsyncEventsChatWithRawResponse:
    """The methods of AsyncEventsChat, returning the HTTP response with `parse()` for the result."""

    def __init__(self, owner: AsyncEventsChat) -> None:
        self._owner = owner

    completions = ResourceView("with_raw_response")


class AsyncEventsChatWithStreamingResponse:
    """The methods of AsyncEventsChat, returning a context manager over the unread response."""

    def __init__(self, owner: AsyncEventsChat) -> None:
        self._owner = owner

    completions = ResourceView("with_streaming_response")
