"""The client that sends each call with one shared `httpx.AsyncClient`, retrying as allowed.

The decisions (whether to retry, how long to wait, what the deadline leaves, which
credentials to send, when to renew a token) are I/O-free functions that both flavours
call; `BaseAPIClient` (_base_client.py) builds the requests and reads the responses.

This is the source of the I/O code: scripts/unasync.py derives _sync_client.py from it.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Mapping
from contextlib import AbstractAsyncContextManager, nullcontext
from dataclasses import replace
from typing import Any, Self, Unpack, cast

import httpx

from .. import errors
from ._async_http import SharedHTTP
from ._async_response import AsyncStreamedResponse, read_limited
from ._async_streaming import AsyncStream
from ._async_undeclared import AsyncUndeclaredCalls
from ._auth import Auth, async_provided, tokens_to_renew
from ._base_client import (
    USER_AGENT,
    Call,
    CallParts,
    ResultT,
    build_request,
    new_call_id,
    shown_cause,
)
from ._concurrency import AsyncGate, async_sleep, pool_timeout
from ._deadline import DeadlineExceeded, DeadlineStream
from ._decoding import decode_in_steps
from ._endpoint import Endpoint
from ._files import async_content
from ._foreign import ForeignGuard, foreign
from ._hooks import AsyncHook, CallEvent, apply_header_changes, async_run_hook
from ._hops import CALL_ID
from ._reading import PageT, _answered
from ._response import RESPONSE_MODE, APIResponse
from ._retry import wait_after_error, wait_after_status
from ._settings import checked_flag, checked_hook, checked_http_client
from ._types import (
    DEFAULT_CONNECTION_LIMITS,
    DEFAULT_MAX_RETRIES,
    NOT_GIVEN,
    NotGiven,
    client_timeout,
)


class AsyncAPIClient(AsyncUndeclaredCalls):
    """Sends requests with one shared `httpx.AsyncClient` (its connection pool)."""

    _shared_http: SharedHTTP
    _owns_http: bool
    _gate: AsyncGate | None
    _on_request: AsyncHook | None
    _on_response: AsyncHook | None
    _on_error: AsyncHook | None
    _closed: bool

    def __init__(
        self,
        *,
        base_url: str | httpx.URL | None,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
        max_retries: int = DEFAULT_MAX_RETRIES,
        deadline: float | None = None,
        default_headers: Mapping[str, str] | None = None,
        http_client: httpx.AsyncClient | None = None,
        auth: Auth | None = None,
        strict_response_validation: bool = False,
        max_response_size: int | NotGiven | None = NOT_GIVEN,
        correlation_header: str | None = None,
        on_request: AsyncHook | None = None,
        on_response: AsyncHook | None = None,
        on_error: AsyncHook | None = None,
        default_query: Mapping[str, object] | None = None,
        validate_requests: bool = True,
    ) -> None:
        checked_http_client(http_client, httpx.AsyncClient)
        super().__init__(
            base_url=base_url,
            timeout=client_timeout(timeout, http_client),
            max_retries=max_retries,
            deadline=deadline,
            default_headers=default_headers,
            auth=auth,
            strict_response_validation=strict_response_validation,
            max_response_size=max_response_size,
            correlation_header=correlation_header,
            default_query=default_query,
            validate_requests=validate_requests,
        )
        self._closed = False
        self._on_request = checked_hook("on_request", on_request)
        self._on_response = checked_hook("on_response", on_response)
        self._on_error = checked_hook("on_error", on_error)
        self._owns_http = http_client is None
        self._shared_http = SharedHTTP(http_client)
        # calls wait for a connection here rather than in httpcore's pool (see SyncGate);
        # a client you pass in keeps the limits you gave it, and no gate
        self._gate = (
            AsyncGate(DEFAULT_CONNECTION_LIMITS.max_connections or 100)
            if http_client is None
            else None
        )

    @property
    def _http(self) -> httpx.AsyncClient:
        """The httpx client calls are sent with (created by the first call)."""
        return self._shared_http.client()

    def _content_for_attempt(self, content: Any) -> Any:
        return async_content(content)

    def _follows_redirects(self, call: Call) -> bool:
        """The call's `follow_redirects`, else the httpx client's setting."""
        given = call.options.follow_redirects
        if isinstance(given, NotGiven):
            return self._http.follow_redirects
        return checked_flag("follow_redirects", given)

    # -- what the generated methods call ---------------------------------------------------

    async def request(
        self,
        endpoint: Endpoint[ResultT],
        **parts: Unpack[CallParts],
    ) -> ResultT:
        """Send one operation and return its typed result."""
        call = Call(endpoint, **parts)
        return cast(
            ResultT,
            await self._call(
                call, lambda response: self._process_response(endpoint, response)
            ),
        )

    async def request_page(
        self,
        endpoint: Endpoint[Any],
        page_class: type[PageT],
        **parts: Unpack[CallParts],
    ) -> PageT:
        """Send a paginated operation; the page it returns fetches the next ones."""
        call = Call(endpoint, **parts)
        return await self.fetch_page(call, page_class)

    async def fetch_page(self, call: Call, page_class: type[PageT]) -> PageT:
        return cast(
            PageT,
            await self._call(
                call, lambda response: self._parse_page(call, page_class, response)
            ),
        )

    async def request_events(
        self,
        endpoint: Endpoint[ResultT],
        **parts: Unpack[CallParts],
    ) -> AsyncStream[ResultT]:
        """Send an operation that answers with server-sent events; iterate what it returns."""
        call = Call(endpoint, **parts)
        return cast(AsyncStream[ResultT], await self._open_events(call))

    async def _open_events(self, call: Call) -> AsyncStream[Any]:
        """Send a call answered by server-sent events; the stream reconnects as needed."""
        # a reconnection continues the call: it keeps the call's id
        options = replace(call.options, correlation_id=new_call_id(call.options))
        call = replace(call, options=options)
        endpoint = call.endpoint

        async def reconnect(last_event_id: str) -> httpx.Response:
            extra = {**(options.extra_headers or {}), "Last-Event-ID": last_event_id}
            again = replace(call, options=replace(options, extra_headers=extra))
            response, _ = await self._send_checked(again, stream=True)
            return response

        def open_stream(response: httpx.Response) -> AsyncStream[Any]:
            return AsyncStream(
                response,
                self._event_decoder(endpoint, response),
                reconnect,
                max_line=self._body_limit(call, response),
            )

        return cast(AsyncStream[Any], await self._call(call, open_stream, stream=True))

    # -- one call: send (with retries), then hand back what the response mode asks for ---

    async def _call(
        self, call: Call, parse: Callable[[httpx.Response], Any], stream: bool = False
    ) -> Any:
        mode = RESPONSE_MODE.get()
        response, retries = await self._send_checked(
            call, stream=stream or mode == "stream"
        )
        if mode == "stream":
            return AsyncStreamedResponse(
                response,
                retries,
                parse,
                read_limit=self._body_limit(call, response, to_parse=False),
                parse_limit=self._body_limit(call, response),
            )
        if mode == "raw":
            return APIResponse(response, retries, parse)
        return parse(response)

    async def _send_checked(
        self, call: Call, *, stream: bool
    ) -> tuple[httpx.Response, int]:
        """Send with retries; an error status raises its typed error (body read first)."""
        response, retries = await self._send(call, stream=stream)
        if not _answered(call.endpoint, response.status_code):
            try:
                await read_limited(response, self._body_limit(call, response))
            except httpx.RequestError as error:
                raise self._connection_error(error, response.request) from error
            finally:
                await response.aclose()
            raise self._status_error(call.endpoint, response)
        return response, retries

    async def _send_once(
        self,
        request: httpx.Request,
        *,
        stream: bool,
        deadline_at: float | None,
        body_limit: Callable[[httpx.Response], int | None],
        follow_redirects: bool,
    ) -> httpx.Response:
        """One attempt: send, follow redirects if `follow_redirects` (credentials stay with
        base_url's origin), and read the body unless streaming, within the deadline and
        `body_limit`."""
        async with self._slot(request):
            hops = 0
            while True:
                response = await self._send_http(
                    request, auth=self._http_client_auth(request)
                )
                if not (follow_redirects and response.has_redirect_location):
                    break
                await response.aclose()
                if hops >= self._http.max_redirects:
                    raise httpx.TooManyRedirects(
                        "Exceeded the maximum number of redirects.", request=request
                    )
                request = self._redirect_request(request, response)
                hops += 1
            decode_in_steps(response)
            if deadline_at is not None:
                response.stream = DeadlineStream(response.stream, deadline_at, request)
            if not stream:
                try:
                    await read_limited(response, body_limit(response))
                except BaseException:
                    await response.aclose()
                    raise
            return response

    def _slot(self, request: httpx.Request) -> AbstractAsyncContextManager[None]:
        """The connection gate's slot for one attempt; none without a gate."""
        if self._gate is None:
            return nullcontext()
        return self._gate.slot(pool_timeout(request), request)

    async def _send_http(
        self, request: httpx.Request, auth: Any = httpx.USE_CLIENT_DEFAULT
    ) -> httpx.Response:
        """One request by the httpx client, redirects not followed, body not read; what
        its transport raises from outside httpx is a ForeignError (see `_foreign`)."""
        http = self._http
        try:
            response = await http.send(
                request, stream=True, follow_redirects=False, auth=auth
            )
        except Exception as error:
            # httpx's own RuntimeError for a closed client is no failed connection
            wrapped = None if http.is_closed else foreign(error, request)
            if wrapped is None:
                raise
            raise wrapped from error
        response.stream = ForeignGuard(response.stream, request)
        return response

    async def _send(self, call: Call, *, stream: bool) -> tuple[httpx.Response, int]:
        """Send a call, repeating it while the retry rules allow; the last response and retries."""
        call = self._with_idempotency_key(call)
        encoded = self._encode(call)
        max_retries, deadline_at = self._attempt_settings(call, encoded)
        call_id = new_call_id(call.options)
        retries = 0
        token_renewed = False
        while True:
            schemes = self._auth.choose(call.endpoint.security)
            tokens = await self._tokens(schemes, call_id)
            try:
                timeout = self._attempt_timeout(call, deadline_at)
            except DeadlineExceeded as error:
                arguments = self._request_arguments(
                    encoded, schemes, tokens, None, call_id, retries
                )
                request = build_request(self._http, arguments, self._auth)
                raise self._connection_error(error, request) from None
            if encoded.replay is not None:
                encoded.replay.rewind()
            arguments = self._request_arguments(
                encoded, schemes, tokens, timeout, call_id, retries
            )
            request = build_request(self._http, arguments, self._auth)
            event = await self._before_attempt(request, call_id, retries + 1)
            self._log_request(request, retries + 1)
            started = time.monotonic()
            try:
                response = await self._send_once(
                    request,
                    stream=stream,
                    deadline_at=deadline_at,
                    body_limit=lambda response: self._body_limit(call, response),
                    follow_redirects=self._follows_redirects(call),
                )
            except httpx.RequestError as error:
                self._log_outcome(request, retries + 1, started, type(error).__name__)
                failure = self._connection_error(error, request)
                event.error = failure
                event.elapsed = time.monotonic() - started
                await async_run_hook(self._on_error, event)
                delay = wait_after_error(
                    error,
                    request,
                    retries,
                    max_retries,
                    deadline_at,
                    self._idempotency_header,
                )
                if delay is None:
                    raise failure from shown_cause(error)
                self._log_retry(request, delay, retries, max_retries)
                await async_sleep(delay)
                retries += 1
                continue
            self._log_outcome(request, retries + 1, started, str(response.status_code))
            event.status_code = response.status_code
            event.elapsed = time.monotonic() - started
            try:
                await async_run_hook(self._on_response, event)
            except BaseException:
                await response.aclose()
                raise
            renew = tokens_to_renew(response.status_code, tokens, token_renewed)
            if renew:
                token_renewed = True
                for key in renew:
                    self._auth.forget_token(key)
                await response.aclose()
                continue
            delay = wait_after_status(
                response, retries, max_retries, deadline_at, self._idempotency_header
            )
            if delay is None:
                return response, retries
            self._log_retry(request, delay, retries, max_retries)
            await response.aclose()
            await async_sleep(delay)
            retries += 1

    async def _before_attempt(
        self, request: httpx.Request, call_id: str, attempt: int
    ) -> CallEvent:
        """The attempt's event, after `on_request` saw it (its header changes applied)."""
        event = CallEvent(
            call_id=call_id,
            attempt=attempt,
            method=request.method,
            url=self._auth.redact_url(request.url),
            headers=self._auth.redact_headers(request.headers),
        )
        if self._on_request is not None:
            shown = dict(event.headers)
            await async_run_hook(self._on_request, event)
            apply_header_changes(request.headers, shown, event.headers)
        return event

    async def _tokens(self, schemes: tuple[str, ...], call_id: str) -> dict[str, str]:
        """Access tokens of the OAuth2 schemes among `schemes`, fetched when not cached,
        and what the credential providers among them give for this attempt."""
        tokens: dict[str, str] = {}
        for key, provider in self._auth.providers(schemes).items():
            tokens[key] = await async_provided(provider)
        for key in self._auth.token_schemes(schemes):
            token = self._auth.cached_token(key)
            if token is None:
                async with self._auth.async_lock:
                    token = self._auth.cached_token(key) or await self._fetch_token(
                        key, call_id
                    )
            tokens[key] = token
        return tokens

    async def _fetch_token(self, key: str, call_id: str) -> str:
        arguments = self._auth.token_request(key, self._base_url)
        headers = httpx.Headers({"User-Agent": USER_AGENT})
        headers.update(self._default_headers)
        headers.update(arguments["headers"])
        arguments["headers"] = headers
        request = build_request(
            self._http,
            {**arguments, "timeout": self._timeout, "extensions": {CALL_ID: call_id}},
            self._auth,
        )
        self._log_request(request, 1)
        started = time.monotonic()
        try:
            # never redirected: the request carries the client secret
            response = await self._send_http(request)
            decode_in_steps(response)
            await read_limited(response, self._token_body_limit())
        except httpx.RequestError as error:
            raise self._connection_error(error, request) from error
        self._log_outcome(request, 1, started, str(response.status_code))
        if not 200 <= response.status_code < 300:
            raise self._token_error(response)
        try:
            return self._auth.store_token(key, response)
        except ValueError as error:
            raise errors.APIResponseValidationError(
                str(error), response=response, body=None
            ) from None

    # -- settings and lifetime -----------------------------------------------------------

    def _copy_with(
        self,
        *,
        http_client: httpx.AsyncClient | None = None,
        on_request: AsyncHook | NotGiven | None = NOT_GIVEN,
        on_response: AsyncHook | NotGiven | None = NOT_GIVEN,
        on_error: AsyncHook | NotGiven | None = NOT_GIVEN,
        **settings: Any,
    ) -> Self:
        """The copy of `BaseAPIClient._copy_with`, with its own httpx client when one is
        given (the copy never closes it) and other hooks (None removes one). A generated
        client's `copy` (and `with_options = copy`) calls it with its keywords spelled
        out. The runtime declares neither name: pyright would type the client's
        `with_options` as this class declares it, and refuse the assignment."""
        clone = super()._copy_with(**settings)
        if http_client is not None:
            checked_http_client(http_client, httpx.AsyncClient)
            clone._shared_http = SharedHTTP(http_client)
            clone._gate = None
            if isinstance(settings.get("timeout", NOT_GIVEN), NotGiven):
                clone._timeout = client_timeout(NOT_GIVEN, http_client)
        if not isinstance(on_request, NotGiven):
            clone._on_request = checked_hook("on_request", on_request)
        if not isinstance(on_response, NotGiven):
            clone._on_response = checked_hook("on_response", on_response)
        if not isinstance(on_error, NotGiven):
            clone._on_error = checked_hook("on_error", on_error)
        return clone

    @property
    def is_closed(self) -> bool:
        """Whether `close()` was called (or the httpx client it sends with was closed)."""
        return self._closed or self._shared_http.is_closed

    async def close(self) -> None:
        """Close the connection pool (unless it was passed in as `http_client`)."""
        self._closed = True
        if self._owns_http:
            await self._shared_http.aclose()

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(self, *exc_info: object) -> None:
        await self.close()


class AsyncResource:
    """Base of the generated resource classes: holds the client they call through."""

    _client: AsyncAPIClient

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client
