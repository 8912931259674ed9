"""Client and AsyncClient of the Zoo Showcase API API."""

from __future__ import annotations

from collections.abc import Mapping
from functools import cached_property
from typing import TYPE_CHECKING

import httpx

from . import models
from ._runtime._base_client import AsyncAPIClient, SyncAPIClient
from ._runtime._endpoint import Endpoint, ResponseSpec
from ._runtime._types import (
    DEFAULT_MAX_RETRIES,
    DEFAULT_TIMEOUT,
    NOT_GIVEN,
    NotGiven,
    RequestOptions,
)

if TYPE_CHECKING:
    from .resources.animals import Animals, AsyncAnimals
    from .resources.diagnostics import AsyncDiagnostics, Diagnostics
    from .resources.inventory import AsyncInventory, Inventory
    from .resources.store_admin import AsyncStoreAdmin, StoreAdmin
    from .resources.tickets import AsyncTickets, Tickets

__all__ = ["DEFAULT_BASE_URL", "AsyncClient", "Client"]

DEFAULT_BASE_URL: str | None = "https://showcase.example.com/v1"
"""The server the client talks to unless given `base_url`: the spec's first server."""

_GET_TOUR: Endpoint[models.Tour] = Endpoint(
    method="GET",
    path="/tours/{tourId}",
    responses=(ResponseSpec("200", "json", models.Tour),),
    errors=(
        ResponseSpec("404", "json", models.Error),
        ResponseSpec("default", "json", models.Error),
    ),
)


class Client(SyncAPIClient):
    """Zoo Showcase API (sync client).

    The Zoo Showcase API manages the animals of a small zoo, their keepers, the inventory of its store (food, toys, equipment) and visitor tickets. It is deliberately awkward: it uses discriminated unions, recursive models, non-identifier wire names, Python keywords as property names, external references and every parameter location, so that generated clients can be tested against it. The `diagnostics` operations echo back what they received.
    """

    def __init__(
        self,
        *,
        base_url: str | httpx.URL | None = None,
        timeout: float | httpx.Timeout | None = DEFAULT_TIMEOUT,
        max_retries: int = DEFAULT_MAX_RETRIES,
        default_headers: Mapping[str, str] | None = None,
        http_client: httpx.Client | None = None,
    ) -> None:
        """Create a client.

        Args:
            base_url: the API's root URL; defaults to `DEFAULT_BASE_URL`.
            timeout: seconds (or an `httpx.Timeout`) per attempt; None waits forever.
            max_retries: how often a failed request may be retried.
            default_headers: headers sent with every request.
            http_client: an `httpx.Client` of your own (proxies, transports, limits).
        """
        super().__init__(
            base_url=base_url if base_url is not None else DEFAULT_BASE_URL,
            timeout=timeout,
            max_retries=max_retries,
            default_headers=default_headers,
            http_client=http_client,
        )

    @cached_property
    def animals(self) -> Animals:
        """The animals living in the zoo, and their keepers."""
        from .resources.animals import Animals

        return Animals(self)

    @cached_property
    def inventory(self) -> Inventory:
        """Items sold or used by the zoo store, categories and warehouse stock."""
        from .resources.inventory import Inventory

        return Inventory(self)

    @cached_property
    def store_admin(self) -> StoreAdmin:
        """Administrative operations for the store staff; they need the `X-Admin-Token` header."""
        from .resources.store_admin import StoreAdmin

        return StoreAdmin(self)

    @cached_property
    def tickets(self) -> Tickets:
        """Visitor tickets."""
        from .resources.tickets import Tickets

        return Tickets(self)

    @cached_property
    def diagnostics(self) -> Diagnostics:
        """Operations that echo the request back, to check how a client serialises it."""
        from .resources.diagnostics import Diagnostics

        return Diagnostics(self)

    def get_tour(
        self,
        tour_id: int,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> models.Tour:
        """Get a guided tour

        Returns a guided tour as a linked list of stops. This operation has no tags on purpose.

        Args:
            tour_id: The id of the tour.
        """
        return self.request(
            _GET_TOUR,
            path={
                "tourId": tour_id,
            },
            options=RequestOptions(
                extra_headers=extra_headers, extra_query=extra_query, timeout=timeout
            ),
        )


class AsyncClient(AsyncAPIClient):
    """Zoo Showcase API (async client).

    The Zoo Showcase API manages the animals of a small zoo, their keepers, the inventory of its store (food, toys, equipment) and visitor tickets. It is deliberately awkward: it uses discriminated unions, recursive models, non-identifier wire names, Python keywords as property names, external references and every parameter location, so that generated clients can be tested against it. The `diagnostics` operations echo back what they received.
    """

    def __init__(
        self,
        *,
        base_url: str | httpx.URL | None = None,
        timeout: float | httpx.Timeout | None = DEFAULT_TIMEOUT,
        max_retries: int = DEFAULT_MAX_RETRIES,
        default_headers: Mapping[str, str] | None = None,
        http_client: httpx.AsyncClient | None = None,
    ) -> None:
        """Create a client.

        Args:
            base_url: the API's root URL; defaults to `DEFAULT_BASE_URL`.
            timeout: seconds (or an `httpx.Timeout`) per attempt; None waits forever.
            max_retries: how often a failed request may be retried.
            default_headers: headers sent with every request.
            http_client: an `httpx.AsyncClient` of your own (proxies, transports, limits).
        """
        super().__init__(
            base_url=base_url if base_url is not None else DEFAULT_BASE_URL,
            timeout=timeout,
            max_retries=max_retries,
            default_headers=default_headers,
            http_client=http_client,
        )

    @cached_property
    def animals(self) -> AsyncAnimals:
        """The animals living in the zoo, and their keepers."""
        from .resources.animals import AsyncAnimals

        return AsyncAnimals(self)

    @cached_property
    def inventory(self) -> AsyncInventory:
        """Items sold or used by the zoo store, categories and warehouse stock."""
        from .resources.inventory import AsyncInventory

        return AsyncInventory(self)

    @cached_property
    def store_admin(self) -> AsyncStoreAdmin:
        """Administrative operations for the store staff; they need the `X-Admin-Token` header."""
        from .resources.store_admin import AsyncStoreAdmin

        return AsyncStoreAdmin(self)

    @cached_property
    def tickets(self) -> AsyncTickets:
        """Visitor tickets."""
        from .resources.tickets import AsyncTickets

        return AsyncTickets(self)

    @cached_property
    def diagnostics(self) -> AsyncDiagnostics:
        """Operations that echo the request back, to check how a client serialises it."""
        from .resources.diagnostics import AsyncDiagnostics

        return AsyncDiagnostics(self)

    async def get_tour(
        self,
        tour_id: int,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> models.Tour:
        """Get a guided tour

        Returns a guided tour as a linked list of stops. This operation has no tags on purpose.

        Args:
            tour_id: The id of the tour.
        """
        return await self.request(
            _GET_TOUR,
            path={
                "tourId": tour_id,
            },
            options=RequestOptions(
                extra_headers=extra_headers, extra_query=extra_query, timeout=timeout
            ),
        )
