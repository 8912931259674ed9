import datetime as dt
from collections.abc import Mapping
from functools import cached_property
from typing import Any, Literal, Protocol, overload, type_check_only

import httpx2 as httpx

from .. import models as _models
from .._runtime._async_client import AsyncResource
from .._runtime._async_response import (
    AsyncRawView,
    AsyncResponseContextManager,
    AsyncStreamedResponse,
    AsyncStreamingView,
)
from .._runtime._response import APIResponse
from .._runtime._sync_client import SyncResource
from .._runtime._sync_response import (
    RawView,
    ResponseContextManager,
    StreamedResponse,
    StreamingView,
)
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
    @overload
    def create(
        self,
        *,
        id: str,
        class_: _models.TicketClass | Literal["adult", "child", "senior"],
        from_: dt.date,
        until: dt.date | None | NotGiven = ...,
        import_: bool | NotGiven = ...,
        type: str | NotGiven = ...,
        list_: list[str] | NotGiven = ...,
        str_: str | NotGiven = ...,
        json_: dict[str, Any] | NotGiven = ...,
        model_config_: str | NotGiven = ...,
        price: _models.Money | _models.MoneyParam | NotGiven = ...,
        zone: _models.TicketZone | Literal[1, 2, 3] | NotGiven = ...,
        barcode: str | NotGiven = ...,
        extra_body: dict[str, Any] | None = None,
        body: None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = ...,
        max_retries: int | NotGiven = ...,
        deadline: float | None | NotGiven = ...,
        max_response_size: int | None | NotGiven = ...,
        correlation_id: str | None = None,
    ) -> _models.Ticket: ...
    @overload
    def create(
        self,
        *,
        id: NotGiven = ...,
        class_: NotGiven = ...,
        from_: NotGiven = ...,
        body: _models.Ticket | _models.TicketParam,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = ...,
        max_retries: int | NotGiven = ...,
        deadline: float | None | NotGiven = ...,
        max_response_size: int | None | NotGiven = ...,
        correlation_id: str | None = None,
    ) -> _models.Ticket: ...
    def retrieve(
        self,
        ticket_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = ...,
        max_retries: int | NotGiven = ...,
        deadline: float | None | NotGiven = ...,
        max_response_size: int | None | NotGiven = ...,
        correlation_id: str | None = None,
    ) -> _models.Ticket:
        """GET /tickets/{ticketId}"""

@type_check_only
class _Raw_create(Protocol):
    @overload
    def __call__(
        self,
        *,
        id: str,
        class_: _models.TicketClass | Literal["adult", "child", "senior"],
        from_: dt.date,
        until: dt.date | None | NotGiven = ...,
        import_: bool | NotGiven = ...,
        type: str | NotGiven = ...,
        list_: list[str] | NotGiven = ...,
        str_: str | NotGiven = ...,
        json_: dict[str, Any] | NotGiven = ...,
        model_config_: str | NotGiven = ...,
        price: _models.Money | _models.MoneyParam | NotGiven = ...,
        zone: _models.TicketZone | Literal[1, 2, 3] | NotGiven = ...,
        barcode: str | NotGiven = ...,
        extra_body: dict[str, Any] | None = None,
        body: None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = ...,
        max_retries: int | NotGiven = ...,
        deadline: float | None | NotGiven = ...,
        max_response_size: int | None | NotGiven = ...,
        correlation_id: str | None = None,
    ) -> APIResponse[_models.Ticket]: ...
    @overload
    def __call__(
        self,
        *,
        id: NotGiven = ...,
        class_: NotGiven = ...,
        from_: NotGiven = ...,
        body: _models.Ticket | _models.TicketParam,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = ...,
        max_retries: int | NotGiven = ...,
        deadline: float | None | NotGiven = ...,
        max_response_size: int | None | NotGiven = ...,
        correlation_id: str | None = None,
    ) -> APIResponse[_models.Ticket]: ...

class TicketsWithRawResponse:
    def __init__(self, owner: Tickets) -> None: ...
    create: _Raw_create
    retrieve = RawView(Tickets.retrieve)

@type_check_only
class _Streaming_create(Protocol):
    @overload
    def __call__(
        self,
        *,
        id: str,
        class_: _models.TicketClass | Literal["adult", "child", "senior"],
        from_: dt.date,
        until: dt.date | None | NotGiven = ...,
        import_: bool | NotGiven = ...,
        type: str | NotGiven = ...,
        list_: list[str] | NotGiven = ...,
        str_: str | NotGiven = ...,
        json_: dict[str, Any] | NotGiven = ...,
        model_config_: str | NotGiven = ...,
        price: _models.Money | _models.MoneyParam | NotGiven = ...,
        zone: _models.TicketZone | Literal[1, 2, 3] | NotGiven = ...,
        barcode: str | NotGiven = ...,
        extra_body: dict[str, Any] | None = None,
        body: None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = ...,
        max_retries: int | NotGiven = ...,
        deadline: float | None | NotGiven = ...,
        max_response_size: int | None | NotGiven = ...,
        correlation_id: str | None = None,
    ) -> ResponseContextManager[StreamedResponse[_models.Ticket]]: ...
    @overload
    def __call__(
        self,
        *,
        id: NotGiven = ...,
        class_: NotGiven = ...,
        from_: NotGiven = ...,
        body: _models.Ticket | _models.TicketParam,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = ...,
        max_retries: int | NotGiven = ...,
        deadline: float | None | NotGiven = ...,
        max_response_size: int | None | NotGiven = ...,
        correlation_id: str | None = None,
    ) -> ResponseContextManager[StreamedResponse[_models.Ticket]]: ...

class TicketsWithStreamingResponse:
    def __init__(self, owner: Tickets) -> None: ...
    create: _Streaming_create
    retrieve = StreamingView(Tickets.retrieve)

class AsyncTickets(AsyncResource):
    @cached_property
    def with_raw_response(self) -> AsyncTicketsWithRawResponse: ...
    @cached_property
    def with_streaming_response(self) -> AsyncTicketsWithStreamingResponse: ...
    @overload
    async def create(
        self,
        *,
        id: str,
        class_: _models.TicketClass | Literal["adult", "child", "senior"],
        from_: dt.date,
        until: dt.date | None | NotGiven = ...,
        import_: bool | NotGiven = ...,
        type: str | NotGiven = ...,
        list_: list[str] | NotGiven = ...,
        str_: str | NotGiven = ...,
        json_: dict[str, Any] | NotGiven = ...,
        model_config_: str | NotGiven = ...,
        price: _models.Money | _models.MoneyParam | NotGiven = ...,
        zone: _models.TicketZone | Literal[1, 2, 3] | NotGiven = ...,
        barcode: str | NotGiven = ...,
        extra_body: dict[str, Any] | None = None,
        body: None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = ...,
        max_retries: int | NotGiven = ...,
        deadline: float | None | NotGiven = ...,
        max_response_size: int | None | NotGiven = ...,
        correlation_id: str | None = None,
    ) -> _models.Ticket: ...
    @overload
    async def create(
        self,
        *,
        id: NotGiven = ...,
        class_: NotGiven = ...,
        from_: NotGiven = ...,
        body: _models.Ticket | _models.TicketParam,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = ...,
        max_retries: int | NotGiven = ...,
        deadline: float | None | NotGiven = ...,
        max_response_size: int | None | NotGiven = ...,
        correlation_id: str | None = None,
    ) -> _models.Ticket: ...
    async def retrieve(
        self,
        ticket_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = ...,
        max_retries: int | NotGiven = ...,
        deadline: float | None | NotGiven = ...,
        max_response_size: int | None | NotGiven = ...,
        correlation_id: str | None = None,
    ) -> _models.Ticket:
        """GET /tickets/{ticketId}"""

@type_check_only
class _AsyncRaw_create(Protocol):
    @overload
    async def __call__(
        self,
        *,
        id: str,
        class_: _models.TicketClass | Literal["adult", "child", "senior"],
        from_: dt.date,
        until: dt.date | None | NotGiven = ...,
        import_: bool | NotGiven = ...,
        type: str | NotGiven = ...,
        list_: list[str] | NotGiven = ...,
        str_: str | NotGiven = ...,
        json_: dict[str, Any] | NotGiven = ...,
        model_config_: str | NotGiven = ...,
        price: _models.Money | _models.MoneyParam | NotGiven = ...,
        zone: _models.TicketZone | Literal[1, 2, 3] | NotGiven = ...,
        barcode: str | NotGiven = ...,
        extra_body: dict[str, Any] | None = None,
        body: None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = ...,
        max_retries: int | NotGiven = ...,
        deadline: float | None | NotGiven = ...,
        max_response_size: int | None | NotGiven = ...,
        correlation_id: str | None = None,
    ) -> APIResponse[_models.Ticket]: ...
    @overload
    async def __call__(
        self,
        *,
        id: NotGiven = ...,
        class_: NotGiven = ...,
        from_: NotGiven = ...,
        body: _models.Ticket | _models.TicketParam,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = ...,
        max_retries: int | NotGiven = ...,
        deadline: float | None | NotGiven = ...,
        max_response_size: int | None | NotGiven = ...,
        correlation_id: str | None = None,
    ) -> APIResponse[_models.Ticket]: ...

class AsyncTicketsWithRawResponse:
    def __init__(self, owner: AsyncTickets) -> None: ...
    create: _AsyncRaw_create
    retrieve = AsyncRawView(AsyncTickets.retrieve)

@type_check_only
class _AsyncStreaming_create(Protocol):
    @overload
    def __call__(
        self,
        *,
        id: str,
        class_: _models.TicketClass | Literal["adult", "child", "senior"],
        from_: dt.date,
        until: dt.date | None | NotGiven = ...,
        import_: bool | NotGiven = ...,
        type: str | NotGiven = ...,
        list_: list[str] | NotGiven = ...,
        str_: str | NotGiven = ...,
        json_: dict[str, Any] | NotGiven = ...,
        model_config_: str | NotGiven = ...,
        price: _models.Money | _models.MoneyParam | NotGiven = ...,
        zone: _models.TicketZone | Literal[1, 2, 3] | NotGiven = ...,
        barcode: str | NotGiven = ...,
        extra_body: dict[str, Any] | None = None,
        body: None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = ...,
        max_retries: int | NotGiven = ...,
        deadline: float | None | NotGiven = ...,
        max_response_size: int | None | NotGiven = ...,
        correlation_id: str | None = None,
    ) -> AsyncResponseContextManager[AsyncStreamedResponse[_models.Ticket]]: ...
    @overload
    def __call__(
        self,
        *,
        id: NotGiven = ...,
        class_: NotGiven = ...,
        from_: NotGiven = ...,
        body: _models.Ticket | _models.TicketParam,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = ...,
        max_retries: int | NotGiven = ...,
        deadline: float | None | NotGiven = ...,
        max_response_size: int | None | NotGiven = ...,
        correlation_id: str | None = None,
    ) -> AsyncResponseContextManager[AsyncStreamedResponse[_models.Ticket]]: ...

class AsyncTicketsWithStreamingResponse:
    def __init__(self, owner: AsyncTickets) -> None: ...
    create: _AsyncStreaming_create
    retrieve = AsyncStreamingView(AsyncTickets.retrieve)
