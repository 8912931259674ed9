from collections.abc import Mapping
from functools import cached_property

import httpx2 as httpx

from ._runtime import _auth, _hooks
from ._runtime._async_client import AsyncAPIClient
from ._runtime._async_undeclared import (
    AsyncUndeclaredRawView,
    AsyncUndeclaredStreamingView,
)
from ._runtime._sync_client import SyncAPIClient
from ._runtime._sync_undeclared import UndeclaredRawView, UndeclaredStreamingView
from ._runtime._types import NotGiven
from .resources.animals import (
    Animals,
    AnimalsWithRawResponse,
    AnimalsWithStreamingResponse,
    AsyncAnimals,
    AsyncAnimalsWithRawResponse,
    AsyncAnimalsWithStreamingResponse,
)
from .resources.diagnostics import (
    AsyncDiagnostics,
    AsyncDiagnosticsWithRawResponse,
    AsyncDiagnosticsWithStreamingResponse,
    Diagnostics,
    DiagnosticsWithRawResponse,
    DiagnosticsWithStreamingResponse,
)
from .resources.inventory import (
    AsyncInventory,
    AsyncInventoryWithRawResponse,
    AsyncInventoryWithStreamingResponse,
    Inventory,
    InventoryWithRawResponse,
    InventoryWithStreamingResponse,
)
from .resources.store_admin import (
    AsyncStoreAdmin,
    AsyncStoreAdminWithRawResponse,
    AsyncStoreAdminWithStreamingResponse,
    StoreAdmin,
    StoreAdminWithRawResponse,
    StoreAdminWithStreamingResponse,
)
from .resources.tickets import (
    AsyncTickets,
    AsyncTicketsWithRawResponse,
    AsyncTicketsWithStreamingResponse,
    Tickets,
    TicketsWithRawResponse,
    TicketsWithStreamingResponse,
)
from .resources.tours import (
    AsyncTours,
    AsyncToursWithRawResponse,
    AsyncToursWithStreamingResponse,
    Tours,
    ToursWithRawResponse,
    ToursWithStreamingResponse,
)

__all__ = ["DEFAULT_BASE_URL", "SECURITY_SCHEMES", "SERVERS", "AsyncClient", "Client"]

DEFAULT_BASE_URL: str | None
SERVERS: tuple[str, ...]
SECURITY_SCHEMES: dict[str, _auth.SchemeSpec]

class Client(SyncAPIClient):
    def __init__(
        self,
        *,
        base_url: str | httpx.URL | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = ...,
        max_retries: int = ...,
        deadline: float | None = None,
        default_headers: Mapping[str, str] | None = None,
        default_query: Mapping[str, object] | None = None,
        http_client: httpx.Client | None = None,
        strict_response_validation: bool = False,
        validate_requests: bool = True,
        max_response_size: int | None | NotGiven = ...,
        correlation_header: str | None = None,
        on_request: _hooks.SyncHook | None = None,
        on_response: _hooks.SyncHook | None = None,
        on_error: _hooks.SyncHook | None = None,
    ) -> None: ...
    def copy(
        self,
        *,
        base_url: str | httpx.URL | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = ...,
        max_retries: int | NotGiven = ...,
        deadline: float | None | NotGiven = ...,
        default_headers: Mapping[str, str] | None = None,
        set_default_headers: Mapping[str, str] | None = None,
        default_query: Mapping[str, object] | None = None,
        set_default_query: Mapping[str, object] | None = None,
        http_client: httpx.Client | None = None,
        strict_response_validation: bool | NotGiven = ...,
        validate_requests: bool | NotGiven = ...,
        max_response_size: int | None | NotGiven = ...,
        correlation_header: str | None | NotGiven = ...,
        on_request: _hooks.SyncHook | None | NotGiven = ...,
        on_response: _hooks.SyncHook | None | NotGiven = ...,
        on_error: _hooks.SyncHook | None | NotGiven = ...,
    ) -> Client: ...
    with_options = copy
    @cached_property
    def with_raw_response(self) -> ClientWithRawResponse: ...
    @cached_property
    def with_streaming_response(self) -> ClientWithStreamingResponse: ...
    @cached_property
    def animals(self) -> Animals: ...
    @cached_property
    def inventory(self) -> Inventory: ...
    @cached_property
    def store_admin(self) -> StoreAdmin: ...
    @cached_property
    def tickets(self) -> Tickets: ...
    @cached_property
    def diagnostics(self) -> Diagnostics: ...
    @cached_property
    def tours(self) -> Tours: ...

class ClientWithRawResponse(UndeclaredRawView):
    def __init__(self, owner: Client) -> None: ...
    @cached_property
    def animals(self) -> AnimalsWithRawResponse: ...
    @cached_property
    def inventory(self) -> InventoryWithRawResponse: ...
    @cached_property
    def store_admin(self) -> StoreAdminWithRawResponse: ...
    @cached_property
    def tickets(self) -> TicketsWithRawResponse: ...
    @cached_property
    def diagnostics(self) -> DiagnosticsWithRawResponse: ...
    @cached_property
    def tours(self) -> ToursWithRawResponse: ...

class ClientWithStreamingResponse(UndeclaredStreamingView):
    def __init__(self, owner: Client) -> None: ...
    @cached_property
    def animals(self) -> AnimalsWithStreamingResponse: ...
    @cached_property
    def inventory(self) -> InventoryWithStreamingResponse: ...
    @cached_property
    def store_admin(self) -> StoreAdminWithStreamingResponse: ...
    @cached_property
    def tickets(self) -> TicketsWithStreamingResponse: ...
    @cached_property
    def diagnostics(self) -> DiagnosticsWithStreamingResponse: ...
    @cached_property
    def tours(self) -> ToursWithStreamingResponse: ...

class AsyncClient(AsyncAPIClient):
    def __init__(
        self,
        *,
        base_url: str | httpx.URL | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = ...,
        max_retries: int = ...,
        deadline: float | None = None,
        default_headers: Mapping[str, str] | None = None,
        default_query: Mapping[str, object] | None = None,
        http_client: httpx.AsyncClient | None = None,
        strict_response_validation: bool = False,
        validate_requests: bool = True,
        max_response_size: int | None | NotGiven = ...,
        correlation_header: str | None = None,
        on_request: _hooks.AsyncHook | None = None,
        on_response: _hooks.AsyncHook | None = None,
        on_error: _hooks.AsyncHook | None = None,
    ) -> None: ...
    def copy(
        self,
        *,
        base_url: str | httpx.URL | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = ...,
        max_retries: int | NotGiven = ...,
        deadline: float | None | NotGiven = ...,
        default_headers: Mapping[str, str] | None = None,
        set_default_headers: Mapping[str, str] | None = None,
        default_query: Mapping[str, object] | None = None,
        set_default_query: Mapping[str, object] | None = None,
        http_client: httpx.AsyncClient | None = None,
        strict_response_validation: bool | NotGiven = ...,
        validate_requests: bool | NotGiven = ...,
        max_response_size: int | None | NotGiven = ...,
        correlation_header: str | None | NotGiven = ...,
        on_request: _hooks.AsyncHook | None | NotGiven = ...,
        on_response: _hooks.AsyncHook | None | NotGiven = ...,
        on_error: _hooks.AsyncHook | None | NotGiven = ...,
    ) -> AsyncClient: ...
    with_options = copy
    @cached_property
    def with_raw_response(self) -> AsyncClientWithRawResponse: ...
    @cached_property
    def with_streaming_response(self) -> AsyncClientWithStreamingResponse: ...
    @cached_property
    def animals(self) -> AsyncAnimals: ...
    @cached_property
    def inventory(self) -> AsyncInventory: ...
    @cached_property
    def store_admin(self) -> AsyncStoreAdmin: ...
    @cached_property
    def tickets(self) -> AsyncTickets: ...
    @cached_property
    def diagnostics(self) -> AsyncDiagnostics: ...
    @cached_property
    def tours(self) -> AsyncTours: ...

class AsyncClientWithRawResponse(AsyncUndeclaredRawView):
    def __init__(self, owner: AsyncClient) -> None: ...
    @cached_property
    def animals(self) -> AsyncAnimalsWithRawResponse: ...
    @cached_property
    def inventory(self) -> AsyncInventoryWithRawResponse: ...
    @cached_property
    def store_admin(self) -> AsyncStoreAdminWithRawResponse: ...
    @cached_property
    def tickets(self) -> AsyncTicketsWithRawResponse: ...
    @cached_property
    def diagnostics(self) -> AsyncDiagnosticsWithRawResponse: ...
    @cached_property
    def tours(self) -> AsyncToursWithRawResponse: ...

class AsyncClientWithStreamingResponse(AsyncUndeclaredStreamingView):
    def __init__(self, owner: AsyncClient) -> None: ...
    @cached_property
    def animals(self) -> AsyncAnimalsWithStreamingResponse: ...
    @cached_property
    def inventory(self) -> AsyncInventoryWithStreamingResponse: ...
    @cached_property
    def store_admin(self) -> AsyncStoreAdminWithStreamingResponse: ...
    @cached_property
    def tickets(self) -> AsyncTicketsWithStreamingResponse: ...
    @cached_property
    def diagnostics(self) -> AsyncDiagnosticsWithStreamingResponse: ...
    @cached_property
    def tours(self) -> AsyncToursWithStreamingResponse: ...
