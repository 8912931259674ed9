"""The HTTP machinery under Client and AsyncClient: build a request, send it, retry it, read it.

The sync and async classes are written from one template, so they cannot drift apart.
"""

from __future__ import annotations

import contextlib
import json
import logging
import threading
import time
import uuid
from collections.abc import (
    AsyncIterable,
    AsyncIterator,
    Callable,
    Iterable,
    Iterator,
    Mapping,
)
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

import httpx
from pydantic import ValidationError

from .. import errors
from .._version import __version__
from ._auth import Auth
from ._endpoint import Endpoint, match_response
from ._files import BodyReplay
from ._lenient import construct, fits_shape
from ._pagination import PageContext, _PageLogic
from ._response import (
    RESPONSE_MODE,
    APIResponse,
    AsyncStreamedResponse,
    StreamedResponse,
    transport_error,
)
from ._retry import may_retry_error, may_retry_status, retry_delay
from ._serialize import (
    adapter_for,
    cookie_header,
    encode_body,
    encode_cookies,
    encode_headers,
    encode_path,
    encode_query,
    to_text,
)
from ._streaming import AsyncStream, Stream
from ._types import (
    DEFAULT_CONNECTION_LIMITS,
    DEFAULT_MAX_RETRIES,
    DEFAULT_TIMEOUT,
    NOT_GIVEN,
    NotGiven,
    RequestOptions,
)

if TYPE_CHECKING:
    import asyncio

ResultT = TypeVar("ResultT")
PageT = TypeVar("PageT", bound=_PageLogic)

USER_AGENT = f"showcase-python/{__version__}"
log = logging.getLogger("showcase")
_NO_OPTIONS = RequestOptions()
_NO_AUTH = Auth({}, {})
_CHUNK_SIZE = 65_536


async def _async_sleep(seconds: float) -> None:
    """The async client's wait between attempts.

    asyncio is imported here, not at the top: a program that only uses the sync client
    never loads it (about 15 ms of `import`).
    """
    import asyncio

    await asyncio.sleep(seconds)


@dataclass(frozen=True)
class Call:
    """One call of an operation, as the generated method passed it: repeatable as it is."""

    endpoint: Endpoint[Any]
    path: Mapping[str, Any] | None = None
    query: Mapping[str, Any] | None = None
    headers: Mapping[str, Any] | None = None
    cookies: Mapping[str, Any] | None = None
    body: Any = None
    options: RequestOptions = _NO_OPTIONS


@dataclass(frozen=True)
class _Encoded:
    """The parts of a call's request that stay the same for every attempt."""

    method: str
    url: str
    params: list[tuple[str, str]]
    headers: httpx.Headers
    cookies: dict[str, str]
    body: dict[str, Any]
    replay: BodyReplay | None


class _DeadlineExceeded(Exception):
    pass


class _DeadlinePassed(httpx.ReadTimeout):
    """The call's deadline passed while the body was still arriving (however slowly)."""


class _DeadlineStream(httpx.SyncByteStream, httpx.AsyncByteStream):
    """A response body that stops when the call's deadline passes, not only when a read stalls."""

    def __init__(self, stream: Any, deadline_at: float, request: httpx.Request) -> None:
        self._stream = stream
        self._deadline_at = deadline_at
        self._request = request

    def _check(self) -> None:
        if time.monotonic() > self._deadline_at:
            raise _DeadlinePassed(
                "the deadline passed while reading the body", request=self._request
            )

    def __iter__(self) -> Iterator[bytes]:
        for chunk in self._stream:
            self._check()
            yield chunk

    async def __aiter__(self) -> AsyncIterator[bytes]:
        async for chunk in self._stream:
            self._check()
            yield chunk

    def close(self) -> None:
        self._stream.close()

    async def aclose(self) -> None:
        await self._stream.aclose()


class _SyncGate:
    """At most `size` calls in flight, so that none waits inside httpcore's connection pool.

    httpcore's pool slows down quadratically with the requests queued in it (and with
    hundreds queued it gives up with PoolTimeout): callers beyond the pool's size wait
    here instead, on a plain semaphore, in the order they came.
    """

    def __init__(self, size: int) -> None:
        self._semaphore = threading.BoundedSemaphore(size)

    @contextlib.contextmanager
    def slot(self, timeout: float | None, request: httpx.Request) -> Iterator[None]:
        if not self._semaphore.acquire(timeout=timeout):
            raise httpx.PoolTimeout(
                "no connection became free in time", request=request
            )
        try:
            yield
        finally:
            self._semaphore.release()


class _AsyncGate:
    """The async flavour of _SyncGate (one semaphore per event loop)."""

    def __init__(self, size: int) -> None:
        self._size = size
        self._semaphores: dict[int, asyncio.Semaphore] = {}

    @contextlib.asynccontextmanager
    async def slot(
        self, timeout: float | None, request: httpx.Request
    ) -> AsyncIterator[None]:
        import asyncio  # on first use, as in _async_sleep

        loop = id(asyncio.get_running_loop())
        semaphore = self._semaphores.get(loop)
        if semaphore is None:
            self._semaphores = {
                loop: asyncio.Semaphore(self._size)
            }  # a client lives in one loop
            semaphore = self._semaphores[loop]
        try:
            await asyncio.wait_for(semaphore.acquire(), timeout)
        except TimeoutError:
            raise httpx.PoolTimeout(
                "no connection became free in time", request=request
            ) from None
        try:
            yield
        finally:
            semaphore.release()


def _pool_timeout(request: httpx.Request) -> float | None:
    timeout = request.extensions.get("timeout", {})
    value = timeout.get("pool") if isinstance(timeout, dict) else None
    return float(value) if value is not None else None


class BaseAPIClient:
    """Settings and the parts of a call that do no I/O; shared by both clients."""

    _base_url: str
    _timeout: float | httpx.Timeout | None
    _max_retries: int
    _deadline: float | None
    _default_headers: dict[str, str]
    _auth: Auth
    _owns_http: bool
    _strict_response_validation: bool
    _drift_warned: set[tuple[str, str]]

    def __init__(
        self,
        *,
        base_url: str | httpx.URL | None,
        timeout: float | httpx.Timeout | None,
        max_retries: int,
        deadline: float | None,
        default_headers: Mapping[str, str] | None,
        auth: Auth | None,
        strict_response_validation: bool = False,
    ) -> None:
        if base_url is None:
            raise ValueError(
                "base_url is required: the API description names no absolute server URL"
            )
        if max_retries < 0:
            raise ValueError("max_retries must be 0 or more")
        self._base_url = str(base_url)
        self._timeout = timeout
        self._max_retries = max_retries
        self._deadline = deadline
        self._default_headers = dict(default_headers or {})
        self._auth = auth if auth is not None else _NO_AUTH
        self._strict_response_validation = strict_response_validation
        self._drift_warned = set()

    @property
    def base_url(self) -> str:
        return self._base_url

    @property
    def timeout(self) -> float | httpx.Timeout | None:
        return self._timeout

    @property
    def max_retries(self) -> int:
        return self._max_retries

    @property
    def deadline(self) -> float | None:
        return self._deadline

    def __repr__(self) -> str:
        return f"{type(self).__name__}(base_url={self._base_url!r})"

    def _copy_with(
        self,
        base_url: str | httpx.URL | None,
        timeout: float | httpx.Timeout | None | NotGiven,
        max_retries: int | NotGiven,
        deadline: float | None | NotGiven,
        default_headers: Mapping[str, str] | None,
    ) -> Self:
        # A shallow copy of the settings (underscore attributes) that shares the HTTP
        # connection pool and the credentials; cached resources are left behind so they
        # bind to the copy.
        clone = object.__new__(type(self))
        clone.__dict__.update(
            {key: value for key, value in self.__dict__.items() if key.startswith("_")}
        )
        clone._owns_http = False
        if base_url is not None:
            clone._base_url = str(base_url)
        if not isinstance(timeout, NotGiven):
            clone._timeout = timeout
        if not isinstance(max_retries, NotGiven):
            clone._max_retries = max_retries
        if not isinstance(deadline, NotGiven):
            clone._deadline = deadline
        if default_headers is not None:
            clone._default_headers = {**self._default_headers, **default_headers}
        return clone

    # -- building requests ----------------------------------------------------------------

    def _with_idempotency_key(self, call: Call) -> Call:
        """A POST that declares an idempotency key gets one per call, the same for every attempt."""
        header = call.endpoint.idempotency_header
        if header is None:
            return call
        given = dict(call.headers or {})
        extra = {name.lower() for name in call.options.extra_headers or {}}
        if given.get(header) is not None or header.lower() in extra:
            return call
        given[header] = str(uuid.uuid4())
        return replace(call, headers=given)

    def _encode(self, call: Call) -> _Encoded:
        endpoint = call.endpoint
        options = call.options
        url = self._base_url.rstrip("/") + encode_path(endpoint, call.path or {})
        params = encode_query(endpoint, call.query or {})
        if options.extra_query:
            params.extend(
                (key, to_text(value)) for key, value in options.extra_query.items()
            )
        # httpx.Headers: a later `x-team` replaces an earlier `X-Team`, whatever the case
        headers = httpx.Headers({"User-Agent": USER_AGENT, "Accept": endpoint.accept})
        headers.update(self._default_headers)
        headers.update(encode_headers(endpoint, call.headers or {}))
        body: dict[str, Any] = {}
        replay = None
        if endpoint.body is not None and call.body is not None:
            body = encode_body(endpoint.body, call.body)
            headers.update(body.pop("headers", {}))
            if endpoint.body.kind in ("bytes", "multipart", "form"):
                replay = BodyReplay(call.body)
        if options.extra_headers:
            headers.update(options.extra_headers)
        return _Encoded(
            method=endpoint.method,
            url=url,
            params=params,
            headers=headers,
            cookies=encode_cookies(call.cookies or {}),
            body=body,
            replay=replay,
        )

    def _request_arguments(
        self,
        encoded: _Encoded,
        schemes: tuple[str, ...],
        tokens: Mapping[str, str],
        timeout: float | httpx.Timeout | None,
    ) -> dict[str, Any]:
        """`build_request` arguments of one attempt, credentials included."""
        headers = httpx.Headers(encoded.headers)
        params = list(encoded.params)
        cookies = dict(encoded.cookies)
        for key in schemes:
            self._auth.apply(key, headers, params, cookies, tokens.get(key))
        cookie = cookie_header(cookies)
        if cookie is not None:
            headers["Cookie"] = cookie
        body = dict(encoded.body)
        if "content" in body:
            body["content"] = self._content_for_attempt(body["content"])
        return {
            "method": encoded.method,
            "url": encoded.url,
            "params": params,
            "headers": headers,
            "timeout": timeout,
            **body,
        }

    def _content_for_attempt(self, content: Any) -> Any:
        return content

    def _attempt_settings(
        self, call: Call, encoded: _Encoded
    ) -> tuple[int, float | None]:
        """How many retries this call may take, and the monotonic time it must end by."""
        options = call.options
        retries = (
            self._max_retries
            if isinstance(options.max_retries, NotGiven)
            else options.max_retries
        )
        if encoded.replay is not None and not encoded.replay.replayable:
            retries = 0  # the body cannot be sent a second time
        deadline = (
            self._deadline
            if isinstance(options.deadline, NotGiven)
            else options.deadline
        )
        return max(retries, 0), (
            None if deadline is None else time.monotonic() + deadline
        )

    def _attempt_timeout(
        self, call: Call, deadline_at: float | None
    ) -> float | httpx.Timeout | None:
        timeout = (
            self._timeout
            if isinstance(call.options.timeout, NotGiven)
            else call.options.timeout
        )
        if deadline_at is None:
            return timeout
        remaining = deadline_at - time.monotonic()
        if remaining <= 0:
            raise _DeadlineExceeded
        if timeout is None:
            return remaining
        if isinstance(timeout, httpx.Timeout):
            return httpx.Timeout(
                connect=_at_most(timeout.connect, remaining),
                read=_at_most(timeout.read, remaining),
                write=_at_most(timeout.write, remaining),
                pool=_at_most(timeout.pool, remaining),
            )
        return min(float(timeout), remaining)

    # -- reading responses ----------------------------------------------------------------

    def _process_response(
        self, endpoint: Endpoint[Any], response: httpx.Response
    ) -> Any:
        """The typed result of a 2xx response (or a declared redirect), or the typed error of any other."""
        if not _answered(endpoint, response.status_code):
            raise self._status_error(endpoint, response)
        spec = match_response(endpoint.responses, response.status_code)
        if spec is None and endpoint.responses:
            spec = endpoint.responses[0]
        if spec is None or spec.kind == "empty":
            return None
        if spec.kind == "text":
            return response.text
        if spec.kind == "bytes":
            return response.content
        return self._validate_json(spec.type, response.content, response, endpoint)

    def _parse_page(
        self, call: Call, page_class: type[PageT], response: httpx.Response
    ) -> PageT:
        endpoint = call.endpoint
        pagination = endpoint.pagination
        if not 200 <= response.status_code < 300:
            raise self._status_error(endpoint, response)
        if pagination is None:
            raise TypeError(f"{endpoint.method} {endpoint.path} is not paginated")
        if pagination.root_list:
            content = (
                b'{"'
                + pagination.items[0].encode()
                + b'": '
                + (response.content or b"null")
                + b"}"
            )
        else:
            content = response.content
        page = self._validate_json(page_class, content, response, endpoint)
        return cast(PageT, page._bind(PageContext(self, call, pagination)))

    def _event_decoder(
        self, endpoint: Endpoint[Any], response: httpx.Response
    ) -> Callable[[str], Any]:
        spec = (
            match_response(endpoint.responses, response.status_code)
            or endpoint.responses[0]
        )
        if spec.type is str:
            return lambda data: data
        return lambda data: self._validate_json(spec.type, data, response, endpoint)

    def _validate_json(
        self,
        type_: Any,
        content: str | bytes,
        response: httpx.Response,
        endpoint: Endpoint[Any],
    ) -> Any:
        """The body as the declared type. One that does not match is returned leniently (see
        `_lenient`) with a warning, unless validation is strict or its shape is wrong."""
        try:
            return adapter_for(type_).validate_json(content)
        except ValidationError as error:
            mismatch = error
        where = (
            f"the {response.status_code} response of {endpoint.method} {endpoint.path}"
        )
        if not self._strict_response_validation:
            if not content.strip():
                # a success without a body where one is declared (a 200 that should be a
                # 204): the call did succeed, so it returns None rather than raise
                log.warning("%s has an empty body; returned None", where)
                return None
            try:
                data = json.loads(content)
            except ValueError:
                pass  # not JSON at all: nothing to read leniently
            else:
                if fits_shape(type_, data):
                    self._warn_drift(where, mismatch)
                    return construct(type_, data)
        raise errors.APIResponseValidationError(
            f"{where} does not match the API description: {mismatch.error_count()} validation error(s)",
            response=response,
            body=_loose_body(response),
        ) from mismatch

    def _warn_drift(self, where: str, mismatch: ValidationError) -> None:
        """Once per drift and client, not per call; paths only, never values (a body may
        carry personal data), list indices as `*`."""
        paths = sorted(
            {
                ".".join(
                    "*" if isinstance(part, int) else str(part) for part in e["loc"]
                )
                or "(body)"
                for e in mismatch.errors()
            }
        )
        at = ", ".join(paths[:10]) + (
            f" and {len(paths) - 10} more" if len(paths) > 10 else ""
        )
        if (where, at) in self._drift_warned:
            return
        self._drift_warned.add((where, at))
        log.warning(
            "%s does not match the API description at %s; returned as received there "
            "(strict_response_validation=True raises instead)",
            where,
            at,
        )

    def _status_error(
        self, endpoint: Endpoint[Any], response: httpx.Response
    ) -> errors.APIStatusError:
        body: object = _loose_body(response)
        spec = match_response(endpoint.errors, response.status_code)
        if spec is not None and spec.kind == "json" and spec.type is not None:
            try:
                body = adapter_for(spec.type).validate_json(response.content)
            except ValidationError:
                # an error must not hide behind a parse failure: the model read leniently
                # when the body has its outline, else the loose body
                if not self._strict_response_validation and fits_shape(spec.type, body):
                    body = construct(spec.type, body)
        error_class = errors.status_error_class(response.status_code)
        message = f"{response.status_code} {response.reason_phrase} from {endpoint.method} {response.request.url.path}"
        return error_class(message, response=response, body=body)

    def _token_error(self, response: httpx.Response) -> errors.APIStatusError:
        error_class = errors.status_error_class(response.status_code)
        message = f"{response.status_code} {response.reason_phrase} from the token endpoint {response.request.url.path}"
        return error_class(message, response=response, body=_loose_body(response))

    def _connection_error(
        self, error: Exception, request: httpx.Request
    ) -> errors.APIConnectionError:
        if isinstance(error, (_DeadlineExceeded, _DeadlinePassed)):
            return errors.APITimeoutError(
                "Request timed out (the deadline passed).", request=request
            )
        if isinstance(error, httpx.RequestError):
            return transport_error(error, request)
        return errors.APIConnectionError(
            f"Connection error: {type(error).__name__}", request=request
        )

    def _redirect_request(
        self, request: httpx.Request, response: httpx.Response
    ) -> httpx.Request:
        """The request a redirect asks for; credentials never go to another origin than base_url's."""
        url = request.url.join(response.headers["Location"])
        method = request.method
        if (response.status_code == 303 and method != "HEAD") or (
            response.status_code in (301, 302) and method == "POST"
        ):
            method = "GET"
        headers = httpx.Headers(request.headers)
        headers["Host"] = url.netloc.decode("ascii")
        stream = request.stream
        if method != request.method:
            stream = httpx.ByteStream(b"")
            for name in ("Content-Length", "Content-Type", "Transfer-Encoding"):
                headers.pop(name, None)
        if _origin(url) != _origin(httpx.URL(self._base_url)):
            for name in self._auth.redacted_headers:
                headers.pop(name, None)
            if self._auth.redacted_query and url.query:
                kept = [
                    (k, v)
                    for k, v in url.params.multi_items()
                    if k not in self._auth.redacted_query
                ]
                url = url.copy_with(params=kept)
        return httpx.Request(
            method, url, headers=headers, stream=stream, extensions=request.extensions
        )

    # -- logging --------------------------------------------------------------------------

    def _log_request(self, request: httpx.Request, attempt: int) -> None:
        if log.isEnabledFor(logging.DEBUG):
            log.debug(
                "request: %s %s attempt=%d headers=%s",
                request.method,
                self._auth.redact_url(request.url),
                attempt,
                self._auth.redact_headers(request.headers),
            )

    def _log_outcome(
        self, request: httpx.Request, attempt: int, started: float, outcome: str
    ) -> None:
        if log.isEnabledFor(logging.DEBUG):
            log.debug(
                "response: %s %s -> %s attempt=%d elapsed=%.3fs",
                request.method,
                self._auth.redact_url(request.url),
                outcome,
                attempt,
                time.monotonic() - started,
            )

    def _log_retry(
        self, request: httpx.Request, delay: float, retries: int, max_retries: int
    ) -> None:
        if log.isEnabledFor(logging.DEBUG):
            log.debug(
                "retrying %s %s in %.2fs (retry %d of %d)",
                request.method,
                self._auth.redact_url(request.url),
                delay,
                retries + 1,
                max_retries,
            )


def _sync_content(content: Any) -> Any:
    if isinstance(content, (AsyncIterable, AsyncIterator)) and not isinstance(
        content, Iterable
    ):
        raise TypeError(
            "the sync Client cannot send an async iterator; use AsyncClient or bytes"
        )
    return content


def _async_content(content: Any) -> Any:
    """A file object or iterator of chunks, readable by httpx.AsyncClient (it needs async ones)."""
    if isinstance(content, (bytes, bytearray, str, AsyncIterable)):
        return content
    if hasattr(content, "read"):
        return _chunks_of(content)
    if isinstance(content, Iterable):
        return _chunks_from(content)
    return content


async def _chunks_of(file: Any) -> AsyncIterator[bytes]:
    while chunk := file.read(_CHUNK_SIZE):
        yield chunk


async def _chunks_from(chunks: Iterable[bytes]) -> AsyncIterator[bytes]:
    for chunk in chunks:
        yield chunk


def _origin(url: httpx.URL) -> tuple[str, str, int | None]:
    return (
        url.scheme,
        url.host,
        url.port or {"http": 80, "https": 443}.get(url.scheme),
    )


def _answered(endpoint: Endpoint[Any], status_code: int) -> bool:
    """A 2xx, or a 3xx the spec declares for the operation (returned, not raised: its
    `Location` is in the raw response); any other status is an error."""
    if 200 <= status_code < 300:
        return True
    spec = (
        match_response(endpoint.responses, status_code)
        if 300 <= status_code < 400
        else None
    )
    return spec is not None and spec.status != "default"


def _at_most(value: float | None, limit: float) -> float:
    return limit if value is None else min(value, limit)


def _fits(delay: float, deadline_at: float | None) -> bool:
    """Whether a retry after `delay` would still start before the deadline."""
    return deadline_at is None or time.monotonic() + delay < deadline_at


def _loose_body(response: httpx.Response) -> object:
    """Parsed JSON when the body is JSON, else its text (None when it was not read)."""
    try:
        content = response.content
    except httpx.ResponseNotRead:
        return None
    if not content:
        return None
    try:
        return response.json()
    except ValueError:
        return response.text


class SyncAPIClient(BaseAPIClient):
    """Sends requests with one shared `httpx.Client` (its connection pool)."""

    _http: httpx.Client
    _owns_http: bool
    _gate: _SyncGate | None

    def __init__(
        self,
        *,
        base_url: str | httpx.URL | None,
        timeout: float | httpx.Timeout | None = DEFAULT_TIMEOUT,
        max_retries: int = DEFAULT_MAX_RETRIES,
        deadline: float | None = None,
        default_headers: Mapping[str, str] | None = None,
        http_client: httpx.Client | None = None,
        auth: Auth | None = None,
        strict_response_validation: bool = False,
    ) -> None:
        super().__init__(
            base_url=base_url,
            timeout=timeout,
            max_retries=max_retries,
            deadline=deadline,
            default_headers=default_headers,
            auth=auth,
            strict_response_validation=strict_response_validation,
        )
        self._owns_http = http_client is None
        self._http = (
            http_client
            if http_client is not None
            else httpx.Client(limits=DEFAULT_CONNECTION_LIMITS)
        )
        # calls wait for a connection here rather than in httpcore's pool (see _SyncGate);
        # a client you pass in keeps the limits you gave it, and no gate
        self._gate = (
            _SyncGate(DEFAULT_CONNECTION_LIMITS.max_connections or 100)
            if http_client is None
            else None
        )

    def _content_for_attempt(self, content: Any) -> Any:
        return _sync_content(content)

    # -- what the generated methods call ---------------------------------------------------

    def request(
        self,
        endpoint: Endpoint[ResultT],
        *,
        path: Mapping[str, Any] | None = None,
        query: Mapping[str, Any] | None = None,
        headers: Mapping[str, Any] | None = None,
        cookies: Mapping[str, Any] | None = None,
        body: Any = None,
        options: RequestOptions = _NO_OPTIONS,
    ) -> ResultT:
        """Send one operation and return its typed result."""
        call = Call(endpoint, path, query, headers, cookies, body, options)
        return cast(
            ResultT,
            self._call(
                call, lambda response: self._process_response(endpoint, response)
            ),
        )

    def request_page(
        self,
        endpoint: Endpoint[Any],
        page_class: type[PageT],
        *,
        path: Mapping[str, Any] | None = None,
        query: Mapping[str, Any] | None = None,
        headers: Mapping[str, Any] | None = None,
        cookies: Mapping[str, Any] | None = None,
        body: Any = None,
        options: RequestOptions = _NO_OPTIONS,
    ) -> PageT:
        """Send a paginated operation; the page it returns fetches the next ones."""
        call = Call(endpoint, path, query, headers, cookies, body, options)
        return self.fetch_page(call, page_class)

    def fetch_page(self, call: Call, page_class: type[PageT]) -> PageT:
        return cast(
            PageT,
            self._call(
                call, lambda response: self._parse_page(call, page_class, response)
            ),
        )

    def request_events(
        self,
        endpoint: Endpoint[ResultT],
        *,
        path: Mapping[str, Any] | None = None,
        query: Mapping[str, Any] | None = None,
        headers: Mapping[str, Any] | None = None,
        cookies: Mapping[str, Any] | None = None,
        body: Any = None,
        options: RequestOptions = _NO_OPTIONS,
    ) -> Stream[ResultT]:
        """Send an operation that answers with server-sent events; iterate what it returns."""
        call = Call(endpoint, path, query, headers, cookies, body, options)

        def reconnect(last_event_id: str) -> httpx.Response:
            extra = {**(options.extra_headers or {}), "Last-Event-ID": last_event_id}
            again = replace(call, options=replace(options, extra_headers=extra))
            response, _ = self._send_checked(again, stream=True)
            return response

        def open_stream(response: httpx.Response) -> Stream[ResultT]:
            return Stream(response, self._event_decoder(endpoint, response), reconnect)

        return cast(Stream[ResultT], self._call(call, open_stream, stream=True))

    # -- one call: send (with retries), then hand back what the response mode asks for ---

    def _call(
        self, call: Call, parse: Callable[[httpx.Response], Any], stream: bool = False
    ) -> Any:
        mode = RESPONSE_MODE.get()
        response, retries = self._send_checked(call, stream=stream or mode == "stream")
        if mode == "stream":
            return StreamedResponse(response, retries, parse)
        if mode == "raw":
            return APIResponse(response, retries, parse)
        return parse(response)

    def _send_checked(self, call: Call, *, stream: bool) -> tuple[httpx.Response, int]:
        """Send with retries; an error status raises its typed error (body read first)."""
        response, retries = self._send(call, stream=stream)
        if not _answered(call.endpoint, response.status_code):
            try:
                response.read()
            except httpx.RequestError as error:
                raise self._connection_error(error, response.request) from error
            finally:
                response.close()
            raise self._status_error(call.endpoint, response)
        return response, retries

    def _send_once(
        self, request: httpx.Request, *, stream: bool, deadline_at: float | None
    ) -> httpx.Response:
        """One attempt: send, follow redirects if the httpx client is set to (credentials
        stay with base_url's origin), and read the body unless streaming, within the deadline."""
        if self._gate is None:
            return self._send_ungated(request, stream=stream, deadline_at=deadline_at)
        with self._gate.slot(_pool_timeout(request), request):
            return self._send_ungated(request, stream=stream, deadline_at=deadline_at)

    def _send_ungated(
        self, request: httpx.Request, *, stream: bool, deadline_at: float | None
    ) -> httpx.Response:
        hops = 0
        while True:
            response = self._http.send(request, stream=True, follow_redirects=False)
            if not (self._http.follow_redirects and response.has_redirect_location):
                break
            response.close()
            if hops >= self._http.max_redirects:
                raise httpx.TooManyRedirects(
                    "Exceeded the maximum number of redirects.", request=request
                )
            request = self._redirect_request(request, response)
            hops += 1
        if deadline_at is not None:
            response.stream = _DeadlineStream(response.stream, deadline_at, request)
        if not stream:
            try:
                response.read()
            except BaseException:
                response.close()
                raise
        return response

    def _send(self, call: Call, *, stream: bool) -> tuple[httpx.Response, int]:
        """Send a call, repeating it while the retry rules allow; the last response and retries."""
        call = self._with_idempotency_key(call)
        encoded = self._encode(call)
        max_retries, deadline_at = self._attempt_settings(call, encoded)
        retries = 0
        token_refreshed = False
        while True:
            schemes = self._auth.choose(call.endpoint.security)
            tokens = self._tokens(schemes)
            try:
                timeout = self._attempt_timeout(call, deadline_at)
            except _DeadlineExceeded as error:
                request = self._http.build_request(
                    **self._request_arguments(encoded, schemes, tokens, None)
                )
                raise self._connection_error(error, request) from None
            if encoded.replay is not None:
                encoded.replay.rewind()
            request = self._http.build_request(
                **self._request_arguments(encoded, schemes, tokens, timeout)
            )
            self._log_request(request, retries + 1)
            started = time.monotonic()
            try:
                response = self._send_once(
                    request, stream=stream, deadline_at=deadline_at
                )
            except httpx.RequestError as error:
                self._log_outcome(request, retries + 1, started, type(error).__name__)
                if retries < max_retries and may_retry_error(error, request):
                    delay = retry_delay(retries, None)
                    if _fits(delay, deadline_at):
                        self._log_retry(request, delay, retries, max_retries)
                        time.sleep(delay)
                        retries += 1
                        continue
                raise self._connection_error(error, request) from error
            self._log_outcome(request, retries + 1, started, str(response.status_code))
            oauth = [key for key in schemes if key in tokens]
            if response.status_code == 401 and oauth and not token_refreshed:
                # the token may have been revoked or expired early: fetch a new one, once
                token_refreshed = True
                for key in oauth:
                    self._auth.forget_token(key)
                response.close()
                continue
            if retries < max_retries and may_retry_status(response):
                delay = retry_delay(retries, response)
                if _fits(delay, deadline_at):
                    self._log_retry(request, delay, retries, max_retries)
                    response.close()
                    time.sleep(delay)
                    retries += 1
                    continue
            return response, retries

    def _tokens(self, schemes: tuple[str, ...]) -> dict[str, str]:
        """Access tokens of the OAuth2 schemes among `schemes`, fetched when not cached."""
        tokens: dict[str, str] = {}
        for key in schemes:
            if self._auth.schemes[key].kind != "oauth2_client_credentials":
                continue
            token = self._auth.cached_token(key)
            if token is None:
                with self._auth.thread_lock:
                    token = self._auth.cached_token(key) or self._fetch_token(key)
            tokens[key] = token
        return tokens

    def _fetch_token(self, key: str) -> str:
        arguments = self._auth.token_request(key, self._base_url)
        headers = httpx.Headers({"User-Agent": USER_AGENT})
        headers.update(self._default_headers)
        headers.update(arguments["headers"])
        arguments["headers"] = headers
        request = self._http.build_request(**arguments, timeout=self._timeout)
        self._log_request(request, 1)
        started = time.monotonic()
        try:
            # never redirected: the request carries the client secret
            response = self._http.send(request, follow_redirects=False)
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

    def with_options(
        self,
        *,
        base_url: str | httpx.URL | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        deadline: float | None | NotGiven = NOT_GIVEN,
        default_headers: Mapping[str, str] | None = None,
    ) -> Self:
        """A copy of this client with other settings, sharing its connection pool."""
        return self._copy_with(
            base_url, timeout, max_retries, deadline, default_headers
        )

    def close(self) -> None:
        """Close the connection pool (unless it was passed in as `http_client`)."""
        if self._owns_http:
            self._http.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()


class SyncResource:
    """Base of the generated resource classes: holds the client they call through."""

    _client: SyncAPIClient

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client


class AsyncAPIClient(BaseAPIClient):
    """Sends requests with one shared `httpx.AsyncClient` (its connection pool)."""

    _http: httpx.AsyncClient
    _owns_http: bool
    _gate: _AsyncGate | None

    def __init__(
        self,
        *,
        base_url: str | httpx.URL | None,
        timeout: float | httpx.Timeout | None = DEFAULT_TIMEOUT,
        max_retries: int = DEFAULT_MAX_RETRIES,
        deadline: float | None = None,
        default_headers: Mapping[str, str] | None = None,
        http_client: httpx.AsyncClient | None = None,
        auth: Auth | None = None,
        strict_response_validation: bool = False,
    ) -> None:
        super().__init__(
            base_url=base_url,
            timeout=timeout,
            max_retries=max_retries,
            deadline=deadline,
            default_headers=default_headers,
            auth=auth,
            strict_response_validation=strict_response_validation,
        )
        self._owns_http = http_client is None
        self._http = (
            http_client
            if http_client is not None
            else httpx.AsyncClient(limits=DEFAULT_CONNECTION_LIMITS)
        )
        # calls wait for a connection here rather than in httpcore's pool (see _SyncGate);
        # a client you pass in keeps the limits you gave it, and no gate
        self._gate = (
            _AsyncGate(DEFAULT_CONNECTION_LIMITS.max_connections or 100)
            if http_client is None
            else None
        )

    def _content_for_attempt(self, content: Any) -> Any:
        return _async_content(content)

    # -- what the generated methods call ---------------------------------------------------

    async def request(
        self,
        endpoint: Endpoint[ResultT],
        *,
        path: Mapping[str, Any] | None = None,
        query: Mapping[str, Any] | None = None,
        headers: Mapping[str, Any] | None = None,
        cookies: Mapping[str, Any] | None = None,
        body: Any = None,
        options: RequestOptions = _NO_OPTIONS,
    ) -> ResultT:
        """Send one operation and return its typed result."""
        call = Call(endpoint, path, query, headers, cookies, body, options)
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
        *,
        path: Mapping[str, Any] | None = None,
        query: Mapping[str, Any] | None = None,
        headers: Mapping[str, Any] | None = None,
        cookies: Mapping[str, Any] | None = None,
        body: Any = None,
        options: RequestOptions = _NO_OPTIONS,
    ) -> PageT:
        """Send a paginated operation; the page it returns fetches the next ones."""
        call = Call(endpoint, path, query, headers, cookies, body, options)
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
        *,
        path: Mapping[str, Any] | None = None,
        query: Mapping[str, Any] | None = None,
        headers: Mapping[str, Any] | None = None,
        cookies: Mapping[str, Any] | None = None,
        body: Any = None,
        options: RequestOptions = _NO_OPTIONS,
    ) -> AsyncStream[ResultT]:
        """Send an operation that answers with server-sent events; iterate what it returns."""
        call = Call(endpoint, path, query, headers, cookies, body, options)

        async def reconnect(last_event_id: str) -> httpx.Response:
            extra = {**(options.extra_headers or {}), "Last-Event-ID": last_event_id}
            again = replace(call, options=replace(options, extra_headers=extra))
            response, _ = await self._send_checked(again, stream=True)
            return response

        def open_stream(response: httpx.Response) -> AsyncStream[ResultT]:
            return AsyncStream(
                response, self._event_decoder(endpoint, response), reconnect
            )

        return cast(
            AsyncStream[ResultT], await self._call(call, open_stream, stream=True)
        )

    # -- one call: send (with retries), then hand back what the response mode asks for ---

    async def _call(
        self, call: Call, parse: Callable[[httpx.Response], Any], stream: bool = False
    ) -> Any:
        mode = RESPONSE_MODE.get()
        response, retries = await self._send_checked(
            call, stream=stream or mode == "stream"
        )
        if mode == "stream":
            return AsyncStreamedResponse(response, retries, parse)
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
                await response.aread()
            except httpx.RequestError as error:
                raise self._connection_error(error, response.request) from error
            finally:
                await response.aclose()
            raise self._status_error(call.endpoint, response)
        return response, retries

    async def _send_once(
        self, request: httpx.Request, *, stream: bool, deadline_at: float | None
    ) -> httpx.Response:
        """One attempt: send, follow redirects if the httpx client is set to (credentials
        stay with base_url's origin), and read the body unless streaming, within the deadline."""
        if self._gate is None:
            return await self._send_ungated(
                request, stream=stream, deadline_at=deadline_at
            )
        async with self._gate.slot(_pool_timeout(request), request):
            return await self._send_ungated(
                request, stream=stream, deadline_at=deadline_at
            )

    async def _send_ungated(
        self, request: httpx.Request, *, stream: bool, deadline_at: float | None
    ) -> httpx.Response:
        hops = 0
        while True:
            response = await self._http.send(
                request, stream=True, follow_redirects=False
            )
            if not (self._http.follow_redirects and response.has_redirect_location):
                break
            await response.aclose()
            if hops >= self._http.max_redirects:
                raise httpx.TooManyRedirects(
                    "Exceeded the maximum number of redirects.", request=request
                )
            request = self._redirect_request(request, response)
            hops += 1
        if deadline_at is not None:
            response.stream = _DeadlineStream(response.stream, deadline_at, request)
        if not stream:
            try:
                await response.aread()
            except BaseException:
                await response.aclose()
                raise
        return response

    async def _send(self, call: Call, *, stream: bool) -> tuple[httpx.Response, int]:
        """Send a call, repeating it while the retry rules allow; the last response and retries."""
        call = self._with_idempotency_key(call)
        encoded = self._encode(call)
        max_retries, deadline_at = self._attempt_settings(call, encoded)
        retries = 0
        token_refreshed = False
        while True:
            schemes = self._auth.choose(call.endpoint.security)
            tokens = await self._tokens(schemes)
            try:
                timeout = self._attempt_timeout(call, deadline_at)
            except _DeadlineExceeded as error:
                request = self._http.build_request(
                    **self._request_arguments(encoded, schemes, tokens, None)
                )
                raise self._connection_error(error, request) from None
            if encoded.replay is not None:
                encoded.replay.rewind()
            request = self._http.build_request(
                **self._request_arguments(encoded, schemes, tokens, timeout)
            )
            self._log_request(request, retries + 1)
            started = time.monotonic()
            try:
                response = await self._send_once(
                    request, stream=stream, deadline_at=deadline_at
                )
            except httpx.RequestError as error:
                self._log_outcome(request, retries + 1, started, type(error).__name__)
                if retries < max_retries and may_retry_error(error, request):
                    delay = retry_delay(retries, None)
                    if _fits(delay, deadline_at):
                        self._log_retry(request, delay, retries, max_retries)
                        await _async_sleep(delay)
                        retries += 1
                        continue
                raise self._connection_error(error, request) from error
            self._log_outcome(request, retries + 1, started, str(response.status_code))
            oauth = [key for key in schemes if key in tokens]
            if response.status_code == 401 and oauth and not token_refreshed:
                # the token may have been revoked or expired early: fetch a new one, once
                token_refreshed = True
                for key in oauth:
                    self._auth.forget_token(key)
                await response.aclose()
                continue
            if retries < max_retries and may_retry_status(response):
                delay = retry_delay(retries, response)
                if _fits(delay, deadline_at):
                    self._log_retry(request, delay, retries, max_retries)
                    await response.aclose()
                    await _async_sleep(delay)
                    retries += 1
                    continue
            return response, retries

    async def _tokens(self, schemes: tuple[str, ...]) -> dict[str, str]:
        """Access tokens of the OAuth2 schemes among `schemes`, fetched when not cached."""
        tokens: dict[str, str] = {}
        for key in schemes:
            if self._auth.schemes[key].kind != "oauth2_client_credentials":
                continue
            token = self._auth.cached_token(key)
            if token is None:
                async with self._auth.async_lock:
                    token = self._auth.cached_token(key) or await self._fetch_token(key)
            tokens[key] = token
        return tokens

    async def _fetch_token(self, key: str) -> str:
        arguments = self._auth.token_request(key, self._base_url)
        headers = httpx.Headers({"User-Agent": USER_AGENT})
        headers.update(self._default_headers)
        headers.update(arguments["headers"])
        arguments["headers"] = headers
        request = self._http.build_request(**arguments, timeout=self._timeout)
        self._log_request(request, 1)
        started = time.monotonic()
        try:
            # never redirected: the request carries the client secret
            response = await self._http.send(request, follow_redirects=False)
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

    def with_options(
        self,
        *,
        base_url: str | httpx.URL | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        deadline: float | None | NotGiven = NOT_GIVEN,
        default_headers: Mapping[str, str] | None = None,
    ) -> Self:
        """A copy of this client with other settings, sharing its connection pool."""
        return self._copy_with(
            base_url, timeout, max_retries, deadline, default_headers
        )

    async def close(self) -> None:
        """Close the connection pool (unless it was passed in as `http_client`)."""
        if self._owns_http:
            await self._http.aclose()

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(self, *exc_info: object) -> None:
        await self.close()


class AsyncResource:
    """Base of the generated resource classes: holds the client they call through."""

    _client: AsyncAPIClient

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client
