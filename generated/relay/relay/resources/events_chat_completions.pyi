from collections.abc import Mapping, Sequence
from functools import cached_property
from typing import Any, Literal, Never, Protocol, overload, type_check_only

import httpx2 as httpx

from .. import models as _models
from .._runtime._async_client import AsyncResource
from .._runtime._async_response import (
    AsyncResponseContextManager,
    AsyncStreamedResponse,
)
from .._runtime._async_streaming import AsyncStream
from .._runtime._endpoint import Endpoint
from .._runtime._keywords import NoSuchKeyword
from .._runtime._response import APIResponse
from .._runtime._sync_client import SyncResource
from .._runtime._sync_response import (
    ResponseContextManager,
    StreamedResponse,
)
from .._runtime._sync_streaming import Stream
from .._runtime._types import NotGiven, Omit

__all__ = [
    "AsyncEventsChatCompletions",
    "AsyncEventsChatCompletionsWithRawResponse",
    "AsyncEventsChatCompletionsWithStreamingResponse",
    "EventsChatCompletions",
    "EventsChatCompletionsWithRawResponse",
    "EventsChatCompletionsWithStreamingResponse",
]

_CREATE: Endpoint[_models.ChatCompletion]
_CREATE_STREAM: Endpoint[_models.ChatChunk]

class EventsChatCompletions(SyncResource):
    @cached_property
    def with_raw_response(self) -> EventsChatCompletionsWithRawResponse: ...
    @cached_property
    def with_streaming_response(self) -> EventsChatCompletionsWithStreamingResponse: ...
    @overload
    def create(
        self,
        *,
        model: str | NotGiven = ...,
        messages: Sequence[_models.ChatMessage | _models.ChatMessageParam]
        | NotGiven = ...,
        tone: _models.Tone | Literal["plain", "cheerful"] | None = None,
        stream: Literal[False] = False,
        extra_body: dict[str, Any] | None = None,
        body: _models.ChatRequest | _models.ChatRequestParam | None = None,
        extra_headers: Mapping[str, str | Omit | None] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = ...,
        max_retries: int | NotGiven = ...,
        deadline: float | None | NotGiven = ...,
        max_response_size: int | None | NotGiven = ...,
        follow_redirects: bool | NotGiven = ...,
        correlation_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> _models.ChatCompletion:
        """Answer a chat

        Answers the last message in JSON, or with `stream` true as server-sent events, one `ChatChunk` per word of the answer. `tone` must be one of the `Tone` values.

        Args:
            tone: How the answer sounds.
            stream: True: the server answers with events, returned as a stream of them.
            extra_body: Keys sent in the body besides the ones above.
            body: The body (whole, instead of its keys: a model or a dict)

        POST /chat/completions
        """
    @overload
    def create(
        self,
        *,
        model: str | NotGiven = ...,
        messages: Sequence[_models.ChatMessage | _models.ChatMessageParam]
        | NotGiven = ...,
        tone: _models.Tone | Literal["plain", "cheerful"] | None = None,
        stream: Literal[True],
        extra_body: dict[str, Any] | None = None,
        body: _models.ChatRequest | _models.ChatRequestParam | None = None,
        extra_headers: Mapping[str, str | Omit | None] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = ...,
        max_retries: int | NotGiven = ...,
        deadline: float | None | NotGiven = ...,
        max_response_size: int | None | NotGiven = ...,
        follow_redirects: bool | NotGiven = ...,
        correlation_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> Stream[_models.ChatChunk]:
        """Answer a chat

        Answers the last message in JSON, or with `stream` true as server-sent events, one `ChatChunk` per word of the answer. `tone` must be one of the `Tone` values.

        Args:
            tone: How the answer sounds.
            stream: True: the server answers with events, returned as a stream of them.
            extra_body: Keys sent in the body besides the ones above.
            body: The body (whole, instead of its keys: a model or a dict)

        POST /chat/completions
        """
    @overload
    def create(
        self,
        *,
        model: str | NotGiven = ...,
        messages: Sequence[_models.ChatMessage | _models.ChatMessageParam]
        | NotGiven = ...,
        tone: _models.Tone | Literal["plain", "cheerful"] | None = None,
        stream: bool = False,
        extra_body: dict[str, Any] | None = None,
        body: _models.ChatRequest | _models.ChatRequestParam | None = None,
        extra_headers: Mapping[str, str | Omit | None] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = ...,
        max_retries: int | NotGiven = ...,
        deadline: float | None | NotGiven = ...,
        max_response_size: int | None | NotGiven = ...,
        follow_redirects: bool | NotGiven = ...,
        correlation_id: str | None = None,
        idempotency_key: str | None = None,
        **unknown: NoSuchKeyword[Never],
    ) -> _models.ChatCompletion | Stream[_models.ChatChunk]:
        """Answer a chat

        Answers the last message in JSON, or with `stream` true as server-sent events, one `ChatChunk` per word of the answer. `tone` must be one of the `Tone` values.

        Args:
            tone: How the answer sounds.
            stream: True: the server answers with events, returned as a stream of them.
            extra_body: Keys sent in the body besides the ones above.
            body: The body (whole, instead of its keys: a model or a dict)

        POST /chat/completions
        """

@type_check_only
class _Raw_create(Protocol):
    def __call__(
        self,
        *,
        model: str | NotGiven = ...,
        messages: Sequence[_models.ChatMessage | _models.ChatMessageParam]
        | NotGiven = ...,
        tone: _models.Tone | Literal["plain", "cheerful"] | None = None,
        stream: bool = False,
        extra_body: dict[str, Any] | None = None,
        body: _models.ChatRequest | _models.ChatRequestParam | None = None,
        extra_headers: Mapping[str, str | Omit | None] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = ...,
        max_retries: int | NotGiven = ...,
        deadline: float | None | NotGiven = ...,
        max_response_size: int | None | NotGiven = ...,
        follow_redirects: bool | NotGiven = ...,
        correlation_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> APIResponse[_models.ChatCompletion | Stream[_models.ChatChunk]]: ...

class EventsChatCompletionsWithRawResponse:
    def __init__(self, owner: EventsChatCompletions) -> None: ...
    create: _Raw_create

@type_check_only
class _Streaming_create(Protocol):
    def __call__(
        self,
        *,
        model: str | NotGiven = ...,
        messages: Sequence[_models.ChatMessage | _models.ChatMessageParam]
        | NotGiven = ...,
        tone: _models.Tone | Literal["plain", "cheerful"] | None = None,
        stream: bool = False,
        extra_body: dict[str, Any] | None = None,
        body: _models.ChatRequest | _models.ChatRequestParam | None = None,
        extra_headers: Mapping[str, str | Omit | None] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = ...,
        max_retries: int | NotGiven = ...,
        deadline: float | None | NotGiven = ...,
        max_response_size: int | None | NotGiven = ...,
        follow_redirects: bool | NotGiven = ...,
        correlation_id: str | None = None,
        idempotency_key: str | None = None,
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
        model: str | NotGiven = ...,
        messages: Sequence[_models.ChatMessage | _models.ChatMessageParam]
        | NotGiven = ...,
        tone: _models.Tone | Literal["plain", "cheerful"] | None = None,
        stream: Literal[False] = False,
        extra_body: dict[str, Any] | None = None,
        body: _models.ChatRequest | _models.ChatRequestParam | None = None,
        extra_headers: Mapping[str, str | Omit | None] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = ...,
        max_retries: int | NotGiven = ...,
        deadline: float | None | NotGiven = ...,
        max_response_size: int | None | NotGiven = ...,
        follow_redirects: bool | NotGiven = ...,
        correlation_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> _models.ChatCompletion:
        """Answer a chat

        Answers the last message in JSON, or with `stream` true as server-sent events, one `ChatChunk` per word of the answer. `tone` must be one of the `Tone` values.

        Args:
            tone: How the answer sounds.
            stream: True: the server answers with events, returned as a stream of them.
            extra_body: Keys sent in the body besides the ones above.
            body: The body (whole, instead of its keys: a model or a dict)

        POST /chat/completions
        """
    @overload
    async def create(
        self,
        *,
        model: str | NotGiven = ...,
        messages: Sequence[_models.ChatMessage | _models.ChatMessageParam]
        | NotGiven = ...,
        tone: _models.Tone | Literal["plain", "cheerful"] | None = None,
        stream: Literal[True],
        extra_body: dict[str, Any] | None = None,
        body: _models.ChatRequest | _models.ChatRequestParam | None = None,
        extra_headers: Mapping[str, str | Omit | None] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = ...,
        max_retries: int | NotGiven = ...,
        deadline: float | None | NotGiven = ...,
        max_response_size: int | None | NotGiven = ...,
        follow_redirects: bool | NotGiven = ...,
        correlation_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> AsyncStream[_models.ChatChunk]:
        """Answer a chat

        Answers the last message in JSON, or with `stream` true as server-sent events, one `ChatChunk` per word of the answer. `tone` must be one of the `Tone` values.

        Args:
            tone: How the answer sounds.
            stream: True: the server answers with events, returned as a stream of them.
            extra_body: Keys sent in the body besides the ones above.
            body: The body (whole, instead of its keys: a model or a dict)

        POST /chat/completions
        """
    @overload
    async def create(
        self,
        *,
        model: str | NotGiven = ...,
        messages: Sequence[_models.ChatMessage | _models.ChatMessageParam]
        | NotGiven = ...,
        tone: _models.Tone | Literal["plain", "cheerful"] | None = None,
        stream: bool = False,
        extra_body: dict[str, Any] | None = None,
        body: _models.ChatRequest | _models.ChatRequestParam | None = None,
        extra_headers: Mapping[str, str | Omit | None] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = ...,
        max_retries: int | NotGiven = ...,
        deadline: float | None | NotGiven = ...,
        max_response_size: int | None | NotGiven = ...,
        follow_redirects: bool | NotGiven = ...,
        correlation_id: str | None = None,
        idempotency_key: str | None = None,
        **unknown: NoSuchKeyword[Never],
    ) -> _models.ChatCompletion | AsyncStream[_models.ChatChunk]:
        """Answer a chat

        Answers the last message in JSON, or with `stream` true as server-sent events, one `ChatChunk` per word of the answer. `tone` must be one of the `Tone` values.

        Args:
            tone: How the answer sounds.
            stream: True: the server answers with events, returned as a stream of them.
            extra_body: Keys sent in the body besides the ones above.
            body: The body (whole, instead of its keys: a model or a dict)

        POST /chat/completions
        """

@type_check_only
class _AsyncRaw_create(Protocol):
    async def __call__(
        self,
        *,
        model: str | NotGiven = ...,
        messages: Sequence[_models.ChatMessage | _models.ChatMessageParam]
        | NotGiven = ...,
        tone: _models.Tone | Literal["plain", "cheerful"] | None = None,
        stream: bool = False,
        extra_body: dict[str, Any] | None = None,
        body: _models.ChatRequest | _models.ChatRequestParam | None = None,
        extra_headers: Mapping[str, str | Omit | None] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = ...,
        max_retries: int | NotGiven = ...,
        deadline: float | None | NotGiven = ...,
        max_response_size: int | None | NotGiven = ...,
        follow_redirects: bool | NotGiven = ...,
        correlation_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> APIResponse[_models.ChatCompletion | AsyncStream[_models.ChatChunk]]: ...

class AsyncEventsChatCompletionsWithRawResponse:
    def __init__(self, owner: AsyncEventsChatCompletions) -> None: ...
    create: _AsyncRaw_create

@type_check_only
class _AsyncStreaming_create(Protocol):
    def __call__(
        self,
        *,
        model: str | NotGiven = ...,
        messages: Sequence[_models.ChatMessage | _models.ChatMessageParam]
        | NotGiven = ...,
        tone: _models.Tone | Literal["plain", "cheerful"] | None = None,
        stream: bool = False,
        extra_body: dict[str, Any] | None = None,
        body: _models.ChatRequest | _models.ChatRequestParam | None = None,
        extra_headers: Mapping[str, str | Omit | None] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = ...,
        max_retries: int | NotGiven = ...,
        deadline: float | None | NotGiven = ...,
        max_response_size: int | None | NotGiven = ...,
        follow_redirects: bool | NotGiven = ...,
        correlation_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> AsyncResponseContextManager[
        AsyncStreamedResponse[_models.ChatCompletion | AsyncStream[_models.ChatChunk]]
    ]: ...

class AsyncEventsChatCompletionsWithStreamingResponse:
    def __init__(self, owner: AsyncEventsChatCompletions) -> None: ...
    create: _AsyncStreaming_create
