"""How much of a response the client holds in memory: `max_response_size`, with no I/O.

A server can send a small body that decodes to a huge one (a gzip bomb: 1 MB on the wire,
1 GiB decoded) or an event-stream line that never ends. Bodies read into memory to be
parsed are counted as they are decoded, and reading stops with `ResponseTooLargeError` as
soon as the count passes the limit, so no more than the limit (and one small piece) is
ever held.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator
from typing import Any, Final

import httpx

from .. import errors

# What a decoder gets at once from a compressed body: deflate expands at most about 1000
# times, so one piece never decodes to more than about 1 MiB.
_COMPRESSED_PIECE: Final = 1024


class LineTooLong(Exception):
    """An event-stream line (or an event's data) grew past the limit."""

    def __init__(self, limit: int) -> None:
        super().__init__(limit)
        self.limit = limit


class SmallPieces(httpx.SyncByteStream, httpx.AsyncByteStream):
    """A compressed response body cut into small pieces before httpx decodes it.

    httpx decodes each chunk that arrives (up to 64 KiB) in one step, which for a gzip bomb
    is 64 MiB at once; cut this small, the decoded body can be counted (and refused) in steps
    of about 1 MiB.
    """

    def __init__(self, stream: Any) -> None:
        self._stream = stream

    def __iter__(self) -> Iterator[bytes]:
        for chunk in self._stream:
            yield from _pieces(chunk)

    async def __aiter__(self) -> AsyncIterator[bytes]:
        async for chunk in self._stream:
            for piece in _pieces(chunk):
                yield piece

    def close(self) -> None:
        self._stream.close()

    async def aclose(self) -> None:
        await self._stream.aclose()


def _pieces(chunk: bytes) -> list[bytes]:
    return [
        chunk[start : start + _COMPRESSED_PIECE]
        for start in range(0, len(chunk), _COMPRESSED_PIECE)
    ]


def is_compressed(response: httpx.Response) -> bool:
    encoding = response.headers.get("Content-Encoding", "").strip().lower()
    return encoding not in ("", "identity")


def too_large(
    response: httpx.Response, limit: int, what: str = "the response body"
) -> errors.ResponseTooLargeError:
    request = response.request
    return errors.ResponseTooLargeError(
        f"{what} of {request.method} {request.url.path} is larger than "
        f"max_response_size ({limit} bytes); reading stopped there",
        response=response,
        limit=limit,
    )


def declared_too_large(response: httpx.Response, limit: int) -> bool:
    """Whether `Content-Length` already says the body is over the limit (an uncompressed one:
    a compressed body's length says nothing of its decoded size)."""
    length = response.headers.get("Content-Length", "")
    return not is_compressed(response) and length.isdigit() and int(length) > limit
