"""`client.events.chat.completions`: EventsChatCompletions and its response views."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from functools import cached_property
from typing import Any, Literal, Never, overload

import httpx2 as httpx

from .. import models as _models
from .._runtime._async_client import AsyncResource
from .._runtime._async_response import AsyncRawView, AsyncStreamingView
from .._runtime._async_streaming import AsyncStream
from .._runtime._endpoint import BodySpec, Endpoint, ResponseSpec
from .._runtime._keywords import NoSuchKeyword, refuse_unknown
from .._runtime._serialize import body_from, with_switch
from .._runtime._sync_client import SyncResource
from .._runtime._sync_response import RawView, StreamingView
from .._runtime._sync_streaming import Stream
from .._runtime._types import NOT_GIVEN, NotGiven, Omit, RequestOptions

__all__ = [
    "AsyncEventsChatCompletions",
    "AsyncEventsChatCompletionsWithRawResponse",
    "AsyncEventsChatCompletionsWithStreamingResponse",
    "EventsChatCompletions",
    "EventsChatCompletionsWithRawResponse",
    "EventsChatCompletionsWithStreamingResponse",
]


_CREATE: Endpoint[_models.ChatCompletion] = Endpoint(
    method="POST",
    path="/chat/completions",
    body=BodySpec("json", "application/json", lambda: _models.ChatRequest),
    responses=(ResponseSpec("200", "json", lambda: _models.ChatCompletion),),
    errors=(ResponseSpec("400", "json", lambda: _models.Error),),
    security=(("ApiKeyAuth",),),
)


_CREATE_STREAM: Endpoint[_models.ChatChunk] = Endpoint(
    method="POST",
    path="/chat/completions",
    body=BodySpec("json", "application/json", lambda: _models.ChatRequest),
    responses=(ResponseSpec("200", "events", lambda: _models.ChatChunk),),
    errors=(ResponseSpec("400", "json", lambda: _models.Error),),
    security=(("ApiKeyAuth",),),
    events=True,
    accept="text/event-stream",
)


class EventsChatCompletions(SyncResource):
    """Operations of the EventsChatCompletions resource."""

    @cached_property
    def with_raw_response(self) -> EventsChatCompletionsWithRawResponse:
        """These methods, returning the HTTP response (`.parse()` gives the usual result)."""
        return EventsChatCompletionsWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> EventsChatCompletionsWithStreamingResponse:
        """These methods, as context managers over the response, its body not read yet."""
        return EventsChatCompletionsWithStreamingResponse(self)

    @overload
    def create(
        self,
        *,
        model: str | NotGiven = NOT_GIVEN,
        messages: Sequence[_models.ChatMessage | _models.ChatMessageParam]
        | NotGiven = NOT_GIVEN,
        tone: _models.Tone | Literal["plain", "cheerful"] | None = None,
        stream: Literal[False] = False,
        extra_body: dict[str, Any] | None = None,
        body: _models.ChatRequest | _models.ChatRequestParam | None = None,
        extra_headers: Mapping[str, str | Omit | None] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        deadline: float | None | NotGiven = NOT_GIVEN,
        max_response_size: int | None | NotGiven = NOT_GIVEN,
        follow_redirects: bool | NotGiven = NOT_GIVEN,
        correlation_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> _models.ChatCompletion: ...
    @overload
    def create(
        self,
        *,
        model: str | NotGiven = NOT_GIVEN,
        messages: Sequence[_models.ChatMessage | _models.ChatMessageParam]
        | NotGiven = NOT_GIVEN,
        tone: _models.Tone | Literal["plain", "cheerful"] | None = None,
        stream: Literal[True],
        extra_body: dict[str, Any] | None = None,
        body: _models.ChatRequest | _models.ChatRequestParam | None = None,
        extra_headers: Mapping[str, str | Omit | None] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        deadline: float | None | NotGiven = NOT_GIVEN,
        max_response_size: int | None | NotGiven = NOT_GIVEN,
        follow_redirects: bool | NotGiven = NOT_GIVEN,
        correlation_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> Stream[_models.ChatChunk]: ...
    @overload
    def create(
        self,
        *,
        model: str | NotGiven = NOT_GIVEN,
        messages: Sequence[_models.ChatMessage | _models.ChatMessageParam]
        | NotGiven = NOT_GIVEN,
        tone: _models.Tone | Literal["plain", "cheerful"] | None = None,
        stream: bool = False,
        extra_body: dict[str, Any] | None = None,
        body: _models.ChatRequest | _models.ChatRequestParam | None = None,
        extra_headers: Mapping[str, str | Omit | None] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        deadline: float | None | NotGiven = NOT_GIVEN,
        max_response_size: int | None | NotGiven = NOT_GIVEN,
        follow_redirects: bool | NotGiven = NOT_GIVEN,
        correlation_id: str | None = None,
        idempotency_key: str | None = None,
        **unknown: NoSuchKeyword[Never],
    ) -> _models.ChatCompletion | Stream[_models.ChatChunk]: ...
    def create(
        self,
        *,
        model: str | NotGiven = NOT_GIVEN,
        messages: Sequence[_models.ChatMessage | _models.ChatMessageParam]
        | NotGiven = NOT_GIVEN,
        tone: _models.Tone | Literal["plain", "cheerful"] | None = None,
        stream: bool = False,
        extra_body: dict[str, Any] | None = None,
        body: _models.ChatRequest | _models.ChatRequestParam | None = None,
        extra_headers: Mapping[str, str | Omit | None] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        deadline: float | None | NotGiven = NOT_GIVEN,
        max_response_size: int | None | NotGiven = NOT_GIVEN,
        follow_redirects: bool | NotGiven = NOT_GIVEN,
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
        """
        refuse_unknown(self.create, unknown)
        if stream:
            return self._client.request_events(
                _CREATE_STREAM,
                query={
                    "tone": tone,
                },
                body=with_switch(
                    body_from(
                        body,
                        {"model": model, "messages": messages},
                        extra_body,
                        required=True,
                    ),
                    "stream",
                    "stream",
                    stream,
                ),
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

        return self._client.request(
            _CREATE,
            query={
                "tone": tone,
            },
            body=with_switch(
                body_from(
                    body,
                    {"model": model, "messages": messages},
                    extra_body,
                    required=True,
                ),
                "stream",
                "stream",
                stream,
            ),
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


class EventsChatCompletionsWithRawResponse:
    """The methods of EventsChatCompletions, returning the HTTP response with `parse()` for the result."""

    def __init__(self, owner: EventsChatCompletions) -> None:
        self._owner = owner

    create = RawView(EventsChatCompletions.create)


class EventsChatCompletionsWithStreamingResponse:
    """The methods of EventsChatCompletions, returning a context manager over the unread response."""

    def __init__(self, owner: EventsChatCompletions) -> None:
        self._owner = owner

    create = StreamingView(EventsChatCompletions.create)


class AsyncEventsChatCompletions(AsyncResource):
    """Operations of the EventsChatCompletions resource."""

    @cached_property
    def with_raw_response(self) -> AsyncEventsChatCompletionsWithRawResponse:
        """These methods, returning the HTTP response (`.parse()` gives the usual result)."""
        return AsyncEventsChatCompletionsWithRawResponse(self)

    @cached_property
    def with_streaming_response(
        self,
    ) -> AsyncEventsChatCompletionsWithStreamingResponse:
        """These methods, as context managers over the response, its body not read yet."""
        return AsyncEventsChatCompletionsWithStreamingResponse(self)

    @overload
    async def create(
        self,
        *,
        model: str | NotGiven = NOT_GIVEN,
        messages: Sequence[_models.ChatMessage | _models.ChatMessageParam]
        | NotGiven = NOT_GIVEN,
        tone: _models.Tone | Literal["plain", "cheerful"] | None = None,
        stream: Literal[False] = False,
        extra_body: dict[str, Any] | None = None,
        body: _models.ChatRequest | _models.ChatRequestParam | None = None,
        extra_headers: Mapping[str, str | Omit | None] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        deadline: float | None | NotGiven = NOT_GIVEN,
        max_response_size: int | None | NotGiven = NOT_GIVEN,
        follow_redirects: bool | NotGiven = NOT_GIVEN,
        correlation_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> _models.ChatCompletion: ...
    @overload
    async def create(
        self,
        *,
        model: str | NotGiven = NOT_GIVEN,
        messages: Sequence[_models.ChatMessage | _models.ChatMessageParam]
        | NotGiven = NOT_GIVEN,
        tone: _models.Tone | Literal["plain", "cheerful"] | None = None,
        stream: Literal[True],
        extra_body: dict[str, Any] | None = None,
        body: _models.ChatRequest | _models.ChatRequestParam | None = None,
        extra_headers: Mapping[str, str | Omit | None] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        deadline: float | None | NotGiven = NOT_GIVEN,
        max_response_size: int | None | NotGiven = NOT_GIVEN,
        follow_redirects: bool | NotGiven = NOT_GIVEN,
        correlation_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> AsyncStream[_models.ChatChunk]: ...
    @overload
    async def create(
        self,
        *,
        model: str | NotGiven = NOT_GIVEN,
        messages: Sequence[_models.ChatMessage | _models.ChatMessageParam]
        | NotGiven = NOT_GIVEN,
        tone: _models.Tone | Literal["plain", "cheerful"] | None = None,
        stream: bool = False,
        extra_body: dict[str, Any] | None = None,
        body: _models.ChatRequest | _models.ChatRequestParam | None = None,
        extra_headers: Mapping[str, str | Omit | None] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        deadline: float | None | NotGiven = NOT_GIVEN,
        max_response_size: int | None | NotGiven = NOT_GIVEN,
        follow_redirects: bool | NotGiven = NOT_GIVEN,
        correlation_id: str | None = None,
        idempotency_key: str | None = None,
        **unknown: NoSuchKeyword[Never],
    ) -> _models.ChatCompletion | AsyncStream[_models.ChatChunk]: ...
    async def create(
        self,
        *,
        model: str | NotGiven = NOT_GIVEN,
        messages: Sequence[_models.ChatMessage | _models.ChatMessageParam]
        | NotGiven = NOT_GIVEN,
        tone: _models.Tone | Literal["plain", "cheerful"] | None = None,
        stream: bool = False,
        extra_body: dict[str, Any] | None = None,
        body: _models.ChatRequest | _models.ChatRequestParam | None = None,
        extra_headers: Mapping[str, str | Omit | None] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        deadline: float | None | NotGiven = NOT_GIVEN,
        max_response_size: int | None | NotGiven = NOT_GIVEN,
        follow_redirects: bool | NotGiven = NOT_GIVEN,
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
        """
        refuse_unknown(self.create, unknown)
        if stream:
            return await self._client.request_events(
                _CREATE_STREAM,
                query={
                    "tone": tone,
                },
                body=with_switch(
                    body_from(
                        body,
                        {"model": model, "messages": messages},
                        extra_body,
                        required=True,
                    ),
                    "stream",
                    "stream",
                    stream,
                ),
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

        return await self._client.request(
            _CREATE,
            query={
                "tone": tone,
            },
            body=with_switch(
                body_from(
                    body,
                    {"model": model, "messages": messages},
                    extra_body,
                    required=True,
                ),
                "stream",
                "stream",
                stream,
            ),
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


class AsyncEventsChatCompletionsWithRawResponse:
    """The methods of AsyncEventsChatCompletions, returning the HTTP response with `parse()` for the result."""

    def __init__(self, owner: AsyncEventsChatCompletions) -> None:
        self._owner = owner

    create = AsyncRawView(AsyncEventsChatCompletions.create)


class AsyncEventsChatCompletionsWithStreamingResponse:
    """The methods of AsyncEventsChatCompletions, returning a context manager over the unread response."""

    def __init__(self, owner: AsyncEventsChatCompletions) -> None:
        self._owner = owner

    create = AsyncStreamingView(AsyncEventsChatCompletions.create)
