import datetime as dt
from collections.abc import Mapping
from functools import cached_property
from typing import Any, Literal

import httpx2 as httpx

from .. import models as _models
from .._runtime._async_client import AsyncResource
from .._runtime._async_response import AsyncRawView, AsyncStreamingView
from .._runtime._endpoint import Endpoint
from .._runtime._sync_client import SyncResource
from .._runtime._sync_response import RawView, StreamingView
from .._runtime._types import NotGiven, Omit

__all__ = [
    "AsyncTickets",
    "AsyncTicketsWithRawResponse",
    "AsyncTicketsWithStreamingResponse",
    "Tickets",
    "TicketsWithRawResponse",
    "TicketsWithStreamingResponse",
]

_CREATE: Endpoint[_models.Ticket]
_RETRIEVE: Endpoint[_models.Ticket]

class Tickets(SyncResource):
    @cached_property
    def with_raw_response(self) -> TicketsWithRawResponse: ...
    @cached_property
    def with_streaming_response(self) -> TicketsWithStreamingResponse: ...
    def create(
        self,
        *,
        id: str | NotGiven = ...,
        class_: _models.TicketClass
        | Literal["adult", "child", "senior"]
        | NotGiven = ...,
        from_: dt.date | NotGiven = ...,
        until: dt.date | None | NotGiven = ...,
        import_: bool | NotGiven = ...,
        type: str | NotGiven = ...,
        list_: list[str] | NotGiven = ...,
        str_: str | NotGiven = ...,
        json_: Mapping[str, Any] | NotGiven = ...,
        model_config_: str | NotGiven = ...,
        price: _models.Money | _models.MoneyParam | NotGiven = ...,
        zone: _models.TicketZone | Literal[1, 2, 3] | NotGiven = ...,
        barcode: str | NotGiven = ...,
        extra_body: dict[str, Any] | None = None,
        body: _models.Ticket | _models.TicketParam | None = None,
        extra_headers: Mapping[str, str | Omit | None] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = ...,
        max_retries: int | NotGiven = ...,
        deadline: float | None | NotGiven = ...,
        max_response_size: int | None | NotGiven = ...,
        follow_redirects: bool | NotGiven = ...,
        correlation_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> _models.Ticket:
        """Issue a ticket

        Issues a visitor ticket under the code the client chose. Codes are unique.

        Args:
            id: Ticket code, chosen by the client, e.g. `T-1001`.
            class_: Fare class.
            from_: First valid day.
            until: Last valid day; optional, null for open-ended tickets.
            import_: Whether the ticket was imported from a partner.
            list_: Zones the ticket covers.
            str_: A printable note.
            json_: Free-form data.
            model_config_: Name of the ticket layout.
            barcode: Base64-encoded barcode.
            extra_body: Keys sent in the body besides the ones above.
            body: The body (whole, instead of its keys: a model or a dict)

        POST /tickets
        """

    def retrieve(
        self,
        ticket_id: str,
        *,
        extra_headers: Mapping[str, str | Omit | None] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = ...,
        max_retries: int | NotGiven = ...,
        deadline: float | None | NotGiven = ...,
        max_response_size: int | None | NotGiven = ...,
        follow_redirects: bool | NotGiven = ...,
        correlation_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> _models.Ticket:
        """Get a ticket

        Returns one ticket by its code.

        Args:
            ticket_id: The ticket code, e.g. `T-1001`.

        GET /tickets/{ticketId}
        """

class TicketsWithRawResponse:
    def __init__(self, owner: Tickets) -> None: ...
    create = RawView(Tickets.create)
    retrieve = RawView(Tickets.retrieve)

class TicketsWithStreamingResponse:
    def __init__(self, owner: Tickets) -> None: ...
    create = StreamingView(Tickets.create)
    retrieve = StreamingView(Tickets.retrieve)

class AsyncTickets(AsyncResource):
    @cached_property
    def with_raw_response(self) -> AsyncTicketsWithRawResponse: ...
    @cached_property
    def with_streaming_response(self) -> AsyncTicketsWithStreamingResponse: ...
    async def create(
        self,
        *,
        id: str | NotGiven = ...,
        class_: _models.TicketClass
        | Literal["adult", "child", "senior"]
        | NotGiven = ...,
        from_: dt.date | NotGiven = ...,
        until: dt.date | None | NotGiven = ...,
        import_: bool | NotGiven = ...,
        type: str | NotGiven = ...,
        list_: list[str] | NotGiven = ...,
        str_: str | NotGiven = ...,
        json_: Mapping[str, Any] | NotGiven = ...,
        model_config_: str | NotGiven = ...,
        price: _models.Money | _models.MoneyParam | NotGiven = ...,
        zone: _models.TicketZone | Literal[1, 2, 3] | NotGiven = ...,
        barcode: str | NotGiven = ...,
        extra_body: dict[str, Any] | None = None,
        body: _models.Ticket | _models.TicketParam | None = None,
        extra_headers: Mapping[str, str | Omit | None] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = ...,
        max_retries: int | NotGiven = ...,
        deadline: float | None | NotGiven = ...,
        max_response_size: int | None | NotGiven = ...,
        follow_redirects: bool | NotGiven = ...,
        correlation_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> _models.Ticket:
        """Issue a ticket

        Issues a visitor ticket under the code the client chose. Codes are unique.

        Args:
            id: Ticket code, chosen by the client, e.g. `T-1001`.
            class_: Fare class.
            from_: First valid day.
            until: Last valid day; optional, null for open-ended tickets.
            import_: Whether the ticket was imported from a partner.
            list_: Zones the ticket covers.
            str_: A printable note.
            json_: Free-form data.
            model_config_: Name of the ticket layout.
            barcode: Base64-encoded barcode.
            extra_body: Keys sent in the body besides the ones above.
            body: The body (whole, instead of its keys: a model or a dict)

        POST /tickets
        """

    async def retrieve(
        self,
        ticket_id: str,
        *,
        extra_headers: Mapping[str, str | Omit | None] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = ...,
        max_retries: int | NotGiven = ...,
        deadline: float | None | NotGiven = ...,
        max_response_size: int | None | NotGiven = ...,
        follow_redirects: bool | NotGiven = ...,
        correlation_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> _models.Ticket:
        """Get a ticket

        Returns one ticket by its code.

        Args:
            ticket_id: The ticket code, e.g. `T-1001`.

        GET /tickets/{ticketId}
        """

class AsyncTicketsWithRawResponse:
    def __init__(self, owner: AsyncTickets) -> None: ...
    create = AsyncRawView(AsyncTickets.create)
    retrieve = AsyncRawView(AsyncTickets.retrieve)

class AsyncTicketsWithStreamingResponse:
    def __init__(self, owner: AsyncTickets) -> None: ...
    create = AsyncStreamingView(AsyncTickets.create)
    retrieve = AsyncStreamingView(AsyncTickets.retrieve)
