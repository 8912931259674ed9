"""What the two clients wait with: a gate in front of the connection pool, and a pause.

Threads and asyncio differ here, so both flavours are written by hand, side by side;
scripts/unasync.py turns the async names into the sync ones (`AsyncGate` -> `SyncGate`,
`async_sleep` -> `sleep`) when it derives the sync client. asyncio is imported on first
use: a program that only uses the sync client never loads it (about 15 ms of `import`).
"""

from __future__ import annotations

import contextlib
import threading
import time
from collections.abc import AsyncIterator, Iterator
from typing import TYPE_CHECKING

import httpx2 as httpx

if TYPE_CHECKING:
    import asyncio


def pool_timeout(request: httpx.Request) -> float | None:
    """The pool part of the request's timeout: how long a call may wait for a connection."""
    timeout = request.extensions.get("timeout", {})
    value = timeout.get("pool") if isinstance(timeout, dict) else None
    return float(value) if value is not None else None


class SyncGate:
    """At most `size` calls in flight, so that none waits inside httpcore's connection pool.

    httpcore's pool slows down quadratically with the requests queued in it (and with
    hundreds queued it gives up with PoolTimeout): callers beyond the pool's size wait
    here instead, on a plain semaphore, in the order they came.
    """

    def __init__(self, size: int) -> None:
        self._semaphore = threading.BoundedSemaphore(size)

    @contextlib.contextmanager
    def slot(self, timeout: float | None, request: httpx.Request) -> Iterator[None]:
        if not self._semaphore.acquire(timeout=timeout):
            raise httpx.PoolTimeout(
                "no connection became free in time", request=request
            )
        try:
            yield
        finally:
            self._semaphore.release()


class AsyncGate:
    """The async flavour of SyncGate (one semaphore per event loop)."""

    def __init__(self, size: int) -> None:
        self._size = size
        self._semaphores: dict[int, asyncio.Semaphore] = {}

    @contextlib.asynccontextmanager
    async def slot(
        self, timeout: float | None, request: httpx.Request
    ) -> AsyncIterator[None]:
        import asyncio  # on first use (see the module's docstring)

        loop = id(asyncio.get_running_loop())
        semaphore = self._semaphores.get(loop)
        if semaphore is None:
            self._semaphores = {
                loop: asyncio.Semaphore(self._size)
            }  # a client lives in one loop
            semaphore = self._semaphores[loop]
        try:
            await asyncio.wait_for(semaphore.acquire(), timeout)
        except TimeoutError:
            raise httpx.PoolTimeout(
                "no connection became free in time", request=request
            ) from None
        try:
            yield
        finally:
            semaphore.release()


def sleep(seconds: float) -> None:
    """The sync client's wait between attempts."""
    time.sleep(seconds)


async def async_sleep(seconds: float) -> None:
    """The async client's wait between attempts."""
    import asyncio  # on first use (see the module's docstring)

    await asyncio.sleep(seconds)
