"""The deadline of a call: one limit for all its attempts and waits, body reading included.

No I/O here: both clients ask these functions what the deadline leaves for an attempt.
"""

from __future__ import annotations

import time
from collections.abc import AsyncIterator, Iterator
from typing import Any

import httpx2 as httpx


class DeadlineExceeded(Exception):
    """The deadline passed before an attempt could start."""


class DeadlinePassed(httpx.ReadTimeout):
    """The call's deadline passed while the body was still arriving (however slowly)."""


class DeadlineStream(httpx.SyncByteStream, httpx.AsyncByteStream):
    """A response body that stops when the call's deadline passes, not only when a read stalls."""

    def __init__(self, stream: Any, deadline_at: float, request: httpx.Request) -> None:
        self._stream = stream
        self._deadline_at = deadline_at
        self._request = request

    def _check(self) -> None:
        if time.monotonic() > self._deadline_at:
            raise DeadlinePassed(
                "the deadline passed while reading the body", request=self._request
            )

    def __iter__(self) -> Iterator[bytes]:
        for chunk in self._stream:
            self._check()
            yield chunk

    async def __aiter__(self) -> AsyncIterator[bytes]:
        async for chunk in self._stream:
            self._check()
            yield chunk

    def close(self) -> None:
        self._stream.close()

    async def aclose(self) -> None:
        await self._stream.aclose()


def deadline_from_now(seconds: float | None) -> float | None:
    """The monotonic time a call that starts now must end by (None: no deadline)."""
    return None if seconds is None else time.monotonic() + seconds


def capped_timeout(
    timeout: float | httpx.Timeout | None, deadline_at: float | None
) -> float | httpx.Timeout | None:
    """The timeout of the next attempt: the configured one, cut to what the deadline leaves.

    Raises DeadlineExceeded when nothing is left.
    """
    if deadline_at is None:
        return timeout
    remaining = deadline_at - time.monotonic()
    if remaining <= 0:
        raise DeadlineExceeded
    if timeout is None:
        return remaining
    if isinstance(timeout, httpx.Timeout):
        return httpx.Timeout(
            connect=_at_most(timeout.connect, remaining),
            read=_at_most(timeout.read, remaining),
            write=_at_most(timeout.write, remaining),
            pool=_at_most(timeout.pool, remaining),
        )
    return min(float(timeout), remaining)


def fits(delay: float, deadline_at: float | None) -> bool:
    """Whether a retry after `delay` would still start before the deadline."""
    return deadline_at is None or time.monotonic() + delay < deadline_at


def _at_most(value: float | None, limit: float) -> float:
    return limit if value is None else min(value, limit)
