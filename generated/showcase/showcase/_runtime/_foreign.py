"""Exceptions from outside httpx while a request is sent or its body read.

A transport of the caller's `http_client` may raise anything (a RuntimeError, an OSError
of its own), and httpx itself lets `idna.core.InvalidCodepoint` out when it reads the host
of a redirect's `Location` (`xn--ls8h`). Each becomes a `ForeignError`, an httpx
TransportError, so the client treats it as a failed connection: `APIConnectionError`
(the original chained as its cause), retried as one that may have reached the server.
What is not a failure of the call passes through as it is: KeyboardInterrupt,
asyncio.CancelledError and every other BaseException, MemoryError, httpx's own errors and
the SDK's.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator
from typing import Any

import httpx2 as httpx

from .. import errors

_PASSED_THROUGH = (
    httpx.HTTPError,
    httpx.InvalidURL,
    httpx.CookieConflict,
    httpx.StreamError,
    errors.APIError,
    MemoryError,
    # a test's failed check (the test kit's MockAPIError) is never a failed connection
    AssertionError,
)


class ForeignError(httpx.TransportError):
    """An exception from outside httpx, raised while sending or reading a response."""

    def __init__(self, error: Exception, request: httpx.Request) -> None:
        # the type only: the text of another library's error may quote anything
        self.name = type(error).__name__
        super().__init__(
            f"{type(error).__module__}.{type(error).__qualname__} while sending",
            request=request,
        )


def error_name(error: Exception) -> str:
    """The name an SDK error gives a transport failure: the original's for a ForeignError."""
    return error.name if isinstance(error, ForeignError) else type(error).__name__


def foreign(error: BaseException, request: httpx.Request) -> ForeignError | None:
    """`error` as a ForeignError, or None when it passes through as it is."""
    if not isinstance(error, Exception) or isinstance(error, _PASSED_THROUGH):
        return None
    return ForeignError(error, request)


class ForeignGuard(httpx.SyncByteStream, httpx.AsyncByteStream):
    """A response body whose reading raises a ForeignError, not what the transport raised."""

    def __init__(self, stream: Any, request: httpx.Request) -> None:
        self._stream = stream
        self._request = request

    def __iter__(self) -> Iterator[bytes]:
        try:
            yield from self._stream
        except Exception as error:
            wrapped = foreign(error, self._request)
            if wrapped is None:
                raise
            raise wrapped from error

    async def __aiter__(self) -> AsyncIterator[bytes]:
        try:
            async for chunk in self._stream:
                yield chunk
        except Exception as error:
            wrapped = foreign(error, self._request)
            if wrapped is None:
                raise
            raise wrapped from error

    def close(self) -> None:
        self._stream.close()

    async def aclose(self) -> None:
        await self._stream.aclose()
