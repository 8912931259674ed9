from collections.abc import Mapping
from functools import cached_property
from typing import Any, Literal, Protocol, overload, type_check_only

import httpx2 as httpx

from .. import models as _models
from .._runtime._async_client import AsyncResource
from .._runtime._async_response import (
    AsyncResponseContextManager,
    AsyncStreamedResponse,
)
from .._runtime._async_streaming import AsyncStream
from .._runtime._response import APIResponse
from .._runtime._sync_client import SyncResource
from .._runtime._sync_response import (
    ResponseContextManager,
    StreamedResponse,
)
from .._runtime._sync_streaming import Stream
from .._runtime._types import NotGiven

__all__ = [
    "AsyncEventsChatCompletions",
    "AsyncEventsChatCompletionsWithRawResponse",
    "AsyncEventsChatCompletionsWithStreamingResponse",
    "EventsChatCompletions",
    "EventsChatCompletionsWithRawResponse",
    "EventsChatCompletionsWithStreamingResponse",
]

class EventsChatCompletions(SyncResource):
    @cached_property
    def with_raw_response(self) -> EventsChatCompletionsWithRawResponse: ...
    @cached_property
    def with_streaming_response(self) -> EventsChatCompletionsWithStreamingResponse: ...
    @overload
    def create(
        self,
        *,
        model: str,
        messages: list[_models.ChatMessage | _models.ChatMessageParam],
        tone: _models.Tone | Literal["plain", "cheerful"] | None = None,
        stream: Literal[False] = False,
        extra_body: dict[str, Any] | None = None,
        body: None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = ...,
        max_retries: int | NotGiven = ...,
        deadline: float | None | NotGiven = ...,
        max_response_size: int | None | NotGiven = ...,
        correlation_id: str | None = None,
    ) -> _models.ChatCompletion: ...
    @overload
    def create(
        self,
        *,
        model: NotGiven = ...,
        messages: NotGiven = ...,
        tone: _models.Tone | Literal["plain", "cheerful"] | None = None,
        stream: Literal[False] = False,
        body: _models.ChatRequest | _models.ChatRequestParam,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = ...,
        max_retries: int | NotGiven = ...,
        deadline: float | None | NotGiven = ...,
        max_response_size: int | None | NotGiven = ...,
        correlation_id: str | None = None,
    ) -> _models.ChatCompletion: ...
    @overload
    def create(
        self,
        *,
        model: str,
        messages: list[_models.ChatMessage | _models.ChatMessageParam],
        tone: _models.Tone | Literal["plain", "cheerful"] | None = None,
        stream: Literal[True],
        extra_body: dict[str, Any] | None = None,
        body: None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = ...,
        max_retries: int | NotGiven = ...,
        deadline: float | None | NotGiven = ...,
        max_response_size: int | None | NotGiven = ...,
        correlation_id: str | None = None,
    ) -> Stream[_models.ChatChunk]: ...
    @overload
    def create(
        self,
        *,
        model: NotGiven = ...,
        messages: NotGiven = ...,
        tone: _models.Tone | Literal["plain", "cheerful"] | None = None,
        stream: Literal[True],
        body: _models.ChatRequest | _models.ChatRequestParam,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = ...,
        max_retries: int | NotGiven = ...,
        deadline: float | None | NotGiven = ...,
        max_response_size: int | None | NotGiven = ...,
        correlation_id: str | None = None,
    ) -> Stream[_models.ChatChunk]: ...
    @overload
    def create(
        self,
        *,
        model: str,
        messages: list[_models.ChatMessage | _models.ChatMessageParam],
        tone: _models.Tone | Literal["plain", "cheerful"] | None = None,
        stream: bool,
        extra_body: dict[str, Any] | None = None,
        body: None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = ...,
        max_retries: int | NotGiven = ...,
        deadline: float | None | NotGiven = ...,
        max_response_size: int | None | NotGiven = ...,
        correlation_id: str | None = None,
    ) -> _models.ChatCompletion | Stream[_models.ChatChunk]: ...
    @overload
    def create(
        self,
        *,
        model: NotGiven = ...,
        messages: NotGiven = ...,
        tone: _models.Tone | Literal["plain", "cheerful"] | None = None,
        stream: bool,
        body: _models.ChatRequest | _models.ChatRequestParam,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = ...,
        max_retries: int | NotGiven = ...,
        deadline: float | None | NotGiven = ...,
        max_response_size: int | None | NotGiven = ...,
        correlation_id: str | None = None,
    ) -> _models.ChatCompletion | Stream[_models.ChatChunk]: ...

@type_check_only
class _Raw_create(Protocol):
    @overload
    def __call__(
        self,
        *,
        model: str,
        messages: list[_models.ChatMessage | _models.ChatMessageParam],
        tone: _models.Tone | Literal["plain", "cheerful"] | None = None,
        stream: bool = False,
        extra_body: dict[str, Any] | None = None,
        body: None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = ...,
        max_retries: int | NotGiven = ...,
        deadline: float | None | NotGiven = ...,
        max_response_size: int | None | NotGiven = ...,
        correlation_id: str | None = None,
    ) -> APIResponse[_models.ChatCompletion | Stream[_models.ChatChunk]]: ...
    @overload
    def __call__(
        self,
        *,
        model: NotGiven = ...,
        messages: NotGiven = ...,
        tone: _models.Tone | Literal["plain", "cheerful"] | None = None,
        stream: bool = False,
        body: _models.ChatRequest | _models.ChatRequestParam,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = ...,
        max_retries: int | NotGiven = ...,
        deadline: float | None | NotGiven = ...,
        max_response_size: int | None | NotGiven = ...,
        correlation_id: str | None = None,
    ) -> APIResponse[_models.ChatCompletion | Stream[_models.ChatChunk]]: ...

class EventsChatCompletionsWithRawResponse:
    def __init__(self, owner: EventsChatCompletions) -> None: ...
    create: _Raw_create

@type_check_only
class _Streaming_create(Protocol):
    @overload
    def __call__(
        self,
        *,
        model: str,
        messages: list[_models.ChatMessage | _models.ChatMessageParam],
        tone: _models.Tone | Literal["plain", "cheerful"] | None = None,
        stream: bool = False,
        extra_body: dict[str, Any] | None = None,
        body: None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = ...,
        max_retries: int | NotGiven = ...,
        deadline: float | None | NotGiven = ...,
        max_response_size: int | None | NotGiven = ...,
        correlation_id: str | None = None,
    ) -> ResponseContextManager[
        StreamedResponse[_models.ChatCompletion | Stream[_models.ChatChunk]]
    ]: ...
    @overload
    def __call__(
        self,
        *,
        model: NotGiven = ...,
        messages: NotGiven = ...,
        tone: _models.Tone | Literal["plain", "cheerful"] | None = None,
        stream: bool = False,
        body: _models.ChatRequest | _models.ChatRequestParam,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = ...,
        max_retries: int | NotGiven = ...,
        deadline: float | None | NotGiven = ...,
        max_response_size: int | None | NotGiven = ...,
        correlation_id: str | None = None,
    ) -> ResponseContextManager[
        StreamedResponse[_models.ChatCompletion | Stream[_models.ChatChunk]]
    ]: ...

class EventsChatCompletionsWithStreamingResponse:
    def __init__(self, owner: EventsChatCompletions) -> None: ...
    create: _Streaming_create

class AsyncEventsChatCompletions(AsyncResource):
    @cached_property
    def with_raw_response(self) -> AsyncEventsChatCompletionsWithRawResponse: ...
    @cached_property
    def with_streaming_response(
        self,
    ) -> AsyncEventsChatCompletionsWithStreamingResponse: ...
    @overload
    async def create(
        self,
        *,
        model: str,
        messages: list[_models.ChatMessage | _models.ChatMessageParam],
        tone: _models.Tone | Literal["plain", "cheerful"] | None = None,
        stream: Literal[False] = False,
        extra_body: dict[str, Any] | None = None,
        body: None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = ...,
        max_retries: int | NotGiven = ...,
        deadline: float | None | NotGiven = ...,
        max_response_size: int | None | NotGiven = ...,
        correlation_id: str | None = None,
    ) -> _models.ChatCompletion: ...
    @overload
    async def create(
        self,
        *,
        model: NotGiven = ...,
        messages: NotGiven = ...,
        tone: _models.Tone | Literal["plain", "cheerful"] | None = None,
        stream: Literal[False] = False,
        body: _models.ChatRequest | _models.ChatRequestParam,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = ...,
        max_retries: int | NotGiven = ...,
        deadline: float | None | NotGiven = ...,
        max_response_size: int | None | NotGiven = ...,
        correlation_id: str | None = None,
    ) -> _models.ChatCompletion: ...
    @overload
    async def create(
        self,
        *,
        model: str,
        messages: list[_models.ChatMessage | _models.ChatMessageParam],
        tone: _models.Tone | Literal["plain", "cheerful"] | None = None,
        stream: Literal[True],
        extra_body: dict[str, Any] | None = None,
        body: None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = ...,
        max_retries: int | NotGiven = ...,
        deadline: float | None | NotGiven = ...,
        max_response_size: int | None | NotGiven = ...,
        correlation_id: str | None = None,
    ) -> AsyncStream[_models.ChatChunk]: ...
    @overload
    async def create(
        self,
        *,
        model: NotGiven = ...,
        messages: NotGiven = ...,
        tone: _models.Tone | Literal["plain", "cheerful"] | None = None,
        stream: Literal[True],
        body: _models.ChatRequest | _models.ChatRequestParam,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = ...,
        max_retries: int | NotGiven = ...,
        deadline: float | None | NotGiven = ...,
        max_response_size: int | None | NotGiven = ...,
        correlation_id: str | None = None,
    ) -> AsyncStream[_models.ChatChunk]: ...
    @overload
    async def create(
        self,
        *,
        model: str,
        messages: list[_models.ChatMessage | _models.ChatMessageParam],
        tone: _models.Tone | Literal["plain", "cheerful"] | None = None,
        stream: bool,
        extra_body: dict[str, Any] | None = None,
        body: None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = ...,
        max_retries: int | NotGiven = ...,
        deadline: float | None | NotGiven = ...,
        max_response_size: int | None | NotGiven = ...,
        correlation_id: str | None = None,
    ) -> _models.ChatCompletion | AsyncStream[_models.ChatChunk]: ...
    @overload
    async def create(
        self,
        *,
        model: NotGiven = ...,
        messages: NotGiven = ...,
        tone: _models.Tone | Literal["plain", "cheerful"] | None = None,
        stream: bool,
        body: _models.ChatRequest | _models.ChatRequestParam,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = ...,
        max_retries: int | NotGiven = ...,
        deadline: float | None | NotGiven = ...,
        max_response_size: int | None | NotGiven = ...,
        correlation_id: str | None = None,
    ) -> _models.ChatCompletion | AsyncStream[_models.ChatChunk]: ...

@type_check_only
class _AsyncRaw_create(Protocol):
    @overload
    async def __call__(
        self,
        *,
        model: str,
        messages: list[_models.ChatMessage | _models.ChatMessageParam],
        tone: _models.Tone | Literal["plain", "cheerful"] | None = None,
        stream: bool = False,
        extra_body: dict[str, Any] | None = None,
        body: None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = ...,
        max_retries: int | NotGiven = ...,
        deadline: float | None | NotGiven = ...,
        max_response_size: int | None | NotGiven = ...,
        correlation_id: str | None = None,
    ) -> APIResponse[_models.ChatCompletion | AsyncStream[_models.ChatChunk]]: ...
    @overload
    async def __call__(
        self,
        *,
        model: NotGiven = ...,
        messages: NotGiven = ...,
        tone: _models.Tone | Literal["plain", "cheerful"] | None = None,
        stream: bool = False,
        body: _models.ChatRequest | _models.ChatRequestParam,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = ...,
        max_retries: int | NotGiven = ...,
        deadline: float | None | NotGiven = ...,
        max_response_size: int | None | NotGiven = ...,
        correlation_id: str | None = None,
    ) -> APIResponse[_models.ChatCompletion | AsyncStream[_models.ChatChunk]]: ...

class AsyncEventsChatCompletionsWithRawResponse:
    def __init__(self, owner: AsyncEventsChatCompletions) -> None: ...
    create: _AsyncRaw_create

@type_check_only
class _AsyncStreaming_create(Protocol):
    @overload
    def __call__(
        self,
        *,
        model: str,
        messages: list[_models.ChatMessage | _models.ChatMessageParam],
        tone: _models.Tone | Literal["plain", "cheerful"] | None = None,
        stream: bool = False,
        extra_body: dict[str, Any] | None = None,
        body: None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = ...,
        max_retries: int | NotGiven = ...,
        deadline: float | None | NotGiven = ...,
        max_response_size: int | None | NotGiven = ...,
        correlation_id: str | None = None,
    ) -> AsyncResponseContextManager[
        AsyncStreamedResponse[_models.ChatCompletion | AsyncStream[_models.ChatChunk]]
    ]: ...
    @overload
    def __call__(
        self,
        *,
        model: NotGiven = ...,
        messages: NotGiven = ...,
        tone: _models.Tone | Literal["plain", "cheerful"] | None = None,
        stream: bool = False,
        body: _models.ChatRequest | _models.ChatRequestParam,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = ...,
        max_retries: int | NotGiven = ...,
        deadline: float | None | NotGiven = ...,
        max_response_size: int | None | NotGiven = ...,
        correlation_id: str | None = None,
    ) -> AsyncResponseContextManager[
        AsyncStreamedResponse[_models.ChatCompletion | AsyncStream[_models.ChatChunk]]
    ]: ...

class AsyncEventsChatCompletionsWithStreamingResponse:
    def __init__(self, owner: AsyncEventsChatCompletions) -> None: ...
    create: _AsyncStreaming_create
