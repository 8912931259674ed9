"""Server-sent events: a stream of typed events, read as they arrive.

When the connection drops mid-stream after the server sent event ids, the stream asks
once more with `Last-Event-ID`, so the server can go on where it stopped.
"""

from __future__ import annotations

import time
from collections.abc import (
    AsyncGenerator,
    AsyncIterator,
    Awaitable,
    Callable,
    Generator,
    Iterator,
)
from dataclasses import dataclass
from types import TracebackType
from typing import Generic, Self, TypeVar

import httpx

from .. import errors

T = TypeVar("T")
DONE = "[DONE]"
_MAX_RECONNECT_DELAY = 5.0


@dataclass(frozen=True)
class ServerSentEvent:
    event: str | None
    data: str
    id: str | None
    retry: int | None


class SSEDecoder:
    """The event-stream format of the HTML standard, one line at a time."""

    def __init__(self) -> None:
        self.last_event_id: str | None = None
        self.retry: int | None = None
        self._event: str | None = None
        self._data: list[str] = []

    def decode(self, line: str) -> ServerSentEvent | None:
        """The event a blank line completes, else None."""
        if not line:
            if not self._data:
                self._event = None
                return None
            event = ServerSentEvent(
                self._event, "\n".join(self._data), self.last_event_id, self.retry
            )
            self._event, self._data = None, []
            return event
        if line.startswith(":"):
            return None
        name, _, value = line.partition(":")
        value = value.removeprefix(" ")
        if name == "data":
            self._data.append(value)
        elif name == "event":
            self._event = value
        elif name == "id" and "\0" not in value:
            self.last_event_id = value
        elif name == "retry" and value.isdigit():
            self.retry = int(value)
        return None

    def forget_partial(self) -> None:
        """Drop a half-received event (the connection broke in the middle of it)."""
        self._event, self._data = None, []

    def reconnect_delay(self) -> float:
        return min(self.retry / 1000, _MAX_RECONNECT_DELAY) if self.retry else 0.0


def _broke_off(
    error: httpx.RequestError, response: httpx.Response
) -> errors.APIConnectionError:
    message = f"the event stream broke off: {type(error).__name__}"
    if isinstance(error, httpx.TimeoutException):
        return errors.APITimeoutError(message, request=response.request)
    return errors.APIConnectionError(message, request=response.request)


class Stream(Generic[T]):
    """Iterate it for the events' data, typed; `with stream:` or `close()` stops early."""

    def __init__(
        self,
        response: httpx.Response,
        decode: Callable[[str], T],
        reconnect: Callable[[str], httpx.Response] | None = None,
        stop_at_done: bool = True,
    ) -> None:
        self.response = response
        self._decode = decode
        self._reconnect = reconnect
        self._stop_at_done = stop_at_done
        self._decoder = SSEDecoder()
        self._iterator = self._iterate()

    @property
    def last_event_id(self) -> str | None:
        return self._decoder.last_event_id

    def __iter__(self) -> Iterator[T]:
        return self._iterator

    def __next__(self) -> T:
        return next(self._iterator)

    def _events(self) -> Iterator[ServerSentEvent]:
        reconnected = False
        while True:
            try:
                for line in self.response.iter_lines():
                    event = self._decoder.decode(line)
                    if event is not None:
                        yield event
                return
            except httpx.TransportError as error:
                last_id = self._decoder.last_event_id
                if reconnected or last_id is None or self._reconnect is None:
                    raise _broke_off(error, self.response) from error
                reconnected = True
                self.response.close()
                self._decoder.forget_partial()
                time.sleep(self._decoder.reconnect_delay())
                self.response = self._reconnect(last_id)
            except (
                httpx.RequestError
            ) as error:  # not worth a reconnection (a decoding error)
                raise _broke_off(error, self.response) from error

    def _iterate(self) -> Generator[T, None, None]:
        try:
            for event in self._events():
                if self._stop_at_done and event.data == DONE:
                    return
                yield self._decode(event.data)
        finally:
            self.response.close()

    def close(self) -> None:
        self._iterator.close()
        self.response.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()


class AsyncStream(Generic[T]):
    """`async for` it for the events' data, typed; `async with stream:` or `await close()`."""

    def __init__(
        self,
        response: httpx.Response,
        decode: Callable[[str], T],
        reconnect: Callable[[str], Awaitable[httpx.Response]] | None = None,
        stop_at_done: bool = True,
    ) -> None:
        self.response = response
        self._decode = decode
        self._reconnect = reconnect
        self._stop_at_done = stop_at_done
        self._decoder = SSEDecoder()
        self._iterator = self._iterate()

    @property
    def last_event_id(self) -> str | None:
        return self._decoder.last_event_id

    def __aiter__(self) -> AsyncIterator[T]:
        return self._iterator

    async def __anext__(self) -> T:
        return await self._iterator.__anext__()

    async def _events(self) -> AsyncIterator[ServerSentEvent]:
        reconnected = False
        while True:
            try:
                async for line in self.response.aiter_lines():
                    event = self._decoder.decode(line)
                    if event is not None:
                        yield event
                return
            except httpx.TransportError as error:
                last_id = self._decoder.last_event_id
                if reconnected or last_id is None or self._reconnect is None:
                    raise _broke_off(error, self.response) from error
                reconnected = True
                await self.response.aclose()
                self._decoder.forget_partial()
                import asyncio  # here: a program that never awaits does not load asyncio

                await asyncio.sleep(self._decoder.reconnect_delay())
                self.response = await self._reconnect(last_id)
            except (
                httpx.RequestError
            ) as error:  # not worth a reconnection (a decoding error)
                raise _broke_off(error, self.response) from error

    async def _iterate(self) -> AsyncGenerator[T, None]:
        try:
            async for event in self._events():
                if self._stop_at_done and event.data == DONE:
                    return
                yield self._decode(event.data)
        finally:
            await self.response.aclose()

    async def close(self) -> None:
        await self._iterator.aclose()
        await self.response.aclose()

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        await self.close()
