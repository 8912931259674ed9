"""`with_raw_response` and `with_streaming_response`: the HTTP response beside the typed result.

The wrappers set a context variable that the client reads when it sends the call, so the
generated methods keep one signature and need no hidden arguments.
"""

from __future__ import annotations

import functools
from collections.abc import AsyncIterator, Awaitable, Callable, Iterator
from contextvars import ContextVar
from types import TracebackType
from typing import Any, Generic, Literal, ParamSpec, TypeVar, cast

import httpx

from .. import errors

P = ParamSpec("P")
T = TypeVar("T")
R = TypeVar("R")

ResponseMode = Literal["parsed", "raw", "stream"]
RESPONSE_MODE: ContextVar[ResponseMode] = ContextVar(
    "showcase_response_mode", default="parsed"
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
        f"Connection error: {type(error).__name__}", request=request
    )


def _wrapped(response: httpx.Response, chunks: Iterator[R]) -> Iterator[R]:
    try:
        yield from chunks
    except httpx.RequestError as error:
        raise transport_error(error, response.request) from error


async def _awrapped(
    response: httpx.Response, chunks: AsyncIterator[R]
) -> AsyncIterator[R]:
    try:
        async for chunk in chunks:
            yield chunk
    except httpx.RequestError as error:
        raise transport_error(error, response.request) from error


class _ResponseFacts:
    """What every kind of response wrapper tells about the HTTP response."""

    http_response: httpx.Response
    retries_taken: int

    @property
    def status_code(self) -> int:
        return self.http_response.status_code

    @property
    def headers(self) -> httpx.Headers:
        return self.http_response.headers

    @property
    def url(self) -> httpx.URL:
        return self.http_response.url

    @property
    def elapsed(self) -> float:
        """Seconds from sending the request to reading the response headers."""
        return self.http_response.elapsed.total_seconds()

    def __repr__(self) -> str:
        return f"<{type(self).__name__} {self.status_code} {self.http_response.request.method} {self.url.path}>"


class APIResponse(_ResponseFacts, Generic[T]):
    """A response read in full; `parse()` gives the typed result the method would return."""

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
    def content(self) -> bytes:
        return self.http_response.content

    @property
    def text(self) -> str:
        return self.http_response.text

    def json(self) -> Any:
        return self.http_response.json()

    def parse(self) -> T:
        return self._parser(self.http_response)


class StreamedResponse(_ResponseFacts, Generic[T]):
    """A response whose body has not been read: iterate it, or `parse()` to read it all."""

    def __init__(
        self,
        http_response: httpx.Response,
        retries_taken: int,
        parser: Callable[[httpx.Response], T],
    ) -> None:
        self.http_response = http_response
        self.retries_taken = retries_taken
        self._parser = parser

    def iter_bytes(self, chunk_size: int | None = None) -> Iterator[bytes]:
        return _wrapped(self.http_response, self.http_response.iter_bytes(chunk_size))

    def iter_text(self, chunk_size: int | None = None) -> Iterator[str]:
        return _wrapped(self.http_response, self.http_response.iter_text(chunk_size))

    def iter_lines(self) -> Iterator[str]:
        return _wrapped(self.http_response, self.http_response.iter_lines())

    def read(self) -> bytes:
        try:
            return self.http_response.read()
        except httpx.RequestError as error:
            raise transport_error(error, self.http_response.request) from error

    def parse(self) -> T:
        self.read()
        return self._parser(self.http_response)

    def close(self) -> None:
        self.http_response.close()


class AsyncStreamedResponse(_ResponseFacts, Generic[T]):
    """The async flavour of StreamedResponse: `aiter_*`, and `await parse()`."""

    def __init__(
        self,
        http_response: httpx.Response,
        retries_taken: int,
        parser: Callable[[httpx.Response], T],
    ) -> None:
        self.http_response = http_response
        self.retries_taken = retries_taken
        self._parser = parser

    def aiter_bytes(self, chunk_size: int | None = None) -> AsyncIterator[bytes]:
        return _awrapped(self.http_response, self.http_response.aiter_bytes(chunk_size))

    def aiter_text(self, chunk_size: int | None = None) -> AsyncIterator[str]:
        return _awrapped(self.http_response, self.http_response.aiter_text(chunk_size))

    def aiter_lines(self) -> AsyncIterator[str]:
        return _awrapped(self.http_response, self.http_response.aiter_lines())

    async def read(self) -> bytes:
        try:
            return await self.http_response.aread()
        except httpx.RequestError as error:
            raise transport_error(error, self.http_response.request) from error

    async def parse(self) -> T:
        await self.read()
        return self._parser(self.http_response)

    async def close(self) -> None:
        await self.http_response.aclose()


class ResponseContextManager(Generic[R]):
    """`with client.x.with_streaming_response.op(...) as response:` closes the response on exit."""

    def __init__(self, open_response: Callable[[], StreamedResponse[Any]]) -> None:
        self._open = open_response
        self._response: StreamedResponse[Any] | None = None

    def __enter__(self) -> R:
        self._response = self._open()
        return cast(R, self._response)

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        if self._response is not None:
            self._response.close()


class AsyncResponseContextManager(Generic[R]):
    """`async with client.x.with_streaming_response.op(...) as response:`."""

    def __init__(
        self, open_response: Callable[[], Awaitable[AsyncStreamedResponse[Any]]]
    ) -> None:
        self._open = open_response
        self._response: AsyncStreamedResponse[Any] | None = None

    async def __aenter__(self) -> R:
        self._response = await self._open()
        return cast(R, self._response)

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        if self._response is not None:
            await self._response.close()


def to_raw_response_wrapper(method: Callable[P, T]) -> Callable[P, APIResponse[T]]:
    @functools.wraps(method)
    def wrapped(*args: P.args, **kwargs: P.kwargs) -> APIResponse[T]:
        token = RESPONSE_MODE.set("raw")
        try:
            return cast(APIResponse[T], method(*args, **kwargs))
        finally:
            RESPONSE_MODE.reset(token)

    return wrapped


def async_to_raw_response_wrapper(
    method: Callable[P, Awaitable[T]],
) -> Callable[P, Awaitable[APIResponse[T]]]:
    @functools.wraps(method)
    async def wrapped(*args: P.args, **kwargs: P.kwargs) -> APIResponse[T]:
        token = RESPONSE_MODE.set("raw")
        try:
            return cast(APIResponse[T], await method(*args, **kwargs))
        finally:
            RESPONSE_MODE.reset(token)

    return wrapped


def to_streamed_response_wrapper(
    method: Callable[P, T],
) -> Callable[P, ResponseContextManager[StreamedResponse[T]]]:
    @functools.wraps(method)
    def wrapped(
        *args: P.args, **kwargs: P.kwargs
    ) -> ResponseContextManager[StreamedResponse[T]]:
        def open_response() -> StreamedResponse[Any]:
            token = RESPONSE_MODE.set("stream")
            try:
                return cast(StreamedResponse[Any], method(*args, **kwargs))
            finally:
                RESPONSE_MODE.reset(token)

        return ResponseContextManager(open_response)

    return wrapped


def async_to_streamed_response_wrapper(
    method: Callable[P, Awaitable[T]],
) -> Callable[P, AsyncResponseContextManager[AsyncStreamedResponse[T]]]:
    @functools.wraps(method)
    def wrapped(
        *args: P.args, **kwargs: P.kwargs
    ) -> AsyncResponseContextManager[AsyncStreamedResponse[T]]:
        async def open_response() -> AsyncStreamedResponse[Any]:
            token = RESPONSE_MODE.set("stream")
            try:
                return cast(AsyncStreamedResponse[Any], await method(*args, **kwargs))
            finally:
                RESPONSE_MODE.reset(token)

        return AsyncResponseContextManager(open_response)

    return wrapped
