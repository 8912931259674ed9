"""The HTTP machinery under Client and AsyncClient: the parts of a call that do no I/O.

`BaseAPIClient` builds each attempt's request and reads responses; the clients that send
are `AsyncAPIClient` (_async_client.py, the source) and `SyncAPIClient` (_sync_client.py,
derived from it by scripts/unasync.py).
"""

from __future__ import annotations

import re
import uuid
from collections.abc import Mapping
from dataclasses import dataclass, replace
from typing import Any, ClassVar, Final, Self, TypedDict, TypeVar

import httpx

from .. import errors
from .._version import __version__
from ._auth import Auth
from ._deadline import (
    DeadlineExceeded,
    DeadlinePassed,
    capped_timeout,
    deadline_from_now,
)
from ._endpoint import (
    Endpoint,
    match_response,
    operation_server,
)
from ._files import BodyReplay
from ._hops import CALL_ID, HOME, Hops
from ._pagination import _origin
from ._reading import ResponseReading, _answered
from ._redaction import redacted, url_password, without_password
from ._response import transport_error
from ._retry import IDEMPOTENCY_HEADER, UNSAFE_METHODS
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

USER_AGENT = f"{PACKAGE}-python/{__version__}"
_NO_OPTIONS = RequestOptions()
# sent on the Nth retry of a call as N, so the server can tell a retry from a first try
RETRY_COUNT_HEADER = "X-Retry-Count"


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


class CallParts(TypedDict, total=False):
    """What a generated method passes to `request`, `request_page` and `request_events`
    beside the endpoint: the `Call`'s values."""

    path: Mapping[str, Any] | None
    query: Mapping[str, Any] | None
    headers: Mapping[str, Any] | None
    cookies: Mapping[str, Any] | None
    body: Any
    options: RequestOptions


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


class BaseAPIClient(ResponseReading, Hops):
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
    # Set by the generated client from the SDK's config: the header that carries a call's
    # idempotency key (every POST and PATCH then gets one, so it is retried like a safe
    # request), and the headers every request sends unless the caller's replace them.
    _idempotency_header: ClassVar[str | None] = None
    _pinned_headers: ClassVar[tuple[tuple[str, str], ...]] = ()

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
            dict(self._pinned_headers),
            checked_headers("default_headers", default_headers),
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
        *,
        base_url: str | httpx.URL | None = None,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        deadline: float | NotGiven | None = NOT_GIVEN,
        default_headers: Mapping[str, str] | None = None,
        set_default_headers: Mapping[str, str] | None = None,
        max_response_size: int | NotGiven | None = NOT_GIVEN,
        default_query: Mapping[str, object] | None = None,
        set_default_query: Mapping[str, object] | None = None,
        credentials: Mapping[str, object] | None = None,
        validate_requests: bool | NotGiven = NOT_GIVEN,
        strict_response_validation: bool | NotGiven = NOT_GIVEN,
        correlation_header: str | NotGiven | None = NOT_GIVEN,
    ) -> Self:
        # A shallow copy of the settings (underscore attributes) that shares the HTTP
        # connection pool and the credentials; cached resources are left behind so they
        # bind to the copy. `default_*` add to the client's; `set_default_*` replace them.
        if default_headers is not None and set_default_headers is not None:
            raise ValueError("pass default_headers or set_default_headers, not both")
        if default_query is not None and set_default_query is not None:
            raise ValueError("pass default_query or set_default_query, not both")
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
        if set_default_headers is not None:
            clone._default_headers = merge_headers(
                checked_headers("set_default_headers", set_default_headers)
            )
        if not isinstance(max_response_size, NotGiven):
            clone._max_response_size = checked_size(max_response_size)
        if default_query is not None:
            given = checked_mapping("default_query", default_query) or {}
            clone._default_query = {**self._default_query, **given}
        if set_default_query is not None:
            clone._default_query = dict(
                checked_mapping("set_default_query", set_default_query) or {}
            )
        if not isinstance(validate_requests, NotGiven):
            clone._validate_requests = checked_flag(
                "validate_requests", validate_requests
            )
        if not isinstance(strict_response_validation, NotGiven):
            clone._strict_response_validation = checked_flag(
                "strict_response_validation", strict_response_validation
            )
        if not isinstance(correlation_header, NotGiven):
            clone._correlation_header = checked_optional_text(
                "correlation_header", correlation_header
            )
        if credentials:
            clone._auth = self._auth.with_values(credentials)
        return clone

    # -- building requests ----------------------------------------------------------------

    def _with_idempotency_key(self, call: Call) -> Call:
        """The call with its idempotency key: the caller's, else a new one for a POST or
        PATCH when the SDK has an idempotency header; the same for every attempt. A key
        the caller's `extra_headers` set (or leave out with None) is theirs."""
        header = self._idempotency_header
        key = call.options.idempotency_key
        if (
            key is None
            and header is not None
            and call.endpoint.method in UNSAFE_METHODS
        ):
            key = str(uuid.uuid4())
        if key is None:
            return call
        header = header or IDEMPOTENCY_HEADER
        overrides, removed = header_overrides(call.options.extra_headers)
        if header.lower() in {name.lower() for name in overrides} | removed:
            return call
        return replace(call, headers={**(call.headers or {}), header: key})

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
            base = operation_server(endpoint, base)
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
        retries: int = 0,
    ) -> dict[str, Any]:
        """`build_request` arguments of one attempt (after `retries` retries), credentials
        included; the caller's `extra_headers` replace or omit what the SDK sets."""
        headers = httpx.Headers(encoded.headers)
        if self._correlation_header is not None:
            headers[self._correlation_header] = call_id
        if retries:
            headers[RETRY_COUNT_HEADER] = str(retries)
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
            "extensions": {CALL_ID: call_id, HOME: encoded.url},
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
