"""`client.tickets`: Tickets and its response views."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from functools import cached_property
from typing import Any, Literal

import httpx2 as httpx

from .. import models as _models
from .._runtime._async_client import AsyncResource
from .._runtime._async_response import AsyncRawView, AsyncStreamingView
from .._runtime._endpoint import BodySpec, Endpoint, ResponseSpec
from .._runtime._serialize import body_from
from .._runtime._sync_client import SyncResource
from .._runtime._sync_response import RawView, StreamingView
from .._runtime._types import NOT_GIVEN, NotGiven, Omit, RequestOptions

__all__ = [
    "AsyncTickets",
    "AsyncTicketsWithRawResponse",
    "AsyncTicketsWithStreamingResponse",
    "Tickets",
    "TicketsWithRawResponse",
    "TicketsWithStreamingResponse",
]


_CREATE: Endpoint[_models.Ticket] = Endpoint(
    method="POST",
    path="/tickets",
    body=BodySpec("json", "application/json", lambda: _models.Ticket),
    responses=(ResponseSpec("201", "json", lambda: _models.Ticket),),
    errors=(
        ResponseSpec("409", "json", lambda: _models.Error),
        ResponseSpec("422", "json", lambda: _models.ValidationError),
        ResponseSpec("default", "json", lambda: _models.Error),
    ),
)


_RETRIEVE: Endpoint[_models.Ticket] = Endpoint(
    method="GET",
    path="/tickets/{ticketId}",
    responses=(ResponseSpec("200", "json", lambda: _models.Ticket),),
    errors=(
        ResponseSpec("404", "json", lambda: _models.Error),
        ResponseSpec("default", "json", lambda: _models.Error),
    ),
)


class Tickets(SyncResource):
    """Visitor tickets."""

    @cached_property
    def with_raw_response(self) -> TicketsWithRawResponse:
        """These methods, returning the HTTP response (`.parse()` gives the usual result)."""
        return TicketsWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> TicketsWithStreamingResponse:
        """These methods, as context managers over the response, its body not read yet."""
        return TicketsWithStreamingResponse(self)

    def create(
        self,
        *,
        id: str | NotGiven = NOT_GIVEN,
        class_: _models.TicketClass
        | Literal["adult", "child", "senior"]
        | NotGiven = NOT_GIVEN,
        from_: dt.date | NotGiven = NOT_GIVEN,
        until: dt.date | None | NotGiven = NOT_GIVEN,
        import_: bool | NotGiven = NOT_GIVEN,
        type: str | NotGiven = NOT_GIVEN,
        list_: list[str] | NotGiven = NOT_GIVEN,
        str_: str | NotGiven = NOT_GIVEN,
        json_: Mapping[str, Any] | NotGiven = NOT_GIVEN,
        model_config_: str | NotGiven = NOT_GIVEN,
        price: _models.Money | _models.MoneyParam | NotGiven = NOT_GIVEN,
        zone: _models.TicketZone | Literal[1, 2, 3] | NotGiven = NOT_GIVEN,
        barcode: str | NotGiven = NOT_GIVEN,
        extra_body: dict[str, Any] | None = None,
        body: _models.Ticket | _models.TicketParam | None = None,
        extra_headers: Mapping[str, str | Omit | None] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        deadline: float | None | NotGiven = NOT_GIVEN,
        max_response_size: int | None | NotGiven = NOT_GIVEN,
        follow_redirects: bool | NotGiven = NOT_GIVEN,
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
        """
        return self._client.request(
            _CREATE,
            body=body_from(
                body,
                {
                    "id": id,
                    "class": class_,
                    "from": from_,
                    "until": until,
                    "import": import_,
                    "type": type,
                    "list": list_,
                    "str": str_,
                    "json": json_,
                    "model_config": model_config_,
                    "price": price,
                    "zone": zone,
                    "barcode": barcode,
                },
                extra_body,
                required=True,
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

    def retrieve(
        self,
        ticket_id: str,
        *,
        extra_headers: Mapping[str, str | Omit | None] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        deadline: float | None | NotGiven = NOT_GIVEN,
        max_response_size: int | None | NotGiven = NOT_GIVEN,
        follow_redirects: bool | NotGiven = NOT_GIVEN,
        correlation_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> _models.Ticket:
        """Get a ticket

        Returns one ticket by its code.

        Args:
            ticket_id: The ticket code, e.g. `T-1001`.
        """
        return self._client.request(
            _RETRIEVE,
            path={
                "ticketId": ticket_id,
            },
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


class TicketsWithRawResponse:
    """The methods of Tickets, returning the HTTP response with `parse()` for the result."""

    def __init__(self, owner: Tickets) -> None:
        self._owner = owner

    create = RawView(Tickets.create)
    retrieve = RawView(Tickets.retrieve)


class TicketsWithStreamingResponse:
    """The methods of Tickets, returning a context manager over the unread response."""

    def __init__(self, owner: Tickets) -> None:
        self._owner = owner

    create = StreamingView(Tickets.create)
    retrieve = StreamingView(Tickets.retrieve)


class AsyncTickets(AsyncResource):
    """Visitor tickets."""

    @cached_property
    def with_raw_response(self) -> AsyncTicketsWithRawResponse:
        """These methods, returning the HTTP response (`.parse()` gives the usual result)."""
        return AsyncTicketsWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncTicketsWithStreamingResponse:
        """These methods, as context managers over the response, its body not read yet."""
        return AsyncTicketsWithStreamingResponse(self)

    async def create(
        self,
        *,
        id: str | NotGiven = NOT_GIVEN,
        class_: _models.TicketClass
        | Literal["adult", "child", "senior"]
        | NotGiven = NOT_GIVEN,
        from_: dt.date | NotGiven = NOT_GIVEN,
        until: dt.date | None | NotGiven = NOT_GIVEN,
        import_: bool | NotGiven = NOT_GIVEN,
        type: str | NotGiven = NOT_GIVEN,
        list_: list[str] | NotGiven = NOT_GIVEN,
        str_: str | NotGiven = NOT_GIVEN,
        json_: Mapping[str, Any] | NotGiven = NOT_GIVEN,
        model_config_: str | NotGiven = NOT_GIVEN,
        price: _models.Money | _models.MoneyParam | NotGiven = NOT_GIVEN,
        zone: _models.TicketZone | Literal[1, 2, 3] | NotGiven = NOT_GIVEN,
        barcode: str | NotGiven = NOT_GIVEN,
        extra_body: dict[str, Any] | None = None,
        body: _models.Ticket | _models.TicketParam | None = None,
        extra_headers: Mapping[str, str | Omit | None] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        deadline: float | None | NotGiven = NOT_GIVEN,
        max_response_size: int | None | NotGiven = NOT_GIVEN,
        follow_redirects: bool | NotGiven = NOT_GIVEN,
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
        """
        return await self._client.request(
            _CREATE,
            body=body_from(
                body,
                {
                    "id": id,
                    "class": class_,
                    "from": from_,
                    "until": until,
                    "import": import_,
                    "type": type,
                    "list": list_,
                    "str": str_,
                    "json": json_,
                    "model_config": model_config_,
                    "price": price,
                    "zone": zone,
                    "barcode": barcode,
                },
                extra_body,
                required=True,
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

    async def retrieve(
        self,
        ticket_id: str,
        *,
        extra_headers: Mapping[str, str | Omit | None] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        deadline: float | None | NotGiven = NOT_GIVEN,
        max_response_size: int | None | NotGiven = NOT_GIVEN,
        follow_redirects: bool | NotGiven = NOT_GIVEN,
        correlation_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> _models.Ticket:
        """Get a ticket

        Returns one ticket by its code.

        Args:
            ticket_id: The ticket code, e.g. `T-1001`.
        """
        return await self._client.request(
            _RETRIEVE,
            path={
                "ticketId": ticket_id,
            },
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


class AsyncTicketsWithRawResponse:
    """The methods of AsyncTickets, returning the HTTP response with `parse()` for the result."""

    def __init__(self, owner: AsyncTickets) -> None:
        self._owner = owner

    create = AsyncRawView(AsyncTickets.create)
    retrieve = AsyncRawView(AsyncTickets.retrieve)


class AsyncTicketsWithStreamingResponse:
    """The methods of AsyncTickets, returning a context manager over the unread response."""

    def __init__(self, owner: AsyncTickets) -> None:
        self._owner = owner

    create = AsyncStreamingView(AsyncTickets.create)
    retrieve = AsyncStreamingView(AsyncTickets.retrieve)
