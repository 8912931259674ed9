"""Client and AsyncClient of the Swagger Petstore API."""

from __future__ import annotations

from collections.abc import Mapping
from functools import cached_property
from typing import TYPE_CHECKING

import httpx

from ._runtime._base_client import AsyncAPIClient, SyncAPIClient
from ._runtime._types import (
    DEFAULT_MAX_RETRIES,
    DEFAULT_TIMEOUT,
)

if TYPE_CHECKING:
    from .resources.pets import AsyncPets, Pets

__all__ = ["DEFAULT_BASE_URL", "AsyncClient", "Client"]

DEFAULT_BASE_URL: str | None = "http://petstore.example.com/v1"
"""The server the client talks to unless given `base_url`: the spec's first server."""


class Client(SyncAPIClient):
    """Swagger Petstore (sync client).

    The classic petstore example, used as the simple OpenAPI 3.0 input for sdkforge.
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
    def pets(self) -> Pets:
        """Everything about your pets."""
        from .resources.pets import Pets

        return Pets(self)


class AsyncClient(AsyncAPIClient):
    """Swagger Petstore (async client).

    The classic petstore example, used as the simple OpenAPI 3.0 input for sdkforge.
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
    def pets(self) -> AsyncPets:
        """Everything about your pets."""
        from .resources.pets import AsyncPets

        return AsyncPets(self)
