"""Streamed responses and the `with_raw_response` / `with_streaming_response` wrappers.

This is the source of the I/O code: scripts/unasync.py derives _sync_response.py from it.
"""

from __future__ import annotations

import functools
from collections.abc import AsyncIterator, Awaitable, Callable, Sized
from typing import TYPE_CHECKING, Any, Concatenate, Generic, ParamSpec, TypeVar, cast

import httpx

from ._lazy import _Cached
from ._limits import declared_too_large, too_large
from ._response import RESPONSE_MODE, APIResponse, _ResponseFacts, transport_error

P = ParamSpec("P")
T = TypeVar("T")
R = TypeVar("R")
S = TypeVar("S", bound=Sized)


async def _awrapped(
    response: httpx.Response, chunks: AsyncIterator[S], limit: int | None = None
) -> AsyncIterator[S]:
    """The chunks, with httpx's errors as SDK errors; past `limit` bytes (or characters)
    in all, ResponseTooLargeError."""
    size = 0
    try:
        async for chunk in chunks:
            size += len(chunk)
            if limit is not None and size > limit:
                raise too_large(response, limit)
            yield chunk
    except httpx.RequestError as error:
        raise transport_error(error, response.request) from error


async def read_limited(response: httpx.Response, limit: int | None) -> bytes:
    """`response.aread()`, but no more than `limit` bytes of decoded body: past it, the
    response is closed and ResponseTooLargeError raised, with nothing more buffered."""
    if limit is None:
        return await response.aread()
    try:
        return response.content  # read before
    except httpx.ResponseNotRead:
        pass
    if declared_too_large(response, limit):
        await response.aclose()
        raise too_large(response, limit)
    chunks = []
    size = 0
    try:
        async for chunk in response.aiter_bytes():
            size += len(chunk)
            if size > limit:
                raise too_large(response, limit)
            chunks.append(chunk)
    finally:
        await response.aclose()
    # what aread() keeps: response.content and .text read it from here
    response._content = b"".join(chunks)
    return response._content


class AsyncStreamedResponse(_ResponseFacts[T]):
    """A response whose body has not been read: iterate it (`aiter_bytes()`, `aiter_text()`,
    `aiter_lines()`), or `await parse()` to read it all."""

    def __init__(
        self,
        http_response: httpx.Response,
        retries_taken: int,
        parser: Callable[[httpx.Response], T],
        read_limit: int | None = None,
        parse_limit: int | None = None,
    ) -> None:
        super().__init__(http_response, retries_taken, parser)
        # max_response_size for reading as you go (none unless set), and for parse()
        self._read_limit = read_limit
        self._parse_limit = parse_limit

    def aiter_bytes(self, chunk_size: int | None = None) -> AsyncIterator[bytes]:
        return _awrapped(
            self.http_response,
            self.http_response.aiter_bytes(chunk_size),
            self._read_limit,
        )

    def aiter_text(self, chunk_size: int | None = None) -> AsyncIterator[str]:
        return _awrapped(
            self.http_response,
            self.http_response.aiter_text(chunk_size),
            self._read_limit,
        )

    def aiter_lines(self) -> AsyncIterator[str]:
        return _awrapped(
            self.http_response, self.http_response.aiter_lines(), self._read_limit
        )

    async def read(self) -> bytes:
        return await self._read(self._read_limit)

    async def _read(self, limit: int | None) -> bytes:
        try:
            return await read_limited(self.http_response, limit)
        except httpx.RequestError as error:
            raise transport_error(error, self.http_response.request) from error

    async def parse(self) -> T:
        await self._read(self._parse_limit)
        return self._parser(self.http_response)

    async def close(self) -> None:
        await self.http_response.aclose()


class AsyncResponseContextManager(Generic[R]):
    """`async with client.x.with_streaming_response.op(...) as response:` closes the response
    on exit."""

    def __init__(
        self, open_response: Callable[[], Awaitable[AsyncStreamedResponse[Any]]]
    ) -> None:
        self._open = open_response
        self._response: AsyncStreamedResponse[Any] | None = None

    async def __aenter__(self) -> R:
        self._response = await self._open()
        return cast(R, self._response)

    async def __aexit__(self, *exc_info: object) -> None:
        if self._response is not None:
            await self._response.close()


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


# The views' methods: `owner.with_raw_response.<name>` is the owner's method of that name,
# wrapped. Each is declared with the method it wraps (`create = AsyncRawView(Pets.create)`),
# which types it for type checkers (its parameters, its result in a response) with no
# protocol written out per method; at run time it wraps the method of the view's owner,
# once per view.


class _AsyncMethodView(_Cached, Generic[P, T]):
    """A view's method, typed by the method it is declared with."""

    __slots__ = ()

    def __init__(self, method: Callable[Concatenate[Any, P], Awaitable[T]]) -> None:
        del method  # it types the view; the one called is the owner's, by name


class AsyncRawView(_AsyncMethodView[P, T]):
    """A method giving the HTTP response (`parse()` gives the usual result)."""

    __slots__ = ()

    if TYPE_CHECKING:  # what the method gives; at run time `_Cached.__get__`

        def __get__(
            self, instance: Any, owner: type[Any] | None = None
        ) -> Callable[P, Awaitable[APIResponse[T]]]: ...

    def _make(self, instance: Any) -> Any:
        return async_to_raw_response_wrapper(getattr(instance._owner, self._name))


class AsyncStreamingView(_AsyncMethodView[P, T]):
    """A method giving a context manager over the response, its body not read yet."""

    __slots__ = ()

    if TYPE_CHECKING:  # what the method gives; at run time `_Cached.__get__`

        def __get__(
            self, instance: Any, owner: type[Any] | None = None
        ) -> Callable[P, AsyncResponseContextManager[AsyncStreamedResponse[T]]]: ...

    def _make(self, instance: Any) -> Any:
        return async_to_streamed_response_wrapper(getattr(instance._owner, self._name))
