"""In-memory server for ``specs/relay.yaml`` (no base path), for SDK runtime tests.

Every ``create_app()`` call gets its own state. Besides the operations of the
spec, the app has:

- fault injection on every operation of the spec, driven by ``X-Fault-*``
  request headers (see ``FaultInjection`` and README.md in this folder);
- inspection endpoints ``GET /_faults/{key}`` and ``GET /_stats``, and
  ``POST /_control/revoke-tokens``.

Only the ``/auth/*`` operations check credentials; the other operations accept
requests with or without them.

A dropped connection (``X-Fault-Drop``, ``GET /events?drop_after=N``) is made by
raising ``ConnectionDrop`` out of the app, after the response was started. With
uvicorn that closes the socket: before anything was written when the response
start is rejected (the fault drop sends a header value h11 refuses), or in the
middle of a chunked body (the event stream). The client sees
``httpx.RemoteProtocolError``. uvicorn logs these as "Exception in ASGI
application"; a filter on the ``uvicorn.error`` logger hides exactly those.

Multipart and URL-encoded bodies are parsed here with the standard library, so
the app does not need ``python-multipart`` (which ``request.form()`` needs).
"""

from __future__ import annotations

import asyncio
import base64
import binascii
import dataclasses
import hashlib
import json
import logging
import time
from collections import Counter
from email.message import Message
from email.parser import HeaderParser
from email.utils import collapse_rfc2231_value
from http import HTTPStatus
from pathlib import Path
from typing import Any
from urllib.parse import parse_qsl, unquote_plus

from starlette.applications import Starlette
from starlette.exceptions import HTTPException
from starlette.middleware import Middleware
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Route
from starlette.types import ASGIApp, Receive, Scope, Send
from starlette.types import Message as ASGIMessage

SPEC_PATH = Path(__file__).resolve().parents[2] / "specs" / "relay.yaml"

API_KEY = "relay-key"
QUERY_KEY = "relay-query-key"
COOKIE_KEY = "relay-cookie"
BEARER_TOKEN = "relay-bearer"
BASIC_USER = "relay-user"
BASIC_PASSWORD = "relay-pass"
CLIENT_ID = "relay-client"
CLIENT_SECRET = "relay-secret"

DEFAULT_TOKEN_TTL = 3600

# The 25 items of the pagination operations: item-01 (index 1) .. item-25 (index 25).
ITEMS: list[dict[str, Any]] = [{"id": f"item-{i:02d}", "index": i} for i in range(1, 26)]

MAX_DOWNLOAD_SIZE = 64 * 1024 * 1024

# --------------------------------------------------------------------------
# Errors and deliberate connection drops
# --------------------------------------------------------------------------


class ApiError(Exception):
    """Answered with ``status`` and an ``Error`` body ``{"code", "message"}``."""

    def __init__(self, status: int, code: str, message: str) -> None:
        super().__init__(message)
        self.status = status
        self.code = code
        self.message = message


class ConnectionDrop(Exception):
    """Raised out of the app on purpose: the server closes the connection."""


def _is_drop(exc: BaseException | None) -> bool:
    seen: set[int] = set()
    todo = [exc]
    while todo:
        current = todo.pop()
        if current is None or id(current) in seen:
            continue
        seen.add(id(current))
        if isinstance(current, ConnectionDrop):
            return True
        if isinstance(current, BaseExceptionGroup):
            todo.extend(current.exceptions)
        todo.extend([current.__cause__, current.__context__])
    return False


class _HideDeliberateDrops(logging.Filter):
    """Hides uvicorn's "Exception in ASGI application" for ``ConnectionDrop``."""

    def filter(self, record: logging.LogRecord) -> bool:
        return not (record.exc_info and _is_drop(record.exc_info[1]))


def _install_log_filter() -> None:
    logger = logging.getLogger("uvicorn.error")
    if not any(isinstance(f, _HideDeliberateDrops) for f in logger.filters):
        logger.addFilter(_HideDeliberateDrops())


def _error_body(code: str, message: str) -> bytes:
    return json.dumps({"code": code, "message": message}).encode()


async def _send_json(
    send: Send, status: int, body: bytes, headers: list[tuple[bytes, bytes]]
) -> None:
    if status in (204, 304):
        body = b""
    start_headers = [(b"content-type", b"application/json")] if body else []
    start_headers += [(b"content-length", str(len(body)).encode()), *headers]
    await send({"type": "http.response.start", "status": status, "headers": start_headers})
    await send({"type": "http.response.body", "body": body, "more_body": False})


async def drop_connection(send: Send) -> None:
    """Close the connection before any byte of the response is written.

    h11 (uvicorn's HTTP implementation here) rejects a header value with a
    newline when it serialises the response start; uvicorn has already marked
    the response as started, so the exception makes it close the socket without
    writing anything: the client sees "Server disconnected without sending a
    response". Were the header accepted, raising after the start still closes
    the connection in the middle of the response.
    """
    try:
        await send(
            {
                "type": "http.response.start",
                "status": 200,
                "headers": [(b"x-relay-drop", b"drop\nnow")],
            }
        )
    except Exception as exc:
        raise ConnectionDrop("connection dropped on purpose") from exc
    raise ConnectionDrop("connection dropped on purpose")


async def sleep_unless_disconnected(receive: Receive, seconds: float) -> bool:
    """Sleep ``seconds``; stop early when the client disconnects (returns True then).

    Call it only after the request body was read, so ``receive()`` waits for
    the disconnect. Stopping early lets the server shut down promptly after a
    client timed out.
    """
    sleeper = asyncio.ensure_future(asyncio.sleep(seconds))
    waiter = asyncio.ensure_future(receive())
    try:
        done, _ = await asyncio.wait({sleeper, waiter}, return_when=asyncio.FIRST_COMPLETED)
        if waiter in done and waiter.result()["type"] == "http.disconnect":
            return True
        await sleeper
        return False
    finally:
        for task in (sleeper, waiter):
            if not task.done():
                task.cancel()


# --------------------------------------------------------------------------
# State
# --------------------------------------------------------------------------


@dataclasses.dataclass
class FaultRecord:
    """What was seen of the requests that carried one ``X-Fault-Key``."""

    attempts: int = 0
    idempotency_keys: list[str | None] = dataclasses.field(default_factory=list)
    authorizations: list[str | None] = dataclasses.field(default_factory=list)
    methods: list[str] = dataclasses.field(default_factory=list)
    paths: list[str] = dataclasses.field(default_factory=list)
    queries: list[str] = dataclasses.field(default_factory=list)
    times: list[float] = dataclasses.field(default_factory=list)
    headers: list[dict[str, str]] = dataclasses.field(default_factory=list)

    def to_json(self) -> dict[str, Any]:
        return dataclasses.asdict(self)


@dataclasses.dataclass
class RelayState:
    token_ttl: float = DEFAULT_TOKEN_TTL
    # access token -> time.monotonic() when it was issued
    tokens: dict[str, float] = dataclasses.field(default_factory=dict)
    revoked: set[str] = dataclasses.field(default_factory=set)
    token_requests: int = 0
    token_scopes: list[str | None] = dataclasses.field(default_factory=list)
    calls: Counter[str] = dataclasses.field(default_factory=Counter)
    last_event_ids: list[str] = dataclasses.field(default_factory=list)
    faults: dict[str, FaultRecord] = dataclasses.field(default_factory=dict)
    payments: dict[str, dict[str, Any]] = dataclasses.field(default_factory=dict)
    payments_by_key: dict[str, str] = dataclasses.field(default_factory=dict)
    next_token: int = 1
    next_job: int = 1
    next_payment: int = 1

    def stats(self) -> dict[str, Any]:
        return {
            "token_requests": self.token_requests,
            "token_scopes": list(self.token_scopes),
            "calls": dict(self.calls),
            "last_event_ids": list(self.last_event_ids),
        }


# --------------------------------------------------------------------------
# Fault injection
# --------------------------------------------------------------------------


@dataclasses.dataclass
class FaultPlan:
    status: int | None
    times: int
    retry_after: str | None
    retry_after_ms: str | None
    delay: float | None
    drop: bool

    @classmethod
    def from_headers(cls, headers: dict[str, str]) -> FaultPlan:
        def number(name: str, kind: type[int | float]) -> Any:
            raw = headers.get(name)
            if raw is None:
                return None
            try:
                value = kind(raw)
            except ValueError:
                raise ValueError(f"{name}: {raw!r} is not a valid {kind.__name__}") from None
            if value < 0:
                raise ValueError(f"{name} must not be negative")
            return value

        status = number("x-fault-status", int)
        if status is not None and not 200 <= status <= 599:
            raise ValueError("x-fault-status must be between 200 and 599")
        times = number("x-fault-times", int)
        drop = headers.get("x-fault-drop", "0").strip().lower()
        if drop not in ("0", "1", "true", "false", ""):
            raise ValueError("x-fault-drop must be 1 or 0")
        return cls(
            status=status,
            times=1 if times is None else times,
            retry_after=headers.get("x-fault-retry-after"),
            retry_after_ms=headers.get("x-fault-retry-after-ms"),
            delay=number("x-fault-delay", float),
            drop=drop in ("1", "true"),
        )


def _header_dict(scope: Scope) -> dict[str, str]:
    headers: dict[str, str] = {}
    for raw_name, raw_value in scope["headers"]:
        name = raw_name.decode("latin-1").lower()
        value = raw_value.decode("latin-1")
        headers[name] = f"{headers[name]}, {value}" if name in headers else value
    return headers


async def _read_body(receive: Receive) -> bytes:
    chunks: list[bytes] = []
    while True:
        message = await receive()
        if message["type"] == "http.disconnect":
            break
        chunks.append(message.get("body", b""))
        if not message.get("more_body", False):
            break
    return b"".join(chunks)


def _replaying(body: bytes, receive: Receive) -> Receive:
    sent = False

    async def replay() -> ASGIMessage:
        nonlocal sent
        if not sent:
            sent = True
            return {"type": "http.request", "body": body, "more_body": False}
        return await receive()

    return replay


def _echoed_headers(headers: dict[str, str], attempt: int) -> list[tuple[bytes, bytes]]:
    """Response headers a request asks for: ``X-Fault-Request-Id: ID`` answers
    ``x-request-id: ID-<attempt>`` (``X-Fault-Request-Id-Header`` names another header,
    e.g. ``request-id``); ``X-Fault-Should-Retry`` answers ``x-should-retry`` with its value."""
    extra: list[tuple[bytes, bytes]] = []
    request_id = headers.get("x-fault-request-id")
    if request_id is not None:
        name = headers.get("x-fault-request-id-header", "x-request-id")
        extra.append((name.encode("latin-1"), f"{request_id}-{attempt}".encode("latin-1")))
    should_retry = headers.get("x-fault-should-retry")
    if should_retry is not None:
        extra.append((b"x-should-retry", should_retry.encode("latin-1")))
    return extra


def _with_response_headers(send: Send, extra: list[tuple[bytes, bytes]]) -> Send:
    if not extra:
        return send

    async def sending(message: ASGIMessage) -> None:
        if message["type"] == "http.response.start":
            message = {**message, "headers": [*message.get("headers", []), *extra]}
        await send(message)

    return sending


class FaultInjection:
    """ASGI middleware: faults on requests with an ``X-Fault-Key`` header.

    Paths under ``/_`` (inspection and control) are never faulted or recorded.
    Each request with the key is one attempt: it is recorded, its body is read
    in full, and the first ``X-Fault-Times`` attempts (default 1) get the fault:
    ``X-Fault-Delay`` seconds of waiting, then ``X-Fault-Drop`` (connection
    closed), else ``X-Fault-Status`` (an ``Error`` answer), else the real
    handler. Later attempts go straight to the real handler.
    """

    def __init__(self, app: ASGIApp, state: RelayState) -> None:
        self.app = app
        self.state = state

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or scope["path"].startswith("/_"):
            await self.app(scope, receive, send)
            return
        headers = _header_dict(scope)
        key = headers.get("x-fault-key")
        if key is None:
            await self.app(scope, receive, send)
            return
        now = time.monotonic()
        body = await _read_body(receive)
        try:
            plan = FaultPlan.from_headers(headers)
        except ValueError as exc:
            await _send_json(send, 400, _error_body("bad_fault_header", str(exc)), [])
            return

        record = self.state.faults.setdefault(key, FaultRecord())
        record.attempts += 1
        attempt = record.attempts
        record.idempotency_keys.append(headers.get("idempotency-key"))
        record.authorizations.append(headers.get("authorization"))
        record.methods.append(scope["method"])
        record.paths.append(scope["path"])
        record.queries.append(scope.get("query_string", b"").decode("latin-1"))
        record.times.append(now)
        record.headers.append(headers)

        replay = _replaying(body, receive)
        send = _with_response_headers(send, _echoed_headers(headers, attempt))
        faulted = attempt <= plan.times and (plan.status is not None or plan.drop or plan.delay)
        if not faulted:
            await self.app(scope, replay, send)
            return
        if plan.delay and await sleep_unless_disconnected(receive, plan.delay):
            return  # the client went away (e.g. it timed out)
        if plan.drop:
            await drop_connection(send)
        elif plan.status is not None:
            extra: list[tuple[bytes, bytes]] = []
            if plan.retry_after is not None:
                extra.append((b"retry-after", plan.retry_after.encode("latin-1")))
            if plan.retry_after_ms is not None:
                extra.append((b"retry-after-ms", plan.retry_after_ms.encode("latin-1")))
            message = f"injected status {plan.status} (attempt {attempt} of {plan.times})"
            await _send_json(send, plan.status, _error_body("injected_fault", message), extra)
        else:
            await self.app(scope, replay, send)


# --------------------------------------------------------------------------
# Request helpers
# --------------------------------------------------------------------------


def _int_param(
    request: Request,
    name: str,
    default: int | None,
    *,
    minimum: int | None = None,
    maximum: int | None = None,
) -> int | None:
    raw = request.query_params.get(name)
    if raw is None:
        return default
    try:
        value = int(raw)
    except ValueError:
        raise ApiError(400, "bad_parameter", f"{name} must be an integer, got {raw!r}") from None
    if minimum is not None and value < minimum:
        raise ApiError(400, "bad_parameter", f"{name} must be >= {minimum}")
    if maximum is not None and value > maximum:
        raise ApiError(400, "bad_parameter", f"{name} must be <= {maximum}")
    return value


async def _json_object(request: Request) -> dict[str, Any]:
    raw = await request.body()
    try:
        body = json.loads(raw)
    except ValueError:
        raise ApiError(400, "bad_body", "request body is not valid JSON") from None
    if not isinstance(body, dict):
        raise ApiError(400, "bad_body", "request body must be a JSON object")
    return body


def _string_field(body: dict[str, Any], name: str, *, required: bool) -> str | None:
    if name not in body:
        if required:
            raise ApiError(400, "bad_body", f"{name} is required")
        return None
    value = body[name]
    if not isinstance(value, str):
        raise ApiError(400, "bad_body", f"{name} must be a string")
    return value


def _int_field(body: dict[str, Any], name: str, *, required: bool) -> int | None:
    if name not in body:
        if required:
            raise ApiError(400, "bad_body", f"{name} is required")
        return None
    value = body[name]
    if isinstance(value, bool) or not isinstance(value, int):
        raise ApiError(400, "bad_body", f"{name} must be an integer")
    return value


def _media_type(request: Request) -> str:
    return request.headers.get("content-type", "").split(";")[0].strip().lower()


def _require_media_type(request: Request, expected: str) -> None:
    got = _media_type(request)
    if got != expected:
        raise ApiError(415, "unsupported_media_type", f"expected {expected}, got {got or 'none'}")


def _authorization(request: Request, scheme: str) -> str | None:
    """The credentials of an ``Authorization: <scheme> <credentials>`` header."""
    header = request.headers.get("authorization")
    if header is None:
        return None
    got_scheme, _, credentials = header.strip().partition(" ")
    if got_scheme.lower() != scheme.lower():
        return None
    return credentials.strip()


def _basic_credentials(request: Request) -> tuple[str, str] | None:
    encoded = _authorization(request, "basic")
    if encoded is None:
        return None
    try:
        decoded = base64.b64decode(encoded, validate=True).decode("utf-8")
    except (binascii.Error, UnicodeDecodeError):
        return None
    user, sep, password = decoded.partition(":")
    if not sep:
        return None
    return user, password


def _unauthorized(message: str, code: str = "unauthorized") -> ApiError:
    return ApiError(401, code, message)


def _echo(scheme: str, credential: str) -> Response:
    return JSONResponse({"scheme": scheme, "credential": credential})


@dataclasses.dataclass
class _Part:
    name: str | None
    filename: str | None
    content_type: str | None
    content: bytes


def _parse_multipart(content_type: str, body: bytes) -> list[_Part]:
    """Parse a ``multipart/form-data`` body (RFC 7578) with the standard library."""
    header = Message()
    header["content-type"] = content_type
    boundary = header.get_param("boundary")
    if not isinstance(boundary, str) or not boundary:
        raise ApiError(400, "bad_body", "multipart body without a boundary")
    sections = body.split(b"--" + boundary.encode("latin-1"))
    if len(sections) < 2 or not sections[-1].startswith(b"--"):
        raise ApiError(400, "bad_body", "multipart body without its closing boundary")
    parts: list[_Part] = []
    for framed in sections[1:-1]:
        if not framed.startswith(b"\r\n") or not framed.endswith(b"\r\n"):
            raise ApiError(400, "bad_body", "malformed multipart body")
        section = framed[2:-2]
        if section.startswith(b"\r\n"):  # a part without headers
            head, content = b"", section[2:]
        else:
            head, sep, content = section.partition(b"\r\n\r\n")
            if not sep:
                raise ApiError(400, "bad_body", "malformed multipart part headers")
        part_headers = HeaderParser().parsestr(head.decode("utf-8", "replace"))
        name = part_headers.get_param("name", header="content-disposition")
        parts.append(
            _Part(
                name=None if name is None else collapse_rfc2231_value(name),
                filename=part_headers.get_filename(),
                content_type=part_headers.get("content-type"),
                content=content,
            )
        )
    return parts


def _items_after(cursor: str | None, limit: int) -> tuple[list[dict[str, Any]], str | None]:
    start = 0
    if cursor is not None:
        ids = [item["id"] for item in ITEMS]
        if cursor not in ids:
            raise ApiError(400, "bad_cursor", f"unknown cursor {cursor!r}")
        start = ids.index(cursor) + 1
    page = ITEMS[start : start + limit]
    more = start + limit < len(ITEMS)
    return page, (page[-1]["id"] if page and more else None)


# --------------------------------------------------------------------------
# Server-sent events
# --------------------------------------------------------------------------


class EventStream(Response):
    """A ``text/event-stream`` body sent in chunks; ``drop`` breaks it at the end."""

    media_type = "text/event-stream"

    def __init__(self, chunks: list[bytes], *, drop: bool) -> None:
        super().__init__(status_code=200)
        self.chunks = chunks
        self.drop = drop

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        await send(
            {
                "type": "http.response.start",
                "status": 200,
                "headers": [
                    (b"content-type", b"text/event-stream; charset=utf-8"),
                    (b"cache-control", b"no-cache"),
                ],
            }
        )
        for chunk in self.chunks:
            await send({"type": "http.response.body", "body": chunk, "more_body": True})
        if self.drop:
            # The chunked body never gets its last chunk: httpx raises
            # RemoteProtocolError ("incomplete chunked read") while reading.
            raise ConnectionDrop("event stream dropped on purpose")
        await send({"type": "http.response.body", "body": b"", "more_body": False})


def _event(n: int) -> bytes:
    data = json.dumps({"id": n, "message": f"event {n}"})
    return f"id: {n}\nevent: tick\ndata: {data}\n\n".encode()


# Characters str.splitlines() breaks lines at, which an event stream does not (only CR, LF).
UNICODE_BREAKS = "\u2028\u2029\x85\x0b\x0c\x1c\x1d\x1e"
_LINE_ENDS = ("\r\n", "\r", "\n")


def _unicode_event_chunks(count: int) -> list[bytes]:
    """`X-Event-Style: unicode`: messages holding raw Unicode line breaks, the lines ended by
    CRLF, CR and LF in turn, and a CRLF split across two chunks."""
    chunks = []
    for n in range(1, count + 1):
        end = _LINE_ENDS[n % 3]
        data = json.dumps({"id": n, "message": f"event {n}{UNICODE_BREAKS}"}, ensure_ascii=False)
        text = f"id: {n}{end}event: tick{end}data: {data}{end}{end}".encode()
        middle = text.index(b"\r\n") + 1 if end == "\r\n" else len(text) // 2
        chunks += [text[:middle], text[middle:]]
    return chunks


# --------------------------------------------------------------------------
# The app
# --------------------------------------------------------------------------


def create_app(*, token_ttl: float = DEFAULT_TOKEN_TTL) -> Starlette:
    """A new Relay server with its own state.

    ``token_ttl``: lifetime in seconds of the OAuth access tokens (reported as
    the integer ``expires_in``; a token is expired once that many seconds have
    passed since it was issued, so 0 makes every token expire at once).
    """
    state = RelayState(token_ttl=token_ttl)

    # ---- auth --------------------------------------------------------------

    def api_key_ok(request: Request) -> bool:
        return request.headers.get("x-api-key") == API_KEY

    def query_key_ok(request: Request) -> bool:
        return request.query_params.get("api_key") == QUERY_KEY

    def bearer_ok(request: Request) -> bool:
        return _authorization(request, "bearer") == BEARER_TOKEN

    async def auth_api_key(request: Request) -> Response:
        if not api_key_ok(request):
            raise _unauthorized("a valid X-API-Key header is required")
        return _echo("ApiKeyAuth", API_KEY)

    async def auth_query_key(request: Request) -> Response:
        if not query_key_ok(request):
            raise _unauthorized("a valid api_key query parameter is required")
        return _echo("QueryKey", QUERY_KEY)

    async def auth_cookie_key(request: Request) -> Response:
        if request.cookies.get("relay_session") != COOKIE_KEY:
            raise _unauthorized("a valid relay_session cookie is required")
        return _echo("CookieKey", COOKIE_KEY)

    async def auth_bearer(request: Request) -> Response:
        if not bearer_ok(request):
            raise _unauthorized("a valid bearer token is required")
        return _echo("BearerAuth", BEARER_TOKEN)

    async def auth_basic(request: Request) -> Response:
        if _basic_credentials(request) != (BASIC_USER, BASIC_PASSWORD):
            raise _unauthorized("a valid basic Authorization header is required")
        return _echo("BasicAuth", f"{BASIC_USER}:{BASIC_PASSWORD}")

    async def auth_oauth(request: Request) -> Response:
        token = _authorization(request, "bearer")
        if token is None:
            raise _unauthorized("a bearer access token is required")
        issued = state.tokens.get(token)
        if issued is None:
            raise _unauthorized("unknown access token", "invalid_token")
        if token in state.revoked:
            raise _unauthorized("the access token was revoked", "invalid_token")
        if time.monotonic() >= issued + state.token_ttl:
            raise _unauthorized("the access token has expired", "invalid_token")
        return _echo("OauthClient", token)

    async def auth_either(request: Request) -> Response:
        if bearer_ok(request):
            return _echo("BearerAuth", BEARER_TOKEN)
        if api_key_ok(request):
            return _echo("ApiKeyAuth", API_KEY)
        raise _unauthorized("a valid bearer token or X-API-Key header is required")

    async def auth_both(request: Request) -> Response:
        if not (api_key_ok(request) and query_key_ok(request)):
            raise _unauthorized("both the X-API-Key header and the api_key query are required")
        return _echo("ApiKeyAuth+QueryKey", f"{API_KEY}+{QUERY_KEY}")

    async def get_public(request: Request) -> Response:
        return JSONResponse(
            {
                "authorization": request.headers.get("authorization"),
                "api_key_header": request.headers.get("x-api-key"),
            }
        )

    async def create_token(request: Request) -> Response:
        state.token_requests += 1
        raw = await request.body()
        try:
            form = dict(parse_qsl(raw.decode("utf-8"), keep_blank_values=True))
        except UnicodeDecodeError:
            raise ApiError(400, "invalid_request", "the form is not UTF-8") from None
        state.token_scopes.append(form.get("scope"))
        if form.get("grant_type") != "client_credentials":
            raise ApiError(400, "unsupported_grant_type", "grant_type must be client_credentials")
        if "client_id" in form or "client_secret" in form:
            credentials = (form.get("client_id"), form.get("client_secret"))
        else:
            basic = _basic_credentials(request)
            # RFC 6749 2.3.1: the id and secret are form-encoded before base64.
            credentials = (
                (unquote_plus(basic[0]), unquote_plus(basic[1])) if basic else (None, None)
            )
        if credentials != (CLIENT_ID, CLIENT_SECRET):
            raise _unauthorized("unknown client or wrong secret", "invalid_client")
        token = f"tok-{state.next_token}"
        state.next_token += 1
        state.tokens[token] = time.monotonic()
        return JSONResponse(
            {"access_token": token, "token_type": "Bearer", "expires_in": int(state.token_ttl)}
        )

    # ---- jobs and payments -------------------------------------------------

    def job(job_id: str, name: str | None = None) -> dict[str, Any]:
        return {"id": job_id, "name": f"job {job_id}" if name is None else name, "state": "queued"}

    async def get_job(request: Request) -> Response:
        return JSONResponse(job(request.path_params["job_id"]))

    async def create_job(request: Request) -> Response:
        body = await _json_object(request)
        name = _string_field(body, "name", required=True)
        job_id = f"job-{state.next_job}"
        state.next_job += 1
        return JSONResponse(job(job_id, name), status_code=201)

    async def replace_job(request: Request) -> Response:
        body = await _json_object(request)
        name = _string_field(body, "name", required=True)
        return JSONResponse(job(request.path_params["job_id"], name))

    async def update_job(request: Request) -> Response:
        body = await _json_object(request)
        name = _string_field(body, "name", required=False)
        return JSONResponse(job(request.path_params["job_id"], name))

    async def delete_job(request: Request) -> Response:
        return Response(status_code=204)

    async def create_payment(request: Request) -> Response:
        body = await _json_object(request)
        amount = _int_field(body, "amount", required=True)
        currency = _string_field(body, "currency", required=True)
        key = request.headers.get("idempotency-key")
        if key is not None and key in state.payments_by_key:
            return JSONResponse(state.payments[state.payments_by_key[key]], status_code=201)
        payment_id = f"pay-{state.next_payment}"
        state.next_payment += 1
        payment = {"id": payment_id, "amount": amount, "currency": currency, "idempotency_key": key}
        state.payments[payment_id] = payment
        if key is not None:
            state.payments_by_key[key] = payment_id
        return JSONResponse(payment, status_code=201)

    async def update_payment(request: Request) -> Response:
        key = request.headers.get("idempotency-key")
        if key is None:
            raise ApiError(400, "missing_header", "the idempotency-key header is required")
        body = await _json_object(request)
        amount = _int_field(body, "amount", required=False)
        payment_id = request.path_params["payment_id"]
        payment = dict(
            state.payments.get(payment_id, {"id": payment_id, "amount": 0, "currency": "EUR"})
        )
        if amount is not None:
            payment["amount"] = amount
        payment["idempotency_key"] = key
        state.payments[payment_id] = payment
        return JSONResponse(payment)

    async def get_slow(request: Request) -> Response:
        raw = request.query_params.get("delay")
        if raw is None:
            raise ApiError(400, "bad_parameter", "delay is required")
        try:
            delay = float(raw)
        except ValueError:
            raise ApiError(400, "bad_parameter", f"delay must be a number, got {raw!r}") from None
        if not 0 <= delay <= 600:
            raise ApiError(400, "bad_parameter", "delay must be between 0 and 600")
        await request.body()
        await sleep_unless_disconnected(request.receive, delay)
        return JSONResponse({"slept": delay})

    # ---- items -------------------------------------------------------------

    def limit_param(request: Request, name: str = "limit") -> int:
        value = _int_param(request, name, 10, minimum=1, maximum=100)
        assert value is not None
        return value

    def offset_param(request: Request) -> int:
        value = _int_param(request, "offset", 0, minimum=0)
        assert value is not None
        return value

    async def list_items(request: Request) -> Response:
        page, next_cursor = _items_after(request.query_params.get("after"), limit_param(request))
        return JSONResponse({"data": page, "next_cursor": next_cursor})

    async def list_items_by_offset(request: Request) -> Response:
        offset = offset_param(request)
        results = ITEMS[offset : offset + limit_param(request)]
        return JSONResponse({"results": results, "total": len(ITEMS)})

    async def list_items_by_page(request: Request) -> Response:
        page = _int_param(request, "page", 1, minimum=1)
        assert page is not None
        per_page = limit_param(request, "per_page")
        start = (page - 1) * per_page
        return JSONResponse({"items": ITEMS[start : start + per_page], "page": page})

    async def list_items_nested(request: Request) -> Response:
        cursor = request.query_params.get("starting_after")
        page, next_cursor = _items_after(cursor, limit_param(request))
        return JSONResponse({"entries": page, "meta": {"next": next_cursor}})

    async def list_items_plain(request: Request) -> Response:
        offset = offset_param(request)
        return JSONResponse(ITEMS[offset : offset + limit_param(request)])

    # ---- events ------------------------------------------------------------

    async def stream_events(request: Request) -> Response:
        count = _int_param(request, "count", 5, minimum=0)
        drop_after = _int_param(request, "drop_after", None, minimum=0)
        assert count is not None
        last_event_id = request.headers.get("last-event-id")
        start = 1
        if last_event_id is not None:
            state.last_event_ids.append(last_event_id)
            try:
                start = int(last_event_id) + 1
            except ValueError:
                raise ApiError(
                    400, "bad_header", f"Last-Event-ID must be an integer, got {last_event_id!r}"
                ) from None
        drop = drop_after is not None and last_event_id is None
        end = min(count, drop_after) if drop and drop_after is not None else count
        style = request.headers.get("x-event-style")
        if style == "unicode":
            return EventStream(_unicode_event_chunks(count), drop=False)
        chunks = [b": keep-alive\n\n"] + [_event(n) for n in range(max(start, 1), end + 1)]
        if style == "torn":  # the next event's lines, without the blank line that ends it
            chunks.append(_event(end + 1).removesuffix(b"\n"))
        elif style == "bad-retry":  # retry: fields a client must ignore or cap
            chunks.insert(0, b"retry: \xc2\xb2\n\nretry: \xd9\xa1\xd9\xa2\n\nretry: " + b"9" * 5000 + b"\n\n")
        return EventStream(chunks, drop=drop)

    async def create_chat_completion(request: Request) -> Response:
        body = await _json_object(request)
        model = _string_field(body, "model", required=True)
        tone = request.query_params.get("tone", "plain")
        if tone not in ("plain", "cheerful"):
            raise ApiError(400, "bad_param", f"tone must be plain or cheerful, got {tone!r}")
        messages = body.get("messages")
        if not isinstance(messages, list) or not messages:
            raise ApiError(400, "bad_body", "messages must be a non-empty list")
        answer = f"{tone} echo: {messages[-1].get('content', '')}"
        if body.get("stream") is True:
            chunks = [
                f"data: {json.dumps({'index': i, 'delta': word})}\n\n".encode()
                for i, word in enumerate(answer.split(" "))
            ]
            return EventStream([*chunks, b"data: [DONE]\n\n"], drop=False)
        return JSONResponse({"model": model, "role": "assistant", "content": answer})

    async def get_event_digest(request: Request) -> Response:
        count = _int_param(request, "count", 3, minimum=0)
        assert count is not None
        if "text/event-stream" in request.headers.get("accept", ""):
            return EventStream([_event(n) for n in range(1, count + 1)], drop=False)
        return JSONResponse(
            {"events": [{"id": n, "message": f"event {n}"} for n in range(1, count + 1)]}
        )

    # ---- files -------------------------------------------------------------

    async def upload_file(request: Request) -> Response:
        _require_media_type(request, "multipart/form-data")
        parts = _parse_multipart(request.headers["content-type"], await request.body())
        files = [part for part in parts if part.name == "file"]
        purposes = [part for part in parts if part.name == "purpose"]
        if not files:
            raise ApiError(400, "bad_body", "the file part is required")
        if not purposes:
            raise ApiError(400, "bad_body", "the purpose part is required")
        file = files[0]
        return JSONResponse(
            {
                "filename": file.filename,
                "content_type": file.content_type,
                "size": len(file.content),
                "sha256": hashlib.sha256(file.content).hexdigest(),
                "purpose": purposes[0].content.decode("utf-8", "replace"),
                "tags": [
                    part.content.decode("utf-8", "replace") for part in parts if part.name == "tags"
                ],
            },
            status_code=201,
        )

    async def submit_contact(request: Request) -> Response:
        _require_media_type(request, "application/x-www-form-urlencoded")
        raw = await request.body()
        try:
            fields = dict(parse_qsl(raw.decode("utf-8"), keep_blank_values=True))
        except UnicodeDecodeError:
            raise ApiError(400, "bad_body", "the form is not UTF-8") from None
        missing = [name for name in ("name", "email") if name not in fields]
        if missing:
            raise ApiError(400, "bad_body", f"missing form fields: {', '.join(missing)}")
        return JSONResponse({"fields": fields})

    async def download_file(request: Request) -> Response:
        size = _int_param(request, "size", 1024, minimum=0, maximum=MAX_DOWNLOAD_SIZE)
        assert size is not None
        pattern = bytes(range(251))
        content = (pattern * (size // 251 + 1))[:size]
        file_id = request.path_params["file_id"].replace('"', "")
        return Response(
            content,
            media_type="application/octet-stream",
            headers={"content-disposition": f'attachment; filename="{file_id}.bin"'},
        )

    async def upload_raw(request: Request) -> Response:
        _require_media_type(request, "application/octet-stream")
        body = await request.body()
        return JSONResponse({"size": len(body), "sha256": hashlib.sha256(body).hexdigest()})

    # ---- not in the spec: the escape hatch's endpoints ----------------------

    async def undeclared(request: Request) -> Response:
        raw = await request.body()
        return JSONResponse(
            {
                "method": request.method,
                "query": dict(request.query_params),
                "body": json.loads(raw) if raw else None,
                "authorization": request.headers.get("authorization"),
                "api_key_header": request.headers.get("x-api-key"),
            }
        )

    async def undeclared_jobs(request: Request) -> Response:
        return JSONResponse([job("u1"), job("u2")])

    async def undeclared_empty(request: Request) -> Response:
        return Response(status_code=204)

    # ---- inspection and control --------------------------------------------

    async def inspect_faults(request: Request) -> Response:
        record = state.faults.get(request.path_params["key"], FaultRecord())
        return JSONResponse(record.to_json())

    async def inspect_stats(request: Request) -> Response:
        return JSONResponse(state.stats())

    async def revoke_tokens(request: Request) -> Response:
        fresh = set(state.tokens) - state.revoked
        state.revoked.update(fresh)
        return JSONResponse({"revoked": len(fresh)})

    # ---- errors ------------------------------------------------------------

    async def on_api_error(request: Request, exc: Exception) -> Response:
        assert isinstance(exc, ApiError)
        return JSONResponse({"code": exc.code, "message": exc.message}, status_code=exc.status)

    async def on_http_error(request: Request, exc: Exception) -> Response:
        assert isinstance(exc, HTTPException)
        code = HTTPStatus(exc.status_code).phrase.lower().replace(" ", "_").replace("-", "_")
        return JSONResponse(
            {"code": code, "message": str(exc.detail)},
            status_code=exc.status_code,
            headers=exc.headers,
        )

    # ---- routes ------------------------------------------------------------

    def operation(operation_id: str, handler: Any) -> Any:
        async def endpoint(request: Request) -> Response:
            state.calls[operation_id] += 1
            response: Response = await handler(request)
            return response

        endpoint.__name__ = operation_id
        return endpoint

    spec_routes = [
        ("GET", "/auth/api-key", "authApiKey", auth_api_key),
        ("GET", "/auth/query-key", "authQueryKey", auth_query_key),
        ("GET", "/auth/cookie-key", "authCookieKey", auth_cookie_key),
        ("GET", "/auth/bearer", "authBearer", auth_bearer),
        ("GET", "/auth/basic", "authBasic", auth_basic),
        ("GET", "/auth/oauth", "authOauth", auth_oauth),
        ("GET", "/auth/either", "authEither", auth_either),
        ("GET", "/auth/both", "authBoth", auth_both),
        ("GET", "/public", "getPublic", get_public),
        ("POST", "/oauth/token", "createToken", create_token),
        ("POST", "/jobs", "createJob", create_job),
        ("GET", "/jobs/{job_id}", "getJob", get_job),
        ("PUT", "/jobs/{job_id}", "replaceJob", replace_job),
        ("PATCH", "/jobs/{job_id}", "updateJob", update_job),
        ("DELETE", "/jobs/{job_id}", "deleteJob", delete_job),
        ("POST", "/payments", "createPayment", create_payment),
        ("PATCH", "/payments/{payment_id}", "updatePayment", update_payment),
        ("GET", "/slow", "getSlow", get_slow),
        ("GET", "/items", "listItems", list_items),
        ("GET", "/items/by-offset", "listItemsByOffset", list_items_by_offset),
        ("GET", "/items/by-page", "listItemsByPage", list_items_by_page),
        ("GET", "/items/nested", "listItemsNested", list_items_nested),
        ("GET", "/items/plain", "listItemsPlain", list_items_plain),
        ("GET", "/events", "streamEvents", stream_events),
        ("POST", "/chat/completions", "createChatCompletion", create_chat_completion),
        ("GET", "/events/digest", "getEventDigest", get_event_digest),
        ("POST", "/files", "uploadFile", upload_file),
        ("POST", "/forms/contact", "submitContact", submit_contact),
        ("GET", "/files/{file_id}/content", "downloadFile", download_file),
        ("POST", "/files/raw", "uploadRaw", upload_raw),
    ]
    routes = [
        Route(path, operation(operation_id, handler), methods=[method])
        for method, path, operation_id, handler in spec_routes
    ]
    routes += [
        Route("/undeclared", undeclared, methods=["GET", "POST", "PUT", "PATCH", "DELETE"]),
        Route("/undeclared/jobs", undeclared_jobs, methods=["GET"]),
        Route("/undeclared/empty", undeclared_empty, methods=["DELETE"]),
        Route("/_faults/{key:path}", inspect_faults, methods=["GET"]),
        Route("/_stats", inspect_stats, methods=["GET"]),
        Route("/_control/revoke-tokens", revoke_tokens, methods=["POST"]),
    ]
    _install_log_filter()
    app = Starlette(
        routes=routes,
        middleware=[Middleware(FaultInjection, state=state)],
        exception_handlers={ApiError: on_api_error, HTTPException: on_http_error},
    )
    app.state.relay = state
    return app
