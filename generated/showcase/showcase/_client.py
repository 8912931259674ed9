"""Client and AsyncClient of the Zoo Showcase API."""

from __future__ import annotations

from collections.abc import Mapping
from functools import cached_property

import httpx2 as httpx

from ._runtime import _auth, _hooks
from ._runtime._async_client import AsyncAPIClient
from ._runtime._async_undeclared import (
    AsyncUndeclaredRawView,
    AsyncUndeclaredStreamingView,
)
from ._runtime._lazy import ChildResource, ResourceView
from ._runtime._sync_client import SyncAPIClient
from ._runtime._sync_undeclared import UndeclaredRawView, UndeclaredStreamingView
from ._runtime._types import (
    DEFAULT_MAX_RETRIES,
    NOT_GIVEN,
    NotGiven,
    base_url_from_environment,
)

__all__ = ["DEFAULT_BASE_URL", "SECURITY_SCHEMES", "SERVERS", "AsyncClient", "Client"]

DEFAULT_BASE_URL: str | None = "https://showcase.example.com/v1"
"""The server the client talks to unless given `base_url`: the spec's first server."""

SERVERS: tuple[str, ...] = ("https://showcase.example.com/v1",)
"""The spec's servers, with variables at their defaults.

- `SERVERS[0]`: https://showcase.example.com/v1: Production
"""

SECURITY_SCHEMES: dict[str, _auth.SchemeSpec] = {}
"""The API's security schemes: how each credential is sent."""


class Client(SyncAPIClient):
    """Zoo Showcase API (sync client).

    The Zoo Showcase API manages the animals of a small zoo, their keepers, the inventory of its store (food, toys, equipment) and visitor tickets. It is deliberately awkward: it uses discriminated unions, recursive models, non-identifier wire names, Python keywords as property names, external references and every parameter location, so that generated clients can be tested against it. The `diagnostics` operations echo back what they received.
    """

    _idempotency_header = "Idempotency-Key"

    def __init__(
        self,
        *,
        base_url: str | httpx.URL | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int = DEFAULT_MAX_RETRIES,
        deadline: float | None = None,
        default_headers: Mapping[str, str] | None = None,
        default_query: Mapping[str, object] | None = None,
        http_client: httpx.Client | None = None,
        strict_response_validation: bool = False,
        validate_requests: bool = True,
        max_response_size: int | None | NotGiven = NOT_GIVEN,
        correlation_header: str | None = None,
        on_request: _hooks.SyncHook | None = None,
        on_response: _hooks.SyncHook | None = None,
        on_error: _hooks.SyncHook | None = None,
    ) -> None:
        """Create a client.

        Args:
            base_url: the API's root URL; defaults to $SHOWCASE_BASE_URL, else
                `DEFAULT_BASE_URL`.
            timeout: seconds (or an `httpx2.Timeout`) per attempt; None waits forever. Defaults
                to the timeout of `http_client` when you pass one, else 60 s (10 s to connect).
            max_retries: how often a failed request may be retried (writes only when safe).
            deadline: seconds a whole call may take, retries and waits included; None for no limit.
            default_headers: headers sent with every request.
            default_query: query parameters sent with every request (unless the call sets them).
            http_client: an `httpx2.Client` of your own (proxies, transports, limits).
            strict_response_validation: raise `APIResponseValidationError` when a response does
                not match the API description, instead of returning it as received with a warning.
            validate_requests: check request bodies against the API description before
                sending (`InvalidRequestError` when one does not fit); False sends them as given.
            max_response_size: the most bytes of a response body (decoded) or of an event-stream
                line to hold; past it, `ResponseTooLargeError`. Defaults to 100 MiB for JSON and
                text, and no limit for binary or streamed bodies; None for no limit at all.
            correlation_header: a header (say "X-Correlation-ID") that sends each call's id,
                the one its log records carry (`correlation_id=` on a call sets it).
            on_request: called with a `CallEvent` before each attempt is sent; it may add
                or change `event.headers`.
            on_response: called with the attempt's `CallEvent` when a response arrived
                (`event.status_code`), whatever its status.
            on_error: called with the attempt's `CallEvent` when no response arrived
                (`event.error`).
        """
        super().__init__(
            base_url=base_url_from_environment(base_url, DEFAULT_BASE_URL),
            timeout=timeout,
            max_retries=max_retries,
            deadline=deadline,
            default_headers=default_headers,
            default_query=default_query,
            http_client=http_client,
            strict_response_validation=strict_response_validation,
            validate_requests=validate_requests,
            max_response_size=max_response_size,
            correlation_header=correlation_header,
            on_request=on_request,
            on_response=on_response,
            on_error=on_error,
            auth=_auth.Auth(
                SECURITY_SCHEMES,
                {},
            ),
        )

    def copy(
        self,
        *,
        base_url: str | httpx.URL | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        deadline: float | None | NotGiven = NOT_GIVEN,
        default_headers: Mapping[str, str] | None = None,
        set_default_headers: Mapping[str, str] | None = None,
        default_query: Mapping[str, object] | None = None,
        set_default_query: Mapping[str, object] | None = None,
        http_client: httpx.Client | None = None,
        strict_response_validation: bool | NotGiven = NOT_GIVEN,
        validate_requests: bool | NotGiven = NOT_GIVEN,
        max_response_size: int | None | NotGiven = NOT_GIVEN,
        correlation_header: str | None | NotGiven = NOT_GIVEN,
        on_request: _hooks.SyncHook | None | NotGiven = NOT_GIVEN,
        on_response: _hooks.SyncHook | None | NotGiven = NOT_GIVEN,
        on_error: _hooks.SyncHook | None | NotGiven = NOT_GIVEN,
    ) -> Client:
        """A copy of this client with other settings or credentials (what you leave out
        stays as it is), sharing its connection pool unless you pass `http_client`.

        It takes the constructor's arguments (not `scopes`); `default_headers` and
        `default_query` add to the client's, `set_default_headers` and `set_default_query`
        replace them; a hook or `correlation_header` given as None is removed."""
        return self._copy_with(
            base_url=base_url,
            timeout=timeout,
            max_retries=max_retries,
            deadline=deadline,
            default_headers=default_headers,
            set_default_headers=set_default_headers,
            default_query=default_query,
            set_default_query=set_default_query,
            http_client=http_client,
            strict_response_validation=strict_response_validation,
            validate_requests=validate_requests,
            max_response_size=max_response_size,
            correlation_header=correlation_header,
            on_request=on_request,
            on_response=on_response,
            on_error=on_error,
            credentials={},
        )

    with_options = copy

    @cached_property
    def with_raw_response(self) -> ClientWithRawResponse:
        """These methods, returning the HTTP response (`.parse()` gives the usual result)."""
        return ClientWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> ClientWithStreamingResponse:
        """These methods, as context managers over the response, its body not read yet."""
        return ClientWithStreamingResponse(self)

    animals = ChildResource(".resources.animals", "Animals")
    """The animals living in the zoo, and their keepers."""

    inventory = ChildResource(".resources.inventory", "Inventory")
    """Items sold or used by the zoo store, categories and warehouse stock."""

    store_admin = ChildResource(".resources.store_admin", "StoreAdmin")
    """Administrative operations for the store staff; they need the `X-Admin-Token` header."""

    tickets = ChildResource(".resources.tickets", "Tickets")
    """Visitor tickets."""

    diagnostics = ChildResource(".resources.diagnostics", "Diagnostics")
    """Operations that echo the request back, to check how a client serialises it."""

    tours = ChildResource(".resources.tours", "Tours")
    """Operations of `client.tours`."""


class ClientWithRawResponse(UndeclaredRawView):
    """The methods of Client, returning the HTTP response with `parse()` for the result."""

    def __init__(self, owner: Client) -> None:
        self._owner = owner

    animals = ResourceView("with_raw_response")
    inventory = ResourceView("with_raw_response")
    store_admin = ResourceView("with_raw_response")
    tickets = ResourceView("with_raw_response")
    diagnostics = ResourceView("with_raw_response")
    tours = ResourceView("with_raw_response")


class ClientWithStreamingResponse(UndeclaredStreamingView):
    """The methods of Client, returning a context manager over the unread response."""

    def __init__(self, owner: Client) -> None:
        self._owner = owner

    animals = ResourceView("with_streaming_response")
    inventory = ResourceView("with_streaming_response")
    store_admin = ResourceView("with_streaming_response")
    tickets = ResourceView("with_streaming_response")
    diagnostics = ResourceView("with_streaming_response")
    tours = ResourceView("with_streaming_response")


class AsyncClient(AsyncAPIClient):
    """Zoo Showcase API (async client).

    The Zoo Showcase API manages the animals of a small zoo, their keepers, the inventory of its store (food, toys, equipment) and visitor tickets. It is deliberately awkward: it uses discriminated unions, recursive models, non-identifier wire names, Python keywords as property names, external references and every parameter location, so that generated clients can be tested against it. The `diagnostics` operations echo back what they received.
    """

    _idempotency_header = "Idempotency-Key"

    def __init__(
        self,
        *,
        base_url: str | httpx.URL | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int = DEFAULT_MAX_RETRIES,
        deadline: float | None = None,
        default_headers: Mapping[str, str] | None = None,
        default_query: Mapping[str, object] | None = None,
        http_client: httpx.AsyncClient | None = None,
        strict_response_validation: bool = False,
        validate_requests: bool = True,
        max_response_size: int | None | NotGiven = NOT_GIVEN,
        correlation_header: str | None = None,
        on_request: _hooks.AsyncHook | None = None,
        on_response: _hooks.AsyncHook | None = None,
        on_error: _hooks.AsyncHook | None = None,
    ) -> None:
        """Create a client.

        Args:
            base_url: the API's root URL; defaults to $SHOWCASE_BASE_URL, else
                `DEFAULT_BASE_URL`.
            timeout: seconds (or an `httpx2.Timeout`) per attempt; None waits forever. Defaults
                to the timeout of `http_client` when you pass one, else 60 s (10 s to connect).
            max_retries: how often a failed request may be retried (writes only when safe).
            deadline: seconds a whole call may take, retries and waits included; None for no limit.
            default_headers: headers sent with every request.
            default_query: query parameters sent with every request (unless the call sets them).
            http_client: an `httpx2.AsyncClient` of your own (proxies, transports, limits).
            strict_response_validation: raise `APIResponseValidationError` when a response does
                not match the API description, instead of returning it as received with a warning.
            validate_requests: check request bodies against the API description before
                sending (`InvalidRequestError` when one does not fit); False sends them as given.
            max_response_size: the most bytes of a response body (decoded) or of an event-stream
                line to hold; past it, `ResponseTooLargeError`. Defaults to 100 MiB for JSON and
                text, and no limit for binary or streamed bodies; None for no limit at all.
            correlation_header: a header (say "X-Correlation-ID") that sends each call's id,
                the one its log records carry (`correlation_id=` on a call sets it).
            on_request: called with a `CallEvent` before each attempt is sent; it may add
                or change `event.headers`.
            on_response: called with the attempt's `CallEvent` when a response arrived
                (`event.status_code`), whatever its status.
            on_error: called with the attempt's `CallEvent` when no response arrived
                (`event.error`).
        """
        super().__init__(
            base_url=base_url_from_environment(base_url, DEFAULT_BASE_URL),
            timeout=timeout,
            max_retries=max_retries,
            deadline=deadline,
            default_headers=default_headers,
            default_query=default_query,
            http_client=http_client,
            strict_response_validation=strict_response_validation,
            validate_requests=validate_requests,
            max_response_size=max_response_size,
            correlation_header=correlation_header,
            on_request=on_request,
            on_response=on_response,
            on_error=on_error,
            auth=_auth.Auth(
                SECURITY_SCHEMES,
                {},
            ),
        )

    def copy(
        self,
        *,
        base_url: str | httpx.URL | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        deadline: float | None | NotGiven = NOT_GIVEN,
        default_headers: Mapping[str, str] | None = None,
        set_default_headers: Mapping[str, str] | None = None,
        default_query: Mapping[str, object] | None = None,
        set_default_query: Mapping[str, object] | None = None,
        http_client: httpx.AsyncClient | None = None,
        strict_response_validation: bool | NotGiven = NOT_GIVEN,
        validate_requests: bool | NotGiven = NOT_GIVEN,
        max_response_size: int | None | NotGiven = NOT_GIVEN,
        correlation_header: str | None | NotGiven = NOT_GIVEN,
        on_request: _hooks.AsyncHook | None | NotGiven = NOT_GIVEN,
        on_response: _hooks.AsyncHook | None | NotGiven = NOT_GIVEN,
        on_error: _hooks.AsyncHook | None | NotGiven = NOT_GIVEN,
    ) -> AsyncClient:
        """A copy of this client with other settings or credentials (what you leave out
        stays as it is), sharing its connection pool unless you pass `http_client`.

        It takes the constructor's arguments (not `scopes`); `default_headers` and
        `default_query` add to the client's, `set_default_headers` and `set_default_query`
        replace them; a hook or `correlation_header` given as None is removed."""
        return self._copy_with(
            base_url=base_url,
            timeout=timeout,
            max_retries=max_retries,
            deadline=deadline,
            default_headers=default_headers,
            set_default_headers=set_default_headers,
            default_query=default_query,
            set_default_query=set_default_query,
            http_client=http_client,
            strict_response_validation=strict_response_validation,
            validate_requests=validate_requests,
            max_response_size=max_response_size,
            correlation_header=correlation_header,
            on_request=on_request,
            on_response=on_response,
            on_error=on_error,
            credentials={},
        )

    with_options = copy

    @cached_property
    def with_raw_response(self) -> AsyncClientWithRawResponse:
        """These methods, returning the HTTP response (`.parse()` gives the usual result)."""
        return AsyncClientWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncClientWithStreamingResponse:
        """These methods, as context managers over the response, its body not read yet."""
        return AsyncClientWithStreamingResponse(self)

    animals = ChildResource(".resources.animals", "AsyncAnimals")
    """The animals living in the zoo, and their keepers."""

    inventory = ChildResource(".resources.inventory", "AsyncInventory")
    """Items sold or used by the zoo store, categories and warehouse stock."""

    store_admin = ChildResource(".resources.store_admin", "AsyncStoreAdmin")
    """Administrative operations for the store staff; they need the `X-Admin-Token` header."""

    tickets = ChildResource(".resources.tickets", "AsyncTickets")
    """Visitor tickets."""

    diagnostics = ChildResource(".resources.diagnostics", "AsyncDiagnostics")
    """Operations that echo the request back, to check how a client serialises it."""

    tours = ChildResource(".resources.tours", "AsyncTours")
    """Operations of `client.tours`."""


class AsyncClientWithRawResponse(AsyncUndeclaredRawView):
    """The methods of AsyncClient, returning the HTTP response with `parse()` for the result."""

    def __init__(self, owner: AsyncClient) -> None:
        self._owner = owner

    animals = ResourceView("with_raw_response")
    inventory = ResourceView("with_raw_response")
    store_admin = ResourceView("with_raw_response")
    tickets = ResourceView("with_raw_response")
    diagnostics = ResourceView("with_raw_response")
    tours = ResourceView("with_raw_response")


class AsyncClientWithStreamingResponse(AsyncUndeclaredStreamingView):
    """The methods of AsyncClient, returning a context manager over the unread response."""

    def __init__(self, owner: AsyncClient) -> None:
        self._owner = owner

    animals = ResourceView("with_streaming_response")
    inventory = ResourceView("with_streaming_response")
    store_admin = ResourceView("with_streaming_response")
    tickets = ResourceView("with_streaming_response")
    diagnostics = ResourceView("with_streaming_response")
    tours = ResourceView("with_streaming_response")
