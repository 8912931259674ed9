"""Errors raised by the Relay client.

Everything the SDK raises for a failed call is an `APIError`: `APIConnectionError` when no
response arrived (`APITimeoutError` when it took too long), `APIStatusError` (one subclass
per common status) when the API answered with an error status,
`APIResponseValidationError` when a response does not match the spec, and
`InvalidRequestError` when the call cannot be sent as given, `ResponseTooLargeError` when a
response is larger than `max_response_size`, and
`PaginationLoopError` when the pages of a listing go round in a circle, and
`PaginationLinkError` when a `Link` header (or a next-page URL in the body) names a next
page on another origin. Reading a webhook: `WebhookVerificationError` when its signature
does not verify, `WebhookPayloadError` when its body is no event.
A 3xx the SDK does not return or follow is an `APIStatusError` too: `NotModifiedError`
for a 304 (with the response's `etag`), `RedirectError` for the others (with `location`).
"""

from __future__ import annotations

import importlib
from typing import Any

import httpx2 as httpx

from ._runtime._redaction import shown_request

__all__ = [
    "APIConnectionError",
    "APIError",
    "APIResponseValidationError",
    "APIStatusError",
    "APITimeoutError",
    "AuthenticationError",
    "BadRequestError",
    "ConflictError",
    "InternalServerError",
    "InvalidRequestError",
    "NotFoundError",
    "NotModifiedError",
    "PaginationLinkError",
    "PaginationLoopError",
    "PermissionDeniedError",
    "RateLimitError",
    "RedirectError",
    "ResponseTooLargeError",
    "UnprocessableEntityError",
    "WebhookPayloadError",
    "WebhookVerificationError",
]


class APIError(Exception):
    """Base class of every error this SDK raises."""

    message: str
    request: httpx.Request | None

    def __init__(self, message: str, *, request: httpx.Request | None = None) -> None:
        super().__init__(message)
        self.message = message
        # the request as shown: its URL and headers with the credentials hidden (no body)
        self.request = shown_request(request)


class APIConnectionError(APIError):
    """The request did not get a response: DNS, connection, TLS or protocol failure."""

    _default_message = "Connection error."  # a subclass says its own

    def __init__(
        self, message: str = "", *, request: httpx.Request | None = None
    ) -> None:
        super().__init__(message or self._default_message, request=request)


class APITimeoutError(APIConnectionError):
    """The request timed out."""

    _default_message = "Request timed out."


class InvalidRequestError(APIError, ValueError):
    """The call cannot be sent as given; nothing was sent. A request body that does not
    fit the API description (the message names the argument and the path inside it;
    `validate_requests=False` on the client sends values as given), a header value that
    is not ASCII, a URL on another origin than `base_url`."""


class PaginationLinkError(APIError):
    """The `Link: <...>; rel="next"` header of a page, or the next page's URL in its body,
    names a URL on another origin than `base_url`: it is not followed, so the client's
    credentials never go there."""


class PaginationLoopError(APIError):
    """The next page of a listing is one fetched before (the server's cursors go round,
    a -> b -> a): iterating stops here rather than fetch the same pages forever."""


class WebhookVerificationError(APIError, ValueError):
    """A webhook's signature did not verify: a header missing, a bad or too old (or
    future) timestamp, no signature made with the secret from this body. The message names
    what failed, never the secret or the signature expected."""


class WebhookPayloadError(APIError, ValueError):
    """A webhook's body is not JSON, names no event type, or does not match its event."""


class _ResponseError(APIError):
    """An error that came with a response: it keeps the response, whose request is the
    one shown (credentials hidden), and its status."""

    response: httpx.Response
    status_code: int

    def __init__(self, message: str, *, response: httpx.Response) -> None:
        super().__init__(message, request=response.request)
        response.request = self.request or response.request
        self.response = response
        self.status_code = response.status_code


class APIStatusError(_ResponseError):
    """The API answered with a 4xx or 5xx status (or a 3xx it was not to answer with).

    `body` is the declared error model when the spec declares one for this status, else
    the parsed JSON, else the text of the response. Where the API answers every status
    a class stands for with one model, `body` is always that model (see `declared_body`). `request_id` is the server's id of
    the request (its `x-request-id` or `request-id` header), also shown in the message,
    for support tickets and the server's logs.
    """

    body: object
    request_id: str | None

    def __init__(self, message: str, *, response: httpx.Response, body: object) -> None:
        self.request_id = request_id_of(response)
        if self.request_id is not None:
            message = f"{message} (request id {self.request_id})"
        super().__init__(message, response=response)
        self.body = body


class RedirectError(APIStatusError):
    """A 3xx not followed (the httpx client's `follow_redirects`, or the call's) and not
    declared as an answer: `location` is where it points (its `Location` header)."""

    location: str | None

    def __init__(self, message: str, *, response: httpx.Response, body: object) -> None:
        super().__init__(message, response=response, body=body)
        self.location = response.headers.get("location")


class NotModifiedError(APIStatusError):
    """304 Not Modified: what a conditional request (`If-None-Match`...) holds is still
    current; `etag` is the response's `ETag` (None when it sent none)."""

    etag: str | None

    def __init__(self, message: str, *, response: httpx.Response, body: object) -> None:
        super().__init__(message, response=response, body=body)
        self.etag = response.headers.get("etag")


class BadRequestError(APIStatusError):
    """400 Bad Request."""


class AuthenticationError(APIStatusError):
    """401 Unauthorized."""


class PermissionDeniedError(APIStatusError):
    """403 Forbidden."""


class NotFoundError(APIStatusError):
    """404 Not Found."""


class ConflictError(APIStatusError):
    """409 Conflict."""


class UnprocessableEntityError(APIStatusError):
    """422 Unprocessable Entity."""


class RateLimitError(APIStatusError):
    """429 Too Many Requests."""


class InternalServerError(APIStatusError):
    """A 5xx status: the server failed."""


class APIResponseValidationError(_ResponseError):
    """A successful response whose body does not match what the spec declares."""

    body: object

    def __init__(self, message: str, *, response: httpx.Response, body: object) -> None:
        super().__init__(message, response=response)
        self.body = body


class ResponseTooLargeError(_ResponseError):
    """The response body (decoded), or a line of an event stream, is larger than
    `max_response_size`; reading stopped there, and the connection was closed."""

    limit: int

    def __init__(self, message: str, *, response: httpx.Response, limit: int) -> None:
        super().__init__(message, response=response)
        self.limit = limit


_BY_STATUS: dict[int, type[APIStatusError]] = {
    400: BadRequestError,
    401: AuthenticationError,
    403: PermissionDeniedError,
    404: NotFoundError,
    409: ConflictError,
    422: UnprocessableEntityError,
    429: RateLimitError,
}
# every 5xx status
_SERVER_ERROR: type[APIStatusError] = InternalServerError

# The model an error class's `body` always is, where the API answers every status the
# class stands for with that one model (its name in `models`); the end of the SDK's
# errors.py fills it, and adds classes for the statuses the API declares besides these.
_DECLARED_BODIES: dict[type[APIStatusError], str] = {}


def request_id_of(response: httpx.Response) -> str | None:
    """The server's id of the request: its `x-request-id`, else `request-id` header."""
    for name in ("x-request-id", "request-id"):
        value: str | None = response.headers.get(name)
        if value:
            return value
    return None


def status_error_class(status_code: int) -> type[APIStatusError]:
    """The error class for a status: its own subclass, InternalServerError for 5xx,
    RedirectError for a 3xx other than 304."""
    if status_code >= 500:
        return _SERVER_ERROR
    if status_code == 304:
        return NotModifiedError
    if 300 <= status_code < 400:
        return RedirectError
    return _BY_STATUS.get(status_code, APIStatusError)


def declared_body(error_class: type[APIStatusError]) -> Any:
    """The model every `body` of this class is (its own, or its nearest base's), else None.

    A response that is not one (a proxy's HTML page, an empty body) is read into it as
    far as it fits, else as a blank one: required fields None, required models blank, so
    `error.body.error.code` reads None rather than raise in an `except` block."""
    for klass in error_class.__mro__:
        name = _DECLARED_BODIES.get(klass)
        if name is not None:
            return getattr(importlib.import_module(".models", __package__), name)
    return None


class UnsupportedMediaTypeError(APIStatusError):
    """415 Unsupported Media Type."""


__all__ += ["UnsupportedMediaTypeError"]
_BY_STATUS.update(
    {
        415: UnsupportedMediaTypeError,
    }
)
_DECLARED_BODIES.update(
    {
        APIStatusError: "Error",
    }
)
