"""One request on the wire: the redirect it may ask for, the http_client auth it is sent
with, its log lines, and the id that ties the requests of one call together (no I/O).

Every record of a call carries its id, in the message (`call_id=...`) and as
`record.call_id` (extra), so that one call's attempts can be followed in a log.
"""

from __future__ import annotations

import logging
import time
from typing import Any

import httpx2 as httpx

from ._auth import Auth
from ._pagination import _origin
from ._redaction import redacted
from ._types import PACKAGE

log = logging.getLogger(PACKAGE)
# the request extension that carries a call's id to every log record of the call
CALL_ID = f"{PACKAGE}_call_id"
# the request extension that carries the URL a call was sent to: base_url, or the server
# of an operation that has its own (see `_endpoint.operation_server`); its credentials
# go to that origin, and follow no redirect to another
HOME = f"{PACKAGE}_home"


class Hops:
    """What a client does with each request it sends, besides sending it."""

    _base_url: str
    _auth: Auth

    def _http_client_auth(self, request: httpx.Request) -> Any:
        """The `auth` to send `request` with: the http_client's own (`httpx.Client(auth=...)`)
        on the call's origin, none on another (where a redirect led): httpx applies a
        client's auth to every request it sends, and the SDK sends each hop itself."""
        if _origin(request.url) == self._home(request):
            return httpx.USE_CLIENT_DEFAULT
        return None

    def _redirect_request(
        self, request: httpx.Request, response: httpx.Response
    ) -> httpx.Request:
        """The request a redirect asks for; credentials never go to another origin than the call's."""
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
        if _origin(url) != self._home(request):
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

    def _home(self, request: httpx.Request) -> tuple[str, str, int | None]:
        """The origin a call was sent to (see HOME), where its credentials belong."""
        home = request.extensions.get(HOME)
        return _origin(httpx.URL(home if isinstance(home, str) else self._base_url))

    def _log_request(self, request: httpx.Request, attempt: int) -> None:
        if log.isEnabledFor(logging.DEBUG):
            self._debug(
                request,
                "request: %(method)s %(url)s call_id=%(call_id)s attempt=%(attempt)d "
                "headers=%(headers)s",
                attempt=attempt,
                headers=self._auth.redact_headers(request.headers),
            )

    def _log_outcome(
        self, request: httpx.Request, attempt: int, started: float, outcome: str
    ) -> None:
        if log.isEnabledFor(logging.DEBUG):
            self._debug(
                request,
                "response: %(method)s %(url)s -> %(outcome)s call_id=%(call_id)s "
                "attempt=%(attempt)d elapsed=%(elapsed).3fs",
                outcome=outcome,
                attempt=attempt,
                elapsed=time.monotonic() - started,
            )

    def _log_retry(
        self, request: httpx.Request, delay: float, retries: int, max_retries: int
    ) -> None:
        if log.isEnabledFor(logging.DEBUG):
            self._debug(
                request,
                "retrying %(method)s %(url)s in %(delay).2fs (retry %(retry)d of "
                "%(max_retries)d) call_id=%(call_id)s",
                delay=delay,
                retry=retries + 1,
                max_retries=max_retries,
            )

    def _debug(self, request: httpx.Request, message: str, **values: object) -> None:
        """A DEBUG record about `request`: its method, redacted URL and call id besides
        `values`, named in `message`; the call id also as `record.call_id`."""
        call_id = call_id_of(request)
        fields = {
            "method": request.method,
            "url": self._auth.redact_url(request.url),
            "call_id": call_id,
            **values,
        }
        log.debug(message, fields, extra={"call_id": call_id})


def call_id_of(request: httpx.Request) -> str | None:
    value = request.extensions.get(CALL_ID)
    return value if isinstance(value, str) else None
