from collections.abc import Mapping
from functools import cached_property
from typing import Any, Protocol, type_check_only

import httpx

from .. import models
from .._runtime._async_client import AsyncResource
from .._runtime._async_response import (
    AsyncResponseContextManager,
    AsyncStreamedResponse,
)
from .._runtime._response import APIResponse
from .._runtime._sync_client import SyncResource
from .._runtime._sync_response import ResponseContextManager, StreamedResponse
from .._runtime._types import NotGiven

__all__ = [
    "AsyncTickets",
    "AsyncTicketsWithRawResponse",
    "AsyncTicketsWithStreamingResponse",
    "Tickets",
    "TicketsWithRawResponse",
    "TicketsWithStreamingResponse",
]

class Tickets(SyncResource):
    @cached_property
    def with_raw_response(self) -> TicketsWithRawResponse: ...
    @cached_property
    def with_streaming_response(self) -> TicketsWithStreamingResponse: ...
    def create_ticket(
        self,
        *,
        body: models.Ticket | dict[str, Any],
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = ...,
        max_retries: int | NotGiven = ...,
        deadline: float | None | NotGiven = ...,
    ) -> models.Ticket: ...
    def get_ticket(
        self,
        ticket_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = ...,
        max_retries: int | NotGiven = ...,
        deadline: float | None | NotGiven = ...,
    ) -> models.Ticket: ...

@type_check_only
class _Raw_create_ticket(Protocol):
    def __call__(
        self,
        *,
        body: models.Ticket | dict[str, Any],
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = ...,
        max_retries: int | NotGiven = ...,
        deadline: float | None | NotGiven = ...,
    ) -> APIResponse[models.Ticket]: ...

@type_check_only
class _Raw_get_ticket(Protocol):
    def __call__(
        self,
        ticket_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = ...,
        max_retries: int | NotGiven = ...,
        deadline: float | None | NotGiven = ...,
    ) -> APIResponse[models.Ticket]: ...

class TicketsWithRawResponse:
    def __init__(self, owner: Tickets) -> None: ...
    create_ticket: _Raw_create_ticket
    get_ticket: _Raw_get_ticket

@type_check_only
class _Streaming_create_ticket(Protocol):
    def __call__(
        self,
        *,
        body: models.Ticket | dict[str, Any],
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = ...,
        max_retries: int | NotGiven = ...,
        deadline: float | None | NotGiven = ...,
    ) -> ResponseContextManager[StreamedResponse[models.Ticket]]: ...

@type_check_only
class _Streaming_get_ticket(Protocol):
    def __call__(
        self,
        ticket_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = ...,
        max_retries: int | NotGiven = ...,
        deadline: float | None | NotGiven = ...,
    ) -> ResponseContextManager[StreamedResponse[models.Ticket]]: ...

class TicketsWithStreamingResponse:
    def __init__(self, owner: Tickets) -> None: ...
    create_ticket: _Streaming_create_ticket
    get_ticket: _Streaming_get_ticket

class AsyncTickets(AsyncResource):
    @cached_property
    def with_raw_response(self) -> AsyncTicketsWithRawResponse: ...
    @cached_property
    def with_streaming_response(self) -> AsyncTicketsWithStreamingResponse: ...
    async def create_ticket(
        self,
        *,
        body: models.Ticket | dict[str, Any],
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = ...,
        max_retries: int | NotGiven = ...,
        deadline: float | None | NotGiven = ...,
    ) -> models.Ticket: ...
    async def get_ticket(
        self,
        ticket_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = ...,
        max_retries: int | NotGiven = ...,
        deadline: float | None | NotGiven = ...,
    ) -> models.Ticket: ...

@type_check_only
class _AsyncRaw_create_ticket(Protocol):
    async def __call__(
        self,
        *,
        body: models.Ticket | dict[str, Any],
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = ...,
        max_retries: int | NotGiven = ...,
        deadline: float | None | NotGiven = ...,
    ) -> APIResponse[models.Ticket]: ...

@type_check_only
class _AsyncRaw_get_ticket(Protocol):
    async def __call__(
        self,
        ticket_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = ...,
        max_retries: int | NotGiven = ...,
        deadline: float | None | NotGiven = ...,
    ) -> APIResponse[models.Ticket]: ...

class AsyncTicketsWithRawResponse:
    def __init__(self, owner: AsyncTickets) -> None: ...
    create_ticket: _AsyncRaw_create_ticket
    get_ticket: _AsyncRaw_get_ticket

@type_check_only
class _AsyncStreaming_create_ticket(Protocol):
    def __call__(
        self,
        *,
        body: models.Ticket | dict[str, Any],
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = ...,
        max_retries: int | NotGiven = ...,
        deadline: float | None | NotGiven = ...,
    ) -> AsyncResponseContextManager[AsyncStreamedResponse[models.Ticket]]: ...

@type_check_only
class _AsyncStreaming_get_ticket(Protocol):
    def __call__(
        self,
        ticket_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = ...,
        max_retries: int | NotGiven = ...,
        deadline: float | None | NotGiven = ...,
    ) -> AsyncResponseContextManager[AsyncStreamedResponse[models.Ticket]]: ...

class AsyncTicketsWithStreamingResponse:
    def __init__(self, owner: AsyncTickets) -> None: ...
    create_ticket: _AsyncStreaming_create_ticket
    get_ticket: _AsyncStreaming_get_ticket
