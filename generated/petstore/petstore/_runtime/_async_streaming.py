"""Server-sent events read as they arrive, as a stream of typed events.

When the connection drops mid-stream after the server sent event ids, the stream asks
once more with `Last-Event-ID`, so the server can go on where it stopped.

This is the source of the I/O code: scripts/unasync.py derives _sync_streaming.py from it.
"""

from __future__ import annotations

from collections.abc import AsyncGenerator, AsyncIterator, Awaitable, Callable
from typing import Generic, Self, TypeVar

import httpx

from ._concurrency import async_sleep
from ._limits import LineTooLong, too_large
from ._streaming import DONE, LineSplitter, ServerSentEvent, SSEDecoder, broke_off

T = TypeVar("T")


class AsyncStream(Generic[T]):
    """Iterate it for the events' data, typed; `async with stream:` or `await stream.close()`
    stops early."""

    def __init__(
        self,
        response: httpx.Response,
        decode: Callable[[str], T],
        reconnect: Callable[[str], Awaitable[httpx.Response]] | None = None,
        stop_at_done: bool = True,
        max_line: int | None = None,
    ) -> None:
        self.response = response
        self._decode = decode
        self._reconnect = reconnect
        self._stop_at_done = stop_at_done
        # max_response_size: the longest line, and the most data of one event
        self._max_line = max_line
        self._decoder = SSEDecoder(max_line)
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
                lines = LineSplitter(self._max_line)
                async for text in self.response.aiter_text():
                    for line in lines.feed(text):
                        event = self._decoder.decode(line)
                        if event is not None:
                            yield event
                return  # a last line without its line end is no event (the standard)
            except LineTooLong as error:
                what = "a line (or an event) of the event stream"
                raise too_large(self.response, error.limit, what) from None
            except httpx.TransportError as error:
                last_id = self._decoder.last_event_id
                if reconnected or last_id is None or self._reconnect is None:
                    raise broke_off(error, self.response) from error
                reconnected = True
                await self.response.aclose()
                self._decoder.forget_partial()
                await async_sleep(self._decoder.reconnect_delay())
                self.response = await self._reconnect(last_id)
            except httpx.RequestError as error:
                # not worth a reconnection (a decoding error)
                raise broke_off(error, self.response) from error

    async def _iterate(self) -> AsyncGenerator[T, None]:
        try:
            async for event in self._events():
                if self._stop_at_done and event.data == DONE:
                    return
                yield self._decode(event.data)
        finally:
            self._decoder.forget_partial()
            await self.response.aclose()

    async def close(self) -> None:
        await self._iterator.aclose()
        await self.response.aclose()

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(self, *exc_info: object) -> None:
        await self.close()
