from collections.abc import Mapping
from functools import cached_property
from typing import Protocol, type_check_only

import httpx

from .. import models as _models
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

class Events(SyncResource):
    @cached_property
    def with_raw_response(self) -> EventsWithRawResponse: ...
    @cached_property
    def with_streaming_response(self) -> EventsWithStreamingResponse: ...
    def digest(
        self,
        *,
        count: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = ...,
        max_retries: int | NotGiven = ...,
        deadline: float | None | NotGiven = ...,
        max_response_size: int | None | NotGiven = ...,
        correlation_id: str | None = None,
    ) -> _models.EventDigest:
        """GET /events/digest"""

    def digest_stream(
        self,
        *,
        count: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = ...,
        max_retries: int | NotGiven = ...,
        deadline: float | None | NotGiven = ...,
        max_response_size: int | None | NotGiven = ...,
        correlation_id: str | None = None,
    ) -> Stream[_models.Event]:
        """GET /events/digest"""

    def list(
        self,
        *,
        count: int | None = None,
        drop_after: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = ...,
        max_retries: int | NotGiven = ...,
        deadline: float | None | NotGiven = ...,
        max_response_size: int | None | NotGiven = ...,
        correlation_id: str | None = None,
    ) -> Stream[_models.Event]:
        """GET /events"""

    @cached_property
    def chat(self) -> EventsChat: ...

@type_check_only
class _Raw_digest(Protocol):
    def __call__(
        self,
        *,
        count: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = ...,
        max_retries: int | NotGiven = ...,
        deadline: float | None | NotGiven = ...,
        max_response_size: int | None | NotGiven = ...,
        correlation_id: str | None = None,
    ) -> APIResponse[_models.EventDigest]: ...

@type_check_only
class _Raw_digest_stream(Protocol):
    def __call__(
        self,
        *,
        count: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = ...,
        max_retries: int | NotGiven = ...,
        deadline: float | None | NotGiven = ...,
        max_response_size: int | None | NotGiven = ...,
        correlation_id: str | None = None,
    ) -> APIResponse[Stream[_models.Event]]: ...

@type_check_only
class _Raw_list(Protocol):
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
        max_response_size: int | None | NotGiven = ...,
        correlation_id: str | None = None,
    ) -> APIResponse[Stream[_models.Event]]: ...

class EventsWithRawResponse:
    def __init__(self, owner: Events) -> None: ...
    digest: _Raw_digest
    digest_stream: _Raw_digest_stream
    list: _Raw_list
    @cached_property
    def chat(self) -> EventsChatWithRawResponse: ...

@type_check_only
class _Streaming_digest(Protocol):
    def __call__(
        self,
        *,
        count: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = ...,
        max_retries: int | NotGiven = ...,
        deadline: float | None | NotGiven = ...,
        max_response_size: int | None | NotGiven = ...,
        correlation_id: str | None = None,
    ) -> ResponseContextManager[StreamedResponse[_models.EventDigest]]: ...

@type_check_only
class _Streaming_digest_stream(Protocol):
    def __call__(
        self,
        *,
        count: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = ...,
        max_retries: int | NotGiven = ...,
        deadline: float | None | NotGiven = ...,
        max_response_size: int | None | NotGiven = ...,
        correlation_id: str | None = None,
    ) -> ResponseContextManager[StreamedResponse[Stream[_models.Event]]]: ...

@type_check_only
class _Streaming_list(Protocol):
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
        max_response_size: int | None | NotGiven = ...,
        correlation_id: str | None = None,
    ) -> ResponseContextManager[StreamedResponse[Stream[_models.Event]]]: ...

class EventsWithStreamingResponse:
    def __init__(self, owner: Events) -> None: ...
    digest: _Streaming_digest
    digest_stream: _Streaming_digest_stream
    list: _Streaming_list
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
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = ...,
        max_retries: int | NotGiven = ...,
        deadline: float | None | NotGiven = ...,
        max_response_size: int | None | NotGiven = ...,
        correlation_id: str | None = None,
    ) -> _models.EventDigest:
        """GET /events/digest"""

    async def digest_stream(
        self,
        *,
        count: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = ...,
        max_retries: int | NotGiven = ...,
        deadline: float | None | NotGiven = ...,
        max_response_size: int | None | NotGiven = ...,
        correlation_id: str | None = None,
    ) -> AsyncStream[_models.Event]:
        """GET /events/digest"""

    async def list(
        self,
        *,
        count: int | None = None,
        drop_after: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = ...,
        max_retries: int | NotGiven = ...,
        deadline: float | None | NotGiven = ...,
        max_response_size: int | None | NotGiven = ...,
        correlation_id: str | None = None,
    ) -> AsyncStream[_models.Event]:
        """GET /events"""

    @cached_property
    def chat(self) -> AsyncEventsChat: ...

@type_check_only
class _AsyncRaw_digest(Protocol):
    async def __call__(
        self,
        *,
        count: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = ...,
        max_retries: int | NotGiven = ...,
        deadline: float | None | NotGiven = ...,
        max_response_size: int | None | NotGiven = ...,
        correlation_id: str | None = None,
    ) -> APIResponse[_models.EventDigest]: ...

@type_check_only
class _AsyncRaw_digest_stream(Protocol):
    async def __call__(
        self,
        *,
        count: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = ...,
        max_retries: int | NotGiven = ...,
        deadline: float | None | NotGiven = ...,
        max_response_size: int | None | NotGiven = ...,
        correlation_id: str | None = None,
    ) -> APIResponse[AsyncStream[_models.Event]]: ...

@type_check_only
class _AsyncRaw_list(Protocol):
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
        max_response_size: int | None | NotGiven = ...,
        correlation_id: str | None = None,
    ) -> APIResponse[AsyncStream[_models.Event]]: ...

class AsyncEventsWithRawResponse:
    def __init__(self, owner: AsyncEvents) -> None: ...
    digest: _AsyncRaw_digest
    digest_stream: _AsyncRaw_digest_stream
    list: _AsyncRaw_list
    @cached_property
    def chat(self) -> AsyncEventsChatWithRawResponse: ...

@type_check_only
class _AsyncStreaming_digest(Protocol):
    def __call__(
        self,
        *,
        count: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = ...,
        max_retries: int | NotGiven = ...,
        deadline: float | None | NotGiven = ...,
        max_response_size: int | None | NotGiven = ...,
        correlation_id: str | None = None,
    ) -> AsyncResponseContextManager[AsyncStreamedResponse[_models.EventDigest]]: ...

@type_check_only
class _AsyncStreaming_digest_stream(Protocol):
    def __call__(
        self,
        *,
        count: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = ...,
        max_retries: int | NotGiven = ...,
        deadline: float | None | NotGiven = ...,
        max_response_size: int | None | NotGiven = ...,
        correlation_id: str | None = None,
    ) -> AsyncResponseContextManager[
        AsyncStreamedResponse[AsyncStream[_models.Event]]
    ]: ...

@type_check_only
class _AsyncStreaming_list(Protocol):
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
        max_response_size: int | None | NotGiven = ...,
        correlation_id: str | None = None,
    ) -> AsyncResponseContextManager[
        AsyncStreamedResponse[AsyncStream[_models.Event]]
    ]: ...

class AsyncEventsWithStreamingResponse:
    def __init__(self, owner: AsyncEvents) -> None: ...
    digest: _AsyncStreaming_digest
    digest_stream: _AsyncStreaming_digest_stream
    list: _AsyncStreaming_list
    @cached_property
    def chat(self) -> AsyncEventsChatWithStreamingResponse: ...
