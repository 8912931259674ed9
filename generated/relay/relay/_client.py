"""Client and AsyncClient of the Relay API."""

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

DEFAULT_BASE_URL: str | None = "https://api.relay.example"
"""The server the client talks to unless given `base_url`: the spec's first server."""

SERVERS: tuple[str, ...] = ("https://api.relay.example",)
"""The spec's servers, with variables at their defaults.

- `SERVERS[0]`: https://api.relay.example
"""

SECURITY_SCHEMES: dict[str, _auth.SchemeSpec] = {
    "ApiKeyAuth": _auth.SchemeSpec(
        "api_key",
        location="header",
        name="X-API-Key",
    ),
    "QueryKey": _auth.SchemeSpec(
        "api_key",
        location="query",
        name="api_key",
    ),
    "CookieKey": _auth.SchemeSpec(
        "api_key",
        location="cookie",
        name="relay_session",
    ),
    "BearerAuth": _auth.SchemeSpec(
        "bearer",
    ),
    "BasicAuth": _auth.SchemeSpec(
        "basic",
    ),
    "OauthClient": _auth.SchemeSpec(
        "oauth2_client_credentials",
        token_url="/oauth/token",
    ),
}
"""The API's security schemes: how each credential is sent."""


class Client(SyncAPIClient):
    """Relay (sync client).

    Relay exercises what an SDK runtime does around each call rather than the shape of its models: every way of sending credentials (API keys in a header, the query or a cookie, bearer and basic HTTP authentication, OAuth 2 client credentials, alternative and combined requirements), retries and idempotency keys, timeouts, four styles of pagination, server-sent events with resumption, multipart and form uploads and binary downloads.
    """

    _idempotency_header = "Idempotency-Key"

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
            api_key: the API key, or a function that gives it before each attempt; defaults to $RELAY_API_KEY.
            query_key: the API key, or a function that gives it before each attempt; defaults to $RELAY_QUERY_KEY.
            cookie_key: the API key, or a function that gives it before each attempt; defaults to $RELAY_COOKIE_KEY.
            bearer_auth: the bearer token, or a function that gives it before each attempt; defaults to $RELAY_BEARER_AUTH.
            basic_auth: (username, password); defaults to $RELAY_BASIC_AUTH as `first:second`.
            oauth_client: (client_id, client_secret); tokens are fetched and renewed; defaults to $RELAY_OAUTH_CLIENT as `first:second`.
            scopes: the OAuth2 scopes to request with the access token (none by default).
            base_url: the API's root URL; defaults to $RELAY_BASE_URL, else
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
                {
                    "ApiKeyAuth": _auth.from_environment(
                        api_key, "RELAY_API_KEY", False
                    ),
                    "QueryKey": _auth.from_environment(
                        query_key, "RELAY_QUERY_KEY", False
                    ),
                    "CookieKey": _auth.from_environment(
                        cookie_key, "RELAY_COOKIE_KEY", False
                    ),
                    "BearerAuth": _auth.from_environment(
                        bearer_auth, "RELAY_BEARER_AUTH", False
                    ),
                    "BasicAuth": _auth.from_environment(
                        basic_auth, "RELAY_BASIC_AUTH", True
                    ),
                    "OauthClient": _auth.from_environment(
                        oauth_client, "RELAY_OAUTH_CLIENT", True
                    ),
                },
                scopes=scopes,
            ),
        )

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
            credentials={
                "ApiKeyAuth": api_key,
                "QueryKey": query_key,
                "CookieKey": cookie_key,
                "BearerAuth": bearer_auth,
                "BasicAuth": basic_auth,
                "OauthClient": oauth_client,
            },
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

    auth = ChildResource(".resources.auth", "Auth")
    """One operation per security requirement; each echoes the credential it accepted."""

    jobs = ChildResource(".resources.jobs", "Jobs")
    """A trivial job store, used to test retries and timeouts."""

    payments = ChildResource(".resources.payments", "Payments")
    """Payments, which take an idempotency key."""

    items = ChildResource(".resources.items", "Items")
    """The same 25 items, listed with different pagination styles."""

    events = ChildResource(".resources.events", "Events")
    """A stream of server-sent events that can be resumed with `Last-Event-ID`."""

    files = ChildResource(".resources.files", "Files")
    """Multipart uploads, form posts, raw uploads and binary downloads."""

    webhooks = ChildResource(".webhooks", "Webhooks", standalone=True)
    """Verifies and reads the events the API sends to your endpoints (no I/O: not awaited)."""


class ClientWithRawResponse(UndeclaredRawView):
    """The methods of Client, returning the HTTP response with `parse()` for the result."""

    def __init__(self, owner: Client) -> None:
        self._owner = owner

    auth = ResourceView("with_raw_response")
    jobs = ResourceView("with_raw_response")
    payments = ResourceView("with_raw_response")
    items = ResourceView("with_raw_response")
    events = ResourceView("with_raw_response")
    files = ResourceView("with_raw_response")


class ClientWithStreamingResponse(UndeclaredStreamingView):
    """The methods of Client, returning a context manager over the unread response."""

    def __init__(self, owner: Client) -> None:
        self._owner = owner

    auth = ResourceView("with_streaming_response")
    jobs = ResourceView("with_streaming_response")
    payments = ResourceView("with_streaming_response")
    items = ResourceView("with_streaming_response")
    events = ResourceView("with_streaming_response")
    files = ResourceView("with_streaming_response")


class AsyncClient(AsyncAPIClient):
    """Relay (async client).

    Relay exercises what an SDK runtime does around each call rather than the shape of its models: every way of sending credentials (API keys in a header, the query or a cookie, bearer and basic HTTP authentication, OAuth 2 client credentials, alternative and combined requirements), retries and idempotency keys, timeouts, four styles of pagination, server-sent events with resumption, multipart and form uploads and binary downloads.
    """

    _idempotency_header = "Idempotency-Key"

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
            api_key: the API key, or a function that gives it before each attempt; defaults to $RELAY_API_KEY.
            query_key: the API key, or a function that gives it before each attempt; defaults to $RELAY_QUERY_KEY.
            cookie_key: the API key, or a function that gives it before each attempt; defaults to $RELAY_COOKIE_KEY.
            bearer_auth: the bearer token, or a function that gives it before each attempt; defaults to $RELAY_BEARER_AUTH.
            basic_auth: (username, password); defaults to $RELAY_BASIC_AUTH as `first:second`.
            oauth_client: (client_id, client_secret); tokens are fetched and renewed; defaults to $RELAY_OAUTH_CLIENT as `first:second`.
            scopes: the OAuth2 scopes to request with the access token (none by default).
            base_url: the API's root URL; defaults to $RELAY_BASE_URL, else
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
                {
                    "ApiKeyAuth": _auth.from_environment(
                        api_key, "RELAY_API_KEY", False
                    ),
                    "QueryKey": _auth.from_environment(
                        query_key, "RELAY_QUERY_KEY", False
                    ),
                    "CookieKey": _auth.from_environment(
                        cookie_key, "RELAY_COOKIE_KEY", False
                    ),
                    "BearerAuth": _auth.from_environment(
                        bearer_auth, "RELAY_BEARER_AUTH", False
                    ),
                    "BasicAuth": _auth.from_environment(
                        basic_auth, "RELAY_BASIC_AUTH", True
                    ),
                    "OauthClient": _auth.from_environment(
                        oauth_client, "RELAY_OAUTH_CLIENT", True
                    ),
                },
                scopes=scopes,
            ),
        )

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
            credentials={
                "ApiKeyAuth": api_key,
                "QueryKey": query_key,
                "CookieKey": cookie_key,
                "BearerAuth": bearer_auth,
                "BasicAuth": basic_auth,
                "OauthClient": oauth_client,
            },
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

    auth = ChildResource(".resources.auth", "AsyncAuth")
    """One operation per security requirement; each echoes the credential it accepted."""

    jobs = ChildResource(".resources.jobs", "AsyncJobs")
    """A trivial job store, used to test retries and timeouts."""

    payments = ChildResource(".resources.payments", "AsyncPayments")
    """Payments, which take an idempotency key."""

    items = ChildResource(".resources.items", "AsyncItems")
    """The same 25 items, listed with different pagination styles."""

    events = ChildResource(".resources.events", "AsyncEvents")
    """A stream of server-sent events that can be resumed with `Last-Event-ID`."""

    files = ChildResource(".resources.files", "AsyncFiles")
    """Multipart uploads, form posts, raw uploads and binary downloads."""

    webhooks = ChildResource(".webhooks", "Webhooks", standalone=True)
    """Verifies and reads the events the API sends to your endpoints (no I/O: not awaited)."""


class AsyncClientWithRawResponse(AsyncUndeclaredRawView):
    """The methods of AsyncClient, returning the HTTP response with `parse()` for the result."""

    def __init__(self, owner: AsyncClient) -> None:
        self._owner = owner

    auth = ResourceView("with_raw_response")
    jobs = ResourceView("with_raw_response")
    payments = ResourceView("with_raw_response")
    items = ResourceView("with_raw_response")
    events = ResourceView("with_raw_response")
    files = ResourceView("with_raw_response")


class AsyncClientWithStreamingResponse(AsyncUndeclaredStreamingView):
    """The methods of AsyncClient, returning a context manager over the unread response."""

    def __init__(self, owner: AsyncClient) -> None:
        self._owner = owner

    auth = ResourceView("with_streaming_response")
    jobs = ResourceView("with_streaming_response")
    payments = ResourceView("with_streaming_response")
    items = ResourceView("with_streaming_response")
    events = ResourceView("with_streaming_response")
    files = ResourceView("with_streaming_response")
