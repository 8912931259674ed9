from collections.abc import Mapping
from functools import cached_property
from typing import Protocol, type_check_only

import httpx

from . import models
from ._runtime import _auth
from ._runtime._async_client import AsyncAPIClient
from ._runtime._async_response import (
    AsyncResponseContextManager,
    AsyncStreamedResponse,
)
from ._runtime._response import APIResponse
from ._runtime._sync_client import SyncAPIClient
from ._runtime._sync_response import ResponseContextManager, StreamedResponse
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

__all__ = ["DEFAULT_BASE_URL", "SECURITY_SCHEMES", "SERVERS", "AsyncClient", "Client"]

DEFAULT_BASE_URL: str | None
SERVERS: tuple[str, ...]
SECURITY_SCHEMES: dict[str, _auth.SchemeSpec]

class Client(SyncAPIClient):
    def __init__(
        self,
        *,
        base_url: str | httpx.URL | None = None,
        timeout: float | httpx.Timeout | None = ...,
        max_retries: int = ...,
        deadline: float | None = None,
        default_headers: Mapping[str, str] | None = None,
        http_client: httpx.Client | None = None,
        strict_response_validation: bool = False,
    ) -> None: ...
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
    def get_tour(
        self,
        tour_id: int,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = ...,
        max_retries: int | NotGiven = ...,
        deadline: float | None | NotGiven = ...,
    ) -> models.Tour: ...

@type_check_only
class _Raw_get_tour(Protocol):
    def __call__(
        self,
        tour_id: int,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = ...,
        max_retries: int | NotGiven = ...,
        deadline: float | None | NotGiven = ...,
    ) -> APIResponse[models.Tour]: ...

class ClientWithRawResponse:
    def __init__(self, owner: Client) -> None: ...
    get_tour: _Raw_get_tour
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

@type_check_only
class _Streaming_get_tour(Protocol):
    def __call__(
        self,
        tour_id: int,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = ...,
        max_retries: int | NotGiven = ...,
        deadline: float | None | NotGiven = ...,
    ) -> ResponseContextManager[StreamedResponse[models.Tour]]: ...

class ClientWithStreamingResponse:
    def __init__(self, owner: Client) -> None: ...
    get_tour: _Streaming_get_tour
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

class AsyncClient(AsyncAPIClient):
    def __init__(
        self,
        *,
        base_url: str | httpx.URL | None = None,
        timeout: float | httpx.Timeout | None = ...,
        max_retries: int = ...,
        deadline: float | None = None,
        default_headers: Mapping[str, str] | None = None,
        http_client: httpx.AsyncClient | None = None,
        strict_response_validation: bool = False,
    ) -> None: ...
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
    async def get_tour(
        self,
        tour_id: int,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = ...,
        max_retries: int | NotGiven = ...,
        deadline: float | None | NotGiven = ...,
    ) -> models.Tour: ...

@type_check_only
class _AsyncRaw_get_tour(Protocol):
    async def __call__(
        self,
        tour_id: int,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = ...,
        max_retries: int | NotGiven = ...,
        deadline: float | None | NotGiven = ...,
    ) -> APIResponse[models.Tour]: ...

class AsyncClientWithRawResponse:
    def __init__(self, owner: AsyncClient) -> None: ...
    get_tour: _AsyncRaw_get_tour
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

@type_check_only
class _AsyncStreaming_get_tour(Protocol):
    def __call__(
        self,
        tour_id: int,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = ...,
        max_retries: int | NotGiven = ...,
        deadline: float | None | NotGiven = ...,
    ) -> AsyncResponseContextManager[AsyncStreamedResponse[models.Tour]]: ...

class AsyncClientWithStreamingResponse:
    def __init__(self, owner: AsyncClient) -> None: ...
    get_tour: _AsyncStreaming_get_tour
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
