"""`with_raw_response` and `with_streaming_response`: the HTTP response beside the typed result.

The wrappers set a context variable that the client reads when it sends the call, so the
generated methods keep one signature and need no hidden arguments.

This module holds what both flavours share, with no I/O; the streamed responses and the
wrappers are in _async_response.py (the source) and _sync_response.py (derived from it by
scripts/unasync.py).
"""

from __future__ import annotations

from collections.abc import Callable
from contextvars import ContextVar
from typing import Any, Generic, Literal, TypeVar, overload

import httpx2 as httpx

from .. import errors
from ._foreign import error_name
from ._types import PACKAGE

T = TypeVar("T")
U = TypeVar("U")

ResponseMode = Literal["parsed", "raw", "stream"]
RESPONSE_MODE: ContextVar[ResponseMode] = ContextVar(
    f"{PACKAGE}_response_mode", default="parsed"
)


def transport_error(
    error: httpx.RequestError, request: httpx.Request
) -> errors.APIConnectionError:
    """The SDK error for an httpx error: no raw httpx exception reaches the caller."""
    if isinstance(error, httpx.TimeoutException):
        return errors.APITimeoutError(
            f"Request timed out ({type(error).__name__}).", request=request
        )
    return errors.APIConnectionError(
        f"Connection error: {error_name(error)}", request=request
    )


class _ResponseFacts(Generic[T]):
    """What every kind of response wrapper holds (the HTTP response, the retries it took,
    the parser of the typed result) and tells about the HTTP response."""

    def __init__(
        self,
        http_response: httpx.Response,
        retries_taken: int,
        parser: Callable[[httpx.Response], T],
    ) -> None:
        self.http_response = http_response
        self.retries_taken = retries_taken
        self._parser = parser

    @property
    def status_code(self) -> int:
        return self.http_response.status_code

    @property
    def headers(self) -> httpx.Headers:
        return self.http_response.headers

    @property
    def request_id(self) -> str | None:
        """The server's id of the request (its `x-request-id` or `request-id` header)."""
        return errors.request_id_of(self.http_response)

    @property
    def url(self) -> httpx.URL:
        return self.http_response.url

    @property
    def elapsed(self) -> float:
        """Seconds from sending the request to reading the response headers."""
        return self.http_response.elapsed.total_seconds()

    def __repr__(self) -> str:
        return f"<{type(self).__name__} {self.status_code} {self.http_response.request.method} {self.url.path}>"


class APIResponse(_ResponseFacts[T]):
    """A response read in full; `parse()` gives the typed result the method would return."""

    @property
    def content(self) -> bytes:
        return self.http_response.content

    @property
    def text(self) -> str:
        return self.http_response.text

    def json(self) -> Any:
        return self.http_response.json()

    @overload
    def parse(self) -> T: ...
    @overload
    def parse(self, *, to: type[U]) -> U: ...
    def parse(self, *, to: Any = None) -> Any:
        """The typed result the method would return; `to=`: the body read as another type
        (a model, `list[Model]`, `dict`, `str`, `bytes`, or `httpx.Response` as it is)."""
        if to is None:
            return self._parser(self.http_response)
        return parsed_as(self.http_response, to)


def parsed_as(response: httpx.Response, to: Any) -> Any:
    """`response`'s body read as `to`: text, bytes, the response itself, or validated JSON."""
    if to is str:
        return response.text
    if to is bytes:
        return response.content
    if to is httpx.Response:
        return response
    from pydantic import ValidationError

    from ._serialize import adapter_for

    try:
        return adapter_for(to).validate_json(response.content)
    except ValidationError as error:
        raise errors.APIResponseValidationError(
            f"the response body is not a {getattr(to, '__name__', to)!s}: "
            f"{error.error_count()} error(s)",
            response=response,
            body=None,
        ) from error
