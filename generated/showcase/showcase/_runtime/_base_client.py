"""The HTTP machinery under Client and AsyncClient: the parts of a call that do no I/O.

`BaseAPIClient` builds each attempt's request and reads responses; the clients that send
are `AsyncAPIClient` (_async_client.py, the source) and `SyncAPIClient` (_sync_client.py,
derived from it by scripts/unasync.py).
"""

from __future__ import annotations

import json
import logging
import re
import time
import uuid
from collections.abc import Callable, Mapping
from dataclasses import dataclass, replace
from typing import Any, Final, Self, TypeVar, cast

import httpx
from pydantic import ValidationError

from .. import errors
from .._version import __version__
from ._auth import Auth
from ._deadline import (
    DeadlineExceeded,
    DeadlinePassed,
    capped_timeout,
    deadline_from_now,
)
from ._endpoint import BodySpec, Endpoint, ResponseSpec, match_response
from ._files import BodyReplay
from ._lenient import construct, fits_shape
from ._pagination import PageContext, _origin, _PageLogic
from ._redaction import redacted, url_password, without_password
from ._response import transport_error
from ._serialize import (
    cookie_header,
    encode_body,
    encode_cookies,
    encode_headers,
    encode_path,
    encode_query,
    header_overrides,
    merge_headers,
    split_query,
    validator_for,
    with_extra_query,
)
from ._settings import (
    checked_base_url,
    checked_flag,
    checked_headers,
    checked_mapping,
    checked_optional_text,
    checked_retries,
    checked_seconds,
    checked_size,
    checked_timeout,
)
from ._types import (
    DEFAULT_MAX_RESPONSE_SIZE,
    NOT_GIVEN,
    PACKAGE,
    NotGiven,
    RequestOptions,
)

ResultT = TypeVar("ResultT")
PageT = TypeVar("PageT", bound=_PageLogic)

USER_AGENT = f"{PACKAGE}-python/{__version__}"
log = logging.getLogger(PACKAGE)
# the request extension that carries a call's id to every log record of the call
CALL_ID = f"{PACKAGE}_call_id"
_NO_OPTIONS = RequestOptions()


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
    # the queries of the pages fetched before this one (pagination stops if one comes back)
    earlier_pages: frozenset[str] = frozenset()
    # a next page's URL from a `Link` header (same origin as base_url): the path and query
    url: str | None = None


class _Encoded:
    """The parts of a call's request that stay the same for every attempt.

    `overrides`: the caller's extra_headers; they win over credentials (an Authorization
    for one call). `removed`: the lower-case names the caller's extra_headers set to None,
    never sent."""

    __slots__ = (
        "body",
        "cookies",
        "headers",
        "method",
        "overrides",
        "params",
        "removed",
        "replay",
        "url",
    )

    def __init__(
        self,
        *,
        method: str,
        url: str,
        params: list[tuple[str, str]],
        headers: httpx.Headers,
        cookies: dict[str, str],
        body: dict[str, Any],
        replay: BodyReplay | None,
        overrides: httpx.Headers,
        removed: frozenset[str],
    ) -> None:
        self.method: Final = method
        self.url: Final = url
        self.params: Final = params
        self.headers: Final = headers
        self.cookies: Final = cookies
        self.body: Final = body
        self.replay: Final = replay
        self.overrides: Final = overrides
        self.removed: Final = removed


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
    _validate_requests: bool
    _max_response_size: int | NotGiven | None
    _drift_warned: set[tuple[str, str]]
    _correlation_header: str | None
    _default_query: dict[str, object]

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
        max_response_size: int | NotGiven | None = NOT_GIVEN,
        correlation_header: str | None = None,
        default_query: Mapping[str, object] | None = None,
        validate_requests: bool = True,
    ) -> None:
        if base_url is None:
            raise ValueError(
                "base_url is required: the API description names no absolute server URL"
            )
        self._base_url = checked_base_url(base_url)
        self._timeout = checked_timeout(timeout)
        self._max_retries = checked_retries(max_retries)
        self._deadline = checked_seconds("deadline", deadline)
        self._default_headers = merge_headers(
            checked_headers("default_headers", default_headers)
        )
        self._auth = auth if auth is not None else Auth({}, {})
        self._auth.hide(url_password(self._base_url))
        self._strict_response_validation = checked_flag(
            "strict_response_validation", strict_response_validation
        )
        self._validate_requests = checked_flag("validate_requests", validate_requests)
        self._max_response_size = checked_size(max_response_size)
        self._drift_warned = set()
        self._correlation_header = checked_optional_text(
            "correlation_header", correlation_header
        )
        self._default_query = dict(
            checked_mapping("default_query", default_query) or {}
        )

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

    @property
    def default_query(self) -> dict[str, object]:
        return dict(self._default_query)

    def __repr__(self) -> str:
        return f"{type(self).__name__}(base_url={without_password(self._base_url)!r})"

    def _copy_with(
        self,
        base_url: str | httpx.URL | None,
        timeout: float | httpx.Timeout | NotGiven | None,
        max_retries: int | NotGiven,
        deadline: float | NotGiven | None,
        default_headers: Mapping[str, str] | None,
        max_response_size: int | NotGiven | None = NOT_GIVEN,
        default_query: Mapping[str, object] | None = None,
        credentials: Mapping[str, object] | None = None,
        validate_requests: bool | NotGiven = NOT_GIVEN,
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
            clone._base_url = checked_base_url(base_url)
            clone._auth.hide(url_password(clone._base_url))
        if not isinstance(timeout, NotGiven):
            clone._timeout = checked_timeout(timeout)
        if not isinstance(max_retries, NotGiven):
            clone._max_retries = checked_retries(max_retries)
        if not isinstance(deadline, NotGiven):
            clone._deadline = checked_seconds("deadline", deadline)
        if default_headers is not None:
            clone._default_headers = merge_headers(
                self._default_headers,
                checked_headers("default_headers", default_headers),
            )
        if not isinstance(max_response_size, NotGiven):
            clone._max_response_size = checked_size(max_response_size)
        if default_query is not None:
            given = checked_mapping("default_query", default_query) or {}
            clone._default_query = {**self._default_query, **given}
        if not isinstance(validate_requests, NotGiven):
            clone._validate_requests = checked_flag(
                "validate_requests", validate_requests
            )
        if credentials:
            clone._auth = self._auth.with_values(credentials)
        return clone

    # -- building requests ----------------------------------------------------------------

    def _with_idempotency_key(self, call: Call) -> Call:
        """A POST that declares an idempotency key gets one per call, the same for every attempt."""
        header = call.endpoint.idempotency_header
        if header is None:
            return call
        given = dict(call.headers or {})
        overrides, removed = header_overrides(call.options.extra_headers)
        extra = {name.lower() for name in overrides} | removed
        if given.get(header) is not None or header.lower() in extra:
            return call
        given[header] = str(uuid.uuid4())
        return replace(call, headers=given)

    def _encode(self, call: Call) -> _Encoded:
        """The parts of the request that every attempt shares."""
        try:
            return self._encode_parts(call)
        except UnicodeEncodeError as error:
            raise _unencodable(error) from None

    def _encode_parts(self, call: Call) -> _Encoded:
        endpoint = call.endpoint
        options = call.options
        if call.url is not None:
            # the server's next page, as it wrote it; a query credential it echoed is
            # left out, as each attempt adds the current one
            url, linked = split_query(call.url)
            params = [
                pair for pair in linked if pair[0] not in self._auth.redacted_query
            ]
        else:
            base, base_query = split_query(self._base_url)
            path, path_query = split_query(encode_path(endpoint, call.path or {}))
            url = request_url(base, path)
            params = base_query + path_query + encode_query(endpoint, call.query or {})
        if self._default_query:
            given = {name for name, _ in params}
            defaults = {
                name: value
                for name, value in self._default_query.items()
                if name not in given
            }
            params = with_extra_query(params, defaults)
        if options.extra_query:
            params = with_extra_query(params, options.extra_query)
        # httpx.Headers: a later `x-team` replaces an earlier `X-Team`, whatever the case
        headers = httpx.Headers({"User-Agent": USER_AGENT, "Accept": endpoint.accept})
        headers.update(self._default_headers)
        headers.update(encode_headers(endpoint, call.headers or {}))
        body: dict[str, Any] = {}
        replay = None
        if endpoint.body is not None and call.body is not None:
            body = encode_body(endpoint.body, call.body, self._validate_requests)
            headers.update(body.pop("headers", {}))
            if endpoint.body.kind in ("bytes", "multipart", "form"):
                replay = BodyReplay(call.body)
        extra_headers, removed = header_overrides(options.extra_headers)
        overrides = httpx.Headers(extra_headers)
        headers.update(overrides)
        return _Encoded(
            method=endpoint.method,
            url=url,
            params=params,
            headers=headers,
            cookies=encode_cookies(call.cookies or {}),
            body=body,
            replay=replay,
            overrides=overrides,
            removed=removed,
        )

    def _request_arguments(
        self,
        encoded: _Encoded,
        schemes: tuple[str, ...],
        tokens: Mapping[str, str],
        timeout: float | httpx.Timeout | None,
        call_id: str,
    ) -> dict[str, Any]:
        """`build_request` arguments of one attempt, credentials included."""
        headers = httpx.Headers(encoded.headers)
        if self._correlation_header is not None:
            headers[self._correlation_header] = call_id
        params = list(encoded.params)
        cookies = dict(encoded.cookies)
        for key in schemes:
            self._auth.apply(key, headers, params, cookies, tokens.get(key))
        headers.update(encoded.overrides)
        cookie = cookie_header(cookies)
        if cookie is not None:
            headers["Cookie"] = cookie
        for name in encoded.removed:
            headers.pop(name, None)
        body = dict(encoded.body)
        if "content" in body:
            body["content"] = self._content_for_attempt(body["content"])
        return {
            "method": encoded.method,
            "url": encoded.url,
            "params": params,
            "headers": headers,
            "timeout": timeout,
            "extensions": {CALL_ID: call_id},
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
            else checked_retries(options.max_retries)
        )
        checked_size(options.max_response_size)  # refused before sending, not after
        if encoded.replay is not None and not encoded.replay.replayable:
            retries = 0  # the body cannot be sent a second time
        deadline = (
            self._deadline
            if isinstance(options.deadline, NotGiven)
            else checked_seconds("deadline", options.deadline)
        )
        return retries, deadline_from_now(deadline)

    def _attempt_timeout(
        self, call: Call, deadline_at: float | None
    ) -> float | httpx.Timeout | None:
        timeout = (
            self._timeout
            if isinstance(call.options.timeout, NotGiven)
            else checked_timeout(call.options.timeout)
        )
        return capped_timeout(timeout, deadline_at)

    def _undeclared_endpoint(
        self, method: str, path: str, cast_to: Any, body: object
    ) -> tuple[Endpoint[Any], Callable[[httpx.Response], Any]]:
        """An endpoint the API description does not declare, and how to read its answer.

        It sends the first credential configured (in the API's order of schemes) and a
        JSON body when one is given; a 2xx answer is `cast_to` when given, else parsed
        JSON (text when it is not JSON, None when empty)."""
        endpoint: Endpoint[Any] = Endpoint(
            method=method,
            path=path if path.startswith("/") or is_absolute(path) else "/" + path,
            body=None if body is None else BodySpec("json", "application/json", Any),
            responses=(ResponseSpec("2XX", "json", cast_to),),
            security=tuple((key,) for key in self._auth.schemes),
        )

        def parse(response: httpx.Response) -> Any:
            if not response.content:
                return None
            if isinstance(cast_to, NotGiven):
                return _loose_body(response)
            return self._validate_json(cast_to, response.content, response, endpoint)

        return endpoint, parse

    # -- reading responses ----------------------------------------------------------------

    def _body_limit(
        self, call: Call, response: httpx.Response, *, to_parse: bool = True
    ) -> int | None:
        """The most bytes (decoded) of this response's body to read: `max_response_size` of
        the call, else of the client; when neither was set, DEFAULT_MAX_RESPONSE_SIZE for a
        body read to be parsed (JSON, text, an error body), no limit for a binary one or a
        streamed one (`to_parse=False`)."""
        given = call.options.max_response_size
        if isinstance(given, NotGiven):
            given = self._max_response_size
        else:
            given = checked_size(given)
        if not isinstance(given, NotGiven):
            return given
        if not to_parse:
            return None
        endpoint = call.endpoint
        if _answered(endpoint, response.status_code):
            spec = match_response(endpoint.responses, response.status_code)
            if spec is None and endpoint.responses:
                spec = endpoint.responses[0]
            if spec is not None and spec.kind == "bytes":
                return None
        return DEFAULT_MAX_RESPONSE_SIZE

    def _token_body_limit(self) -> int | None:
        """A token response is JSON to parse: the client's limit, else the default."""
        given = self._max_response_size
        return DEFAULT_MAX_RESPONSE_SIZE if isinstance(given, NotGiven) else given

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
        link = response.links.get("next", {}).get("url")
        next_link = None
        if link:
            try:
                next_link = str(response.request.url.join(link))
            except httpx.InvalidURL:
                next_link = (
                    link  # refused when the iteration gets there (not our origin)
                )
        return cast(PageT, page._bind(PageContext(self, call, pagination, next_link)))

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
            return validator_for(type_).validate_json(content)
        except ValidationError as error:
            mismatch = error
        where = (
            f"the {response.status_code} response of {endpoint.method} {endpoint.path}"
        )
        if not self._strict_response_validation:
            if not content.strip():
                # a success without a body where one is declared (a 200 that should be a
                # 204): the call did succeed, so it returns None rather than raise
                call_id = call_id_of(response.request)
                log.warning(
                    "%s has an empty body; returned None call_id=%s",
                    where,
                    call_id,
                    extra={"call_id": call_id},
                )
                return None
            try:
                data = json.loads(content)
                if fits_shape(type_, data):
                    self._warn_drift(where, mismatch, call_id_of(response.request))
                    return construct(type_, data)
            except (ValueError, RecursionError):
                pass  # not JSON, or nested deeper than Python reads: nothing to read leniently
        raise errors.APIResponseValidationError(
            f"{where} does not match the API description: {mismatch.error_count()} validation error(s)",
            response=response,
            body=_loose_body(response),
        ) from mismatch

    def _warn_drift(
        self, where: str, mismatch: ValidationError, call_id: str | None
    ) -> None:
        """Once per drift and client, not per call; paths only, never values (a body may
        carry personal data), list indices as `*`."""
        paths = sorted(
            {
                ".".join(_location_part(part) for part in e["loc"]) or "(body)"
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
            "(strict_response_validation=True raises instead) call_id=%s",
            where,
            at,
            call_id,
            extra={"call_id": call_id},
        )

    def _status_error(
        self, endpoint: Endpoint[Any], response: httpx.Response
    ) -> errors.APIStatusError:
        body: object = _loose_body(response)
        spec = match_response(endpoint.errors, response.status_code)
        if spec is not None and spec.kind == "json" and spec.type is not None:
            try:
                body = validator_for(spec.type).validate_json(response.content)
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
        if isinstance(error, (DeadlineExceeded, DeadlinePassed)):
            return errors.APITimeoutError(
                "Request timed out (the deadline passed).", request=request
            )
        if isinstance(error, httpx.RequestError):
            return transport_error(error, request)
        return errors.APIConnectionError(
            f"Connection error: {type(error).__name__}", request=request
        )

    def _http_client_auth(self, request: httpx.Request) -> Any:
        """The `auth` to send `request` with: the http_client's own (`httpx.Client(auth=...)`)
        on base_url's origin, none on another (where a redirect led): httpx applies a
        client's auth to every request it sends, and the SDK sends each hop itself."""
        if _origin(request.url) == _origin(httpx.URL(self._base_url)):
            return httpx.USE_CLIENT_DEFAULT
        return None

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
        return redacted(
            httpx.Request(
                method,
                url,
                headers=headers,
                stream=stream,
                extensions=request.extensions,
            ),
            self._auth,
        )

    # -- logging --------------------------------------------------------------------------

    # Every record of a call carries its id, in the message (`call_id=...`) and as
    # `record.call_id` (extra), so that one call's attempts can be followed in a log.

    def _log_request(self, request: httpx.Request, attempt: int) -> None:
        if log.isEnabledFor(logging.DEBUG):
            call_id = call_id_of(request)
            log.debug(
                "request: %s %s call_id=%s attempt=%d headers=%s",
                request.method,
                self._auth.redact_url(request.url),
                call_id,
                attempt,
                self._auth.redact_headers(request.headers),
                extra={"call_id": call_id},
            )

    def _log_outcome(
        self, request: httpx.Request, attempt: int, started: float, outcome: str
    ) -> None:
        if log.isEnabledFor(logging.DEBUG):
            call_id = call_id_of(request)
            log.debug(
                "response: %s %s -> %s call_id=%s attempt=%d elapsed=%.3fs",
                request.method,
                self._auth.redact_url(request.url),
                outcome,
                call_id,
                attempt,
                time.monotonic() - started,
                extra={"call_id": call_id},
            )

    def _log_retry(
        self, request: httpx.Request, delay: float, retries: int, max_retries: int
    ) -> None:
        if log.isEnabledFor(logging.DEBUG):
            call_id = call_id_of(request)
            log.debug(
                "retrying %s %s in %.2fs (retry %d of %d) call_id=%s",
                request.method,
                self._auth.redact_url(request.url),
                delay,
                retries + 1,
                max_retries,
                call_id,
                extra={"call_id": call_id},
            )


_ABSOLUTE = re.compile(r"[A-Za-z][A-Za-z0-9+.-]*://")


def is_absolute(path: str) -> bool:
    """Whether a path given to `client.get(...)` is a whole URL (`https://host/...`)."""
    return _ABSOLUTE.match(path) is not None


def request_url(base_url: str, path: str) -> str:
    """The URL of a request: `path` under base_url; a whole URL (`client.get("https://
    ...")`) as it is when on base_url's origin, else InvalidRequestError, so neither the
    client's credentials go elsewhere nor the URL is read as a path under base_url."""
    if not is_absolute(path):
        return base_url.rstrip("/") + path
    try:
        target = httpx.URL(path)
    except httpx.InvalidURL as error:
        raise errors.InvalidRequestError(f"the URL is not valid: {error}") from None
    if _origin(target) != _origin(httpx.URL(base_url)):
        scheme, host, port = _origin(target)
        raise errors.InvalidRequestError(
            f"{scheme}://{host}:{port} is not base_url's origin: pass a path under "
            "base_url (or a URL on its origin), or use a client whose base_url is there "
            "(client.with_options(base_url=...)); the client's credentials go to "
            "base_url's origin only"
        )
    return path


def new_call_id(options: RequestOptions) -> str:
    """The id of a call: the caller's `correlation_id`, else a new random one."""
    return options.correlation_id or str(uuid.uuid4())


def call_id_of(request: httpx.Request) -> str | None:
    value = request.extensions.get(CALL_ID)
    return value if isinstance(value, str) else None


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
    except (ValueError, RecursionError):  # not JSON, or nested deeper than Python reads
        return response.text


def build_request(
    http: httpx.Client | httpx.AsyncClient, arguments: dict[str, Any], auth: Auth
) -> httpx.Request:
    """`http.build_request(**arguments)`, its repr hiding the credentials of `auth`; what
    httpx cannot encode (a URL with control characters, a header value that is not ASCII) is
    an InvalidRequestError: nothing is sent."""
    try:
        return redacted(http.build_request(**arguments), auth)
    except httpx.InvalidURL as error:
        raise errors.InvalidRequestError(f"the URL is not valid: {error}") from None
    except UnicodeEncodeError as error:
        raise _unencodable(error) from None


def shown_cause(error: BaseException) -> BaseException | None:
    """The cause to chain to the SDK error of `error`: none for a request httpx refused to
    send (LocalProtocolError), whose text quotes the header value, a credential maybe."""
    return None if isinstance(error, httpx.LocalProtocolError) else error


def _unencodable(error: UnicodeEncodeError) -> errors.InvalidRequestError:
    # the text itself is not shown: it may be a credential (a header value, most likely)
    return errors.InvalidRequestError(
        f"the request cannot be encoded ({error.encoding}: {error.reason}), "
        "a header value that is not ASCII most likely"
    )


def _location_part(part: str | int) -> str:
    """A step of a validation error's location as the drift warning names it: list indices
    as `*`, a lazily referred model's union arm (`function-plain[Customer()]`, see
    `_models.LaterModel`) by its model, as pydantic names an arm of the model itself."""
    if isinstance(part, int):
        return "*"
    if part.startswith("function-plain[") and part.endswith("()]"):
        return part[len("function-plain[") : -len("()]")]
    return part
