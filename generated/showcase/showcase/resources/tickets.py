"""Tickets: the operations tagged tickets."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import httpx

from .. import models
from .._runtime._base_client import AsyncResource, SyncResource
from .._runtime._endpoint import BodySpec, Endpoint, ResponseSpec
from .._runtime._types import NOT_GIVEN, NotGiven, RequestOptions

__all__ = ["AsyncTickets", "Tickets"]


_CREATE_TICKET: Endpoint[models.Ticket] = Endpoint(
    method="POST",
    path="/tickets",
    body=BodySpec("json", "application/json", models.Ticket),
    responses=(ResponseSpec("201", "json", models.Ticket),),
    errors=(
        ResponseSpec("409", "json", models.Error),
        ResponseSpec("422", "json", models.ValidationError),
        ResponseSpec("default", "json", models.Error),
    ),
)


_GET_TICKET: Endpoint[models.Ticket] = Endpoint(
    method="GET",
    path="/tickets/{ticketId}",
    responses=(ResponseSpec("200", "json", models.Ticket),),
    errors=(
        ResponseSpec("404", "json", models.Error),
        ResponseSpec("default", "json", models.Error),
    ),
)


class Tickets(SyncResource):
    """Visitor tickets."""

    def create_ticket(
        self,
        *,
        body: models.Ticket | dict[str, Any],
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> models.Ticket:
        """Issue a ticket

        Issues a visitor ticket under the code the client chose. Codes are unique.
        """
        return self._client.request(
            _CREATE_TICKET,
            body=body,
            options=RequestOptions(
                extra_headers=extra_headers, extra_query=extra_query, timeout=timeout
            ),
        )

    def get_ticket(
        self,
        ticket_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> models.Ticket:
        """Get a ticket

        Returns one ticket by its code.

        Args:
            ticket_id: The ticket code, e.g. `T-1001`.
        """
        return self._client.request(
            _GET_TICKET,
            path={
                "ticketId": ticket_id,
            },
            options=RequestOptions(
                extra_headers=extra_headers, extra_query=extra_query, timeout=timeout
            ),
        )


class AsyncTickets(AsyncResource):
    """Visitor tickets."""

    async def create_ticket(
        self,
        *,
        body: models.Ticket | dict[str, Any],
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> models.Ticket:
        """Issue a ticket

        Issues a visitor ticket under the code the client chose. Codes are unique.
        """
        return await self._client.request(
            _CREATE_TICKET,
            body=body,
            options=RequestOptions(
                extra_headers=extra_headers, extra_query=extra_query, timeout=timeout
            ),
        )

    async def get_ticket(
        self,
        ticket_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> models.Ticket:
        """Get a ticket

        Returns one ticket by its code.

        Args:
            ticket_id: The ticket code, e.g. `T-1001`.
        """
        return await self._client.request(
            _GET_TICKET,
            path={
                "ticketId": ticket_id,
            },
            options=RequestOptions(
                extra_headers=extra_headers, extra_query=extra_query, timeout=timeout
            ),
        )
