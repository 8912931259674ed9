from collections.abc import Mapping
from functools import cached_property

import httpx2 as httpx

from . import webhooks as _webhooks
from ._runtime import _auth, _hooks
from ._runtime._async_client import AsyncAPIClient
from ._runtime._async_undeclared import (
    AsyncUndeclaredRawView,
    AsyncUndeclaredStreamingView,
)
from ._runtime._sync_client import SyncAPIClient
from ._runtime._sync_undeclared import UndeclaredRawView, UndeclaredStreamingView
from ._runtime._types import NotGiven
from .resources.auth import (
    AsyncAuth,
    AsyncAuthWithRawResponse,
    AsyncAuthWithStreamingResponse,
    Auth,
    AuthWithRawResponse,
    AuthWithStreamingResponse,
)
from .resources.events import (
    AsyncEvents,
    AsyncEventsWithRawResponse,
    AsyncEventsWithStreamingResponse,
    Events,
    EventsWithRawResponse,
    EventsWithStreamingResponse,
)
from .resources.files import (
    AsyncFiles,
    AsyncFilesWithRawResponse,
    AsyncFilesWithStreamingResponse,
    Files,
    FilesWithRawResponse,
    FilesWithStreamingResponse,
)
from .resources.items import (
    AsyncItems,
    AsyncItemsWithRawResponse,
    AsyncItemsWithStreamingResponse,
    Items,
    ItemsWithRawResponse,
    ItemsWithStreamingResponse,
)
from .resources.jobs import (
    AsyncJobs,
    AsyncJobsWithRawResponse,
    AsyncJobsWithStreamingResponse,
    Jobs,
    JobsWithRawResponse,
    JobsWithStreamingResponse,
)
from .resources.payments import (
    AsyncPayments,
    AsyncPaymentsWithRawResponse,
    AsyncPaymentsWithStreamingResponse,
    Payments,
    PaymentsWithRawResponse,
    PaymentsWithStreamingResponse,
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
        query_key: str | _auth.SyncTokenProvider | None = None,
        cookie_key: str | _auth.SyncTokenProvider | None = None,
        bearer_auth: str | _auth.SyncTokenProvider | None = None,
        basic_auth: tuple[str, str] | None = None,
        oauth_client: tuple[str, str] | None = None,
        scopes: list[str] | tuple[str, ...] | None = None,
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
        query_key: str | _auth.SyncTokenProvider | None = None,
        cookie_key: str | _auth.SyncTokenProvider | None = None,
        bearer_auth: str | _auth.SyncTokenProvider | None = None,
        basic_auth: tuple[str, str] | None = None,
        oauth_client: tuple[str, str] | None = None,
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
    def auth(self) -> Auth: ...
    @cached_property
    def jobs(self) -> Jobs: ...
    @cached_property
    def payments(self) -> Payments: ...
    @cached_property
    def items(self) -> Items: ...
    @cached_property
    def events(self) -> Events: ...
    @cached_property
    def files(self) -> Files: ...
    @cached_property
    def webhooks(self) -> _webhooks.Webhooks: ...

class ClientWithRawResponse(UndeclaredRawView):
    def __init__(self, owner: Client) -> None: ...
    @cached_property
    def auth(self) -> AuthWithRawResponse: ...
    @cached_property
    def jobs(self) -> JobsWithRawResponse: ...
    @cached_property
    def payments(self) -> PaymentsWithRawResponse: ...
    @cached_property
    def items(self) -> ItemsWithRawResponse: ...
    @cached_property
    def events(self) -> EventsWithRawResponse: ...
    @cached_property
    def files(self) -> FilesWithRawResponse: ...

class ClientWithStreamingResponse(UndeclaredStreamingView):
    def __init__(self, owner: Client) -> None: ...
    @cached_property
    def auth(self) -> AuthWithStreamingResponse: ...
    @cached_property
    def jobs(self) -> JobsWithStreamingResponse: ...
    @cached_property
    def payments(self) -> PaymentsWithStreamingResponse: ...
    @cached_property
    def items(self) -> ItemsWithStreamingResponse: ...
    @cached_property
    def events(self) -> EventsWithStreamingResponse: ...
    @cached_property
    def files(self) -> FilesWithStreamingResponse: ...

class AsyncClient(AsyncAPIClient):
    def __init__(
        self,
        *,
        api_key: str | _auth.AsyncTokenProvider | None = None,
        query_key: str | _auth.AsyncTokenProvider | None = None,
        cookie_key: str | _auth.AsyncTokenProvider | None = None,
        bearer_auth: str | _auth.AsyncTokenProvider | None = None,
        basic_auth: tuple[str, str] | None = None,
        oauth_client: tuple[str, str] | None = None,
        scopes: list[str] | tuple[str, ...] | None = None,
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
        query_key: str | _auth.AsyncTokenProvider | None = None,
        cookie_key: str | _auth.AsyncTokenProvider | None = None,
        bearer_auth: str | _auth.AsyncTokenProvider | None = None,
        basic_auth: tuple[str, str] | None = None,
        oauth_client: tuple[str, str] | None = None,
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
    def auth(self) -> AsyncAuth: ...
    @cached_property
    def jobs(self) -> AsyncJobs: ...
    @cached_property
    def payments(self) -> AsyncPayments: ...
    @cached_property
    def items(self) -> AsyncItems: ...
    @cached_property
    def events(self) -> AsyncEvents: ...
    @cached_property
    def files(self) -> AsyncFiles: ...
    @cached_property
    def webhooks(self) -> _webhooks.Webhooks: ...

class AsyncClientWithRawResponse(AsyncUndeclaredRawView):
    def __init__(self, owner: AsyncClient) -> None: ...
    @cached_property
    def auth(self) -> AsyncAuthWithRawResponse: ...
    @cached_property
    def jobs(self) -> AsyncJobsWithRawResponse: ...
    @cached_property
    def payments(self) -> AsyncPaymentsWithRawResponse: ...
    @cached_property
    def items(self) -> AsyncItemsWithRawResponse: ...
    @cached_property
    def events(self) -> AsyncEventsWithRawResponse: ...
    @cached_property
    def files(self) -> AsyncFilesWithRawResponse: ...

class AsyncClientWithStreamingResponse(AsyncUndeclaredStreamingView):
    def __init__(self, owner: AsyncClient) -> None: ...
    @cached_property
    def auth(self) -> AsyncAuthWithStreamingResponse: ...
    @cached_property
    def jobs(self) -> AsyncJobsWithStreamingResponse: ...
    @cached_property
    def payments(self) -> AsyncPaymentsWithStreamingResponse: ...
    @cached_property
    def items(self) -> AsyncItemsWithStreamingResponse: ...
    @cached_property
    def events(self) -> AsyncEventsWithStreamingResponse: ...
    @cached_property
    def files(self) -> AsyncFilesWithStreamingResponse: ...
