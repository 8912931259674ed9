"""When a failed attempt may be repeated, and how long to wait first.

Writes are never duplicated: a POST or PATCH is repeated only when the request never
left (the connection could not be made), on 429 (the server refused it unprocessed), or
when it carries an idempotency key (in `Idempotency-Key` or the header the SDK is
configured with), so the server can recognise a repeat.

The server may decide for a response: `x-should-retry: false` keeps it (no retry),
`x-should-retry: true` allows a retry of any request and status; `max_retries` and the
deadline still limit both.
"""

from __future__ import annotations

import email.utils
import random
import time

import httpx2 as httpx

from ._deadline import fits
from ._foreign import ForeignError
from ._types import INITIAL_RETRY_DELAY, MAX_RETRY_AFTER, MAX_RETRY_DELAY

RETRYABLE_STATUSES = frozenset({408, 429, 500, 502, 503, 504})
UNSAFE_METHODS = frozenset({"POST", "PATCH"})
# the header an idempotency key goes in when the SDK is configured with none (the IETF
# draft's name); a request that carries it is safe to repeat
IDEMPOTENCY_HEADER = "Idempotency-Key"
# errors raised before a single byte of the request was sent
_NEVER_SENT = (httpx.ConnectError, httpx.ConnectTimeout, httpx.PoolTimeout)
# errors after which the request may or may not have reached the server
_MAYBE_SENT = (
    httpx.TimeoutException,
    httpx.NetworkError,
    httpx.RemoteProtocolError,
    ForeignError,
)


def _repeatable(request: httpx.Request, idempotency_header: str | None) -> bool:
    if request.method not in UNSAFE_METHODS or IDEMPOTENCY_HEADER in request.headers:
        return True
    return idempotency_header is not None and idempotency_header in request.headers


def may_retry_error(
    error: httpx.RequestError,
    request: httpx.Request,
    idempotency_header: str | None = None,
) -> bool:
    if isinstance(error, _NEVER_SENT):
        return True
    return isinstance(error, _MAYBE_SENT) and _repeatable(request, idempotency_header)


def server_says_retry(response: httpx.Response) -> bool | None:
    """The server's own word (`x-should-retry: true` or `false`), or None when it gives none."""
    value = response.headers.get("x-should-retry", "").strip().lower()
    return {"true": True, "false": False}.get(value)


def may_retry_status(
    response: httpx.Response, idempotency_header: str | None = None
) -> bool:
    # the server's word wins: `true` vouches that a repeat is safe (even of a POST or
    # a status not retried otherwise), `false` forbids one
    if response.status_code < 400:
        return False  # an answer, not a failure: nothing to repeat
    told = server_says_retry(response)
    if told is not None:
        return told
    if response.status_code == 429:
        return True
    return response.status_code in RETRYABLE_STATUSES and _repeatable(
        response.request, idempotency_header
    )


def server_delay(response: httpx.Response | None) -> float | None:
    """The wait `retry-after-ms` or `Retry-After` (seconds or an HTTP date) asks for."""
    if response is None:
        return None
    milliseconds = response.headers.get("retry-after-ms")
    if milliseconds is not None:
        try:
            return float(milliseconds) / 1000
        except ValueError:
            pass
    value = response.headers.get("retry-after")
    if value is None:
        return None
    try:
        return float(value)
    except ValueError:
        pass
    try:
        # a year beyond Python's dates overflows: no wish the client can follow
        return email.utils.parsedate_to_datetime(value).timestamp() - time.time()
    except (TypeError, ValueError, IndexError, OverflowError):
        return None


def retry_delay(retries_taken: int, response: httpx.Response | None) -> float:
    """The server's wish (at most 60 s), else exponential backoff with jitter (0.5 s to 8 s)."""
    asked = server_delay(response)
    if asked is not None and asked >= 0:  # NaN and negative waits are no wish at all
        return min(asked, MAX_RETRY_AFTER)
    # the exponent is capped first: 2.0**1100 overflows before min() could cap the result
    backoff = min(INITIAL_RETRY_DELAY * 2.0 ** min(retries_taken, 32), MAX_RETRY_DELAY)
    return backoff * (1 - 0.25 * random.random())


def wait_after_error(
    error: httpx.RequestError,
    request: httpx.Request,
    retries_taken: int,
    max_retries: int,
    deadline_at: float | None,
    idempotency_header: str | None = None,
) -> float | None:
    """The wait before repeating an attempt that got no response, or None to give up."""
    allowed = may_retry_error(error, request, idempotency_header)
    return _wait(allowed, None, retries_taken, max_retries, deadline_at)


def wait_after_status(
    response: httpx.Response,
    retries_taken: int,
    max_retries: int,
    deadline_at: float | None,
    idempotency_header: str | None = None,
) -> float | None:
    """The wait before repeating an attempt that got this response, or None to keep it."""
    allowed = may_retry_status(response, idempotency_header)
    return _wait(allowed, response, retries_taken, max_retries, deadline_at)


def _wait(
    allowed: bool,
    response: httpx.Response | None,
    retries_taken: int,
    max_retries: int,
    deadline_at: float | None,
) -> float | None:
    """The wait before the next attempt: None when a retry is not allowed, none is left,
    or the deadline comes before the wait ends."""
    if not allowed or retries_taken >= max_retries:
        return None
    delay = retry_delay(retries_taken, response)
    return delay if fits(delay, deadline_at) else None
