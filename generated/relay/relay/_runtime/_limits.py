"""How much of a response the client holds in memory: `max_response_size`, with no I/O.

A server can send a small body that decodes to a huge one (a gzip bomb: 1 MB on the wire,
1 GiB decoded) or an event-stream line that never ends. Bodies read into memory to be
parsed are counted as they are decoded (in steps of at most 64 KiB, whatever the encodings:
_decoding.py), and reading stops with `ResponseTooLargeError` as soon as the count passes
the limit, so no more than the limit (and a step or two) is ever held.
"""

from __future__ import annotations

import httpx2 as httpx

from .. import errors


class LineTooLong(Exception):
    """An event-stream line (or an event's data) grew past the limit."""

    def __init__(self, limit: int) -> None:
        super().__init__(limit)
        self.limit = limit


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
