from collections.abc import Mapping
from functools import cached_property

import httpx

from ._runtime import _auth, _hooks
from ._runtime._async_client import AsyncAPIClient
from ._runtime._async_undeclared import (
    AsyncUndeclaredRawView,
    AsyncUndeclaredStreamingView,
)
from ._runtime._sync_client import SyncAPIClient
from ._runtime._sync_undeclared import UndeclaredRawView, UndeclaredStreamingView
from ._runtime._types import NotGiven
from .resources.pets import (
    AsyncPets,
    AsyncPetsWithRawResponse,
    AsyncPetsWithStreamingResponse,
    Pets,
    PetsWithRawResponse,
    PetsWithStreamingResponse,
)

__all__ = ["DEFAULT_BASE_URL", "SECURITY_SCHEMES", "SERVERS", "AsyncClient", "Client"]

DEFAULT_BASE_URL: str | None
SERVERS: tuple[str, ...]
SECURITY_SCHEMES: dict[str, _auth.SchemeSpec]

class Client(SyncAPIClient):
    def __init__(
        self,
        *,
        api_key: str | _auth.SyncTokenProvider | None = None,
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
        api_key: str | _auth.SyncTokenProvider | None = None,
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
    def pets(self) -> Pets: ...

class ClientWithRawResponse(UndeclaredRawView):
    def __init__(self, owner: Client) -> None: ...
    @cached_property
    def pets(self) -> PetsWithRawResponse: ...

class ClientWithStreamingResponse(UndeclaredStreamingView):
    def __init__(self, owner: Client) -> None: ...
    @cached_property
    def pets(self) -> PetsWithStreamingResponse: ...

class AsyncClient(AsyncAPIClient):
    def __init__(
        self,
        *,
        api_key: str | _auth.AsyncTokenProvider | None = None,
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
        api_key: str | _auth.AsyncTokenProvider | None = None,
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
    def pets(self) -> AsyncPets: ...

class AsyncClientWithRawResponse(AsyncUndeclaredRawView):
    def __init__(self, owner: AsyncClient) -> None: ...
    @cached_property
    def pets(self) -> AsyncPetsWithRawResponse: ...

class AsyncClientWithStreamingResponse(AsyncUndeclaredStreamingView):
    def __init__(self, owner: AsyncClient) -> None: ...
    @cached_property
    def pets(self) -> AsyncPetsWithStreamingResponse: ...
