"""Keeping credentials out of sight: in log records, in reprs, in URLs shown to people.

No I/O. The SDK's own log lines leave credentials out by name (`Auth.redact_url`,
`Auth.redact_headers`); this module covers what the SDK does not write itself:

- httpx logs each request at INFO with its full URL (an API key in the query included),
  and httpcore logs at DEBUG. A filter on those loggers (and the SDK's) hides the API-key
  query parameters of a URL it logs, by name, and the password of any `user:password@`
  (by its place: however short, however percent-encoded), and replaces the value of every credential a
  live client holds wherever it appears in a record's text, as given and URL-encoded:
  matching values also catches a key that shows up elsewhere (an error text, a URL
  spelled out), whatever logged it; what credential providers gave is among them. Values
  shorter than `_MIN_SECRET` are left to the
  by-name redaction: replacing them everywhere would garble the log.
- The request attached to responses is the one sent (usable as is), but its repr, and its
  headers' repr, show credentials as `[redacted]`. Errors (and their responses) carry a copy
  to keep and log (`e.request.url`): its URL and headers with the credentials hidden, and
  no body (a token request's body is the client secret).
"""

from __future__ import annotations

import logging
import re
import threading
import weakref
from collections.abc import Iterable
from typing import TYPE_CHECKING, Protocol, cast
from urllib.parse import quote, quote_plus, unquote_plus

import httpx

if TYPE_CHECKING:
    from ._auth import Auth

REDACTED = "[redacted]"
_MIN_SECRET = 6
# the password of a URL's `user:password@` in a log text, however short or encoded
_URL_PASSWORD = re.compile(r"(?P<user>//[^/\s:@]*:)[^/\s@]+@")
# the loggers of the HTTP stack a request goes through: the HTTP library's (httpx, or
# httpx2 in an SDK generated for it) and its transport's (httpcore, httpcore2); a filter on
# a logger does not see the records of its children, so the transport's are named one by one
_LIBRARY = httpx.__name__
_TRANSPORT = "httpcore" + _LIBRARY.removeprefix("httpx")
WATCHED_LOGGERS = (
    _LIBRARY,
    _TRANSPORT,
    *(
        f"{_TRANSPORT}.{part}"
        for part in ("connection", "http11", "http2", "proxy", "socks")
    ),
)


class _HoldsSecrets(Protocol):
    redacted_query: frozenset[str]

    def log_secrets(self) -> Iterable[str]: ...


class SecretFilter(logging.Filter):
    """Rewrites a log record whose text holds a credential of a live client."""

    def __init__(self) -> None:
        super().__init__()
        self._holders: weakref.WeakSet[_HoldsSecrets] = weakref.WeakSet()
        self._lock = threading.Lock()

    def watch(self, holder: _HoldsSecrets) -> None:
        with self._lock:
            self._holders.add(holder)

    def _secrets(self) -> tuple[set[str], frozenset[str]]:
        """The credential values to hide, and the names of API-key query parameters."""
        with self._lock:
            holders = list(self._holders)
        found: set[str] = set()
        names: frozenset[str] = frozenset()
        for holder in holders:
            names |= holder.redacted_query
            for secret in holder.log_secrets():
                if len(secret) >= _MIN_SECRET:
                    found.update((secret, quote(secret, safe=""), quote_plus(secret)))
        return found, names

    def filter(self, record: logging.LogRecord) -> bool:
        secrets, names = self._secrets()
        if isinstance(record.args, tuple):
            # httpx passes the request's URL as an argument: its password and API keys
            # hidden by their place, whatever their length or spelling
            record.args = tuple(
                redact_query(without_password(str(arg)), names)
                if isinstance(arg, httpx.URL)
                else arg
                for arg in record.args
            )
        try:
            text = record.getMessage()
        except (TypeError, ValueError, KeyError):
            return True  # a record that cannot be formatted: logging reports it itself
        redacted = _URL_PASSWORD.sub(r"\g<user>***@", text) if "@" in text else text
        for secret in sorted(secrets, key=len, reverse=True):
            redacted = redacted.replace(secret, REDACTED)
        if redacted != text:
            record.msg, record.args = redacted, None
        return True


SECRET_FILTER = SecretFilter()


def watch(holder: _HoldsSecrets, sdk_logger: logging.Logger) -> None:
    """Keep `holder`'s credentials out of the records of httpx, httpcore and the SDK."""
    SECRET_FILTER.watch(holder)
    for logger in (
        *(logging.getLogger(name) for name in WATCHED_LOGGERS),
        sdk_logger,
    ):
        if SECRET_FILTER not in logger.filters:
            logger.addFilter(SECRET_FILTER)


def redact_query(url: str, names: frozenset[str]) -> str:
    """`url` with the values of the query parameters called `names` shown as `[redacted]`
    (the rest of the URL as it was)."""
    start, question_mark, rest = url.partition("?")
    if not question_mark or not names:
        return url
    query, hash_mark, fragment = rest.partition("#")
    pairs = []
    for pair in query.split("&"):
        name = pair.partition("=")[0]
        pairs.append(f"{name}={REDACTED}" if unquote_plus(name) in names else pair)
    return f"{start}?{'&'.join(pairs)}{hash_mark}{fragment}"


def url_password(url: str | httpx.URL) -> str | None:
    try:
        password = httpx.URL(url).password
    except httpx.InvalidURL:
        return None
    return password or None


def without_password(url: str) -> str:
    """`url` with the password of its `user:password@` part, if any, shown as `***`."""
    try:
        parsed = httpx.URL(url)
    except httpx.InvalidURL:
        return url
    if not parsed.password:
        return url
    user = parsed.userinfo.partition(b":")[0]
    return str(parsed.copy_with(userinfo=user + b":***"))


class RedactedHeaders(httpx.Headers):
    """The headers of a request the SDK sent; their repr hides credentials."""

    _redaction: Auth

    def __repr__(self) -> str:
        return f"Headers({self._redaction.redact_headers(self)!r})"


class RedactedRequest(httpx.Request):
    """A request the SDK sent; its repr hides credentials (the URL's API keys, its password)."""

    _redaction: Auth

    def __repr__(self) -> str:
        url = without_password(self._redaction.redact_url(self.url))
        return f"<Request({self.method!r}, {url!r})>"


def shown_request(request: httpx.Request | None) -> httpx.Request | None:
    """What an error keeps of a request the SDK sent: a copy whose URL (API-key query
    values, the password) and headers show no credential, without the body."""
    if not isinstance(request, RedactedRequest):
        return request
    auth = request._redaction
    try:
        url = httpx.URL(auth.redact_url(request.url))
    except httpx.InvalidURL:
        # never an error in place of the error: the URL without its query and password
        url = request.url.copy_with(query=None, userinfo=b"")
    return httpx.Request(
        request.method,
        url,
        headers=auth.redact_headers(request.headers),
        extensions=request.extensions,
    )


def redacted(request: httpx.Request, auth: Auth) -> httpx.Request:
    """The same request object (still the one sent, with its real values), whose repr and
    headers' repr hide the credentials of `auth`."""
    request.__class__ = RedactedRequest
    request.headers.__class__ = RedactedHeaders
    cast(RedactedRequest, request)._redaction = auth
    cast(RedactedHeaders, request.headers)._redaction = auth
    return request
