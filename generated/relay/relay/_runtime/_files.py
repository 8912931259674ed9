"""Files in requests: what a binary field accepts, rewinding them so a retry resends them,
and handing a body to the sync or the async httpx client in a form it can send.

The pydantic type of a binary model field, `FileInput`, lives in `_models`: this module is
imported with the client, which must not load pydantic's model machinery."""

from __future__ import annotations

from collections.abc import AsyncIterable, AsyncIterator, Iterable, Iterator, Mapping
from typing import IO, Any, TypeAlias

FileContent: TypeAlias = bytes | IO[bytes]
"""The bytes of a file, or a binary file object to read them from."""

FileTypes: TypeAlias = (
    FileContent
    | tuple[str | None, FileContent]
    | tuple[str | None, FileContent, str | None]
)
"""A file field: content, or (filename, content), or (filename, content, content_type)."""

BinaryBody: TypeAlias = bytes | IO[bytes] | Iterable[bytes] | AsyncIterable[bytes]
"""A binary request body: bytes, a file object, or an iterator of chunks (never retried)."""


class BodyReplay:
    """The file objects of a request body, so each attempt can start them from the beginning.

    A body that cannot be read twice (an iterator, a file that cannot seek) is not
    `replayable`, and the request is then sent once only.
    """

    def __init__(self, body: Any) -> None:
        self._files: list[tuple[Any, int]] = []
        self.replayable = True
        for value in _parts(body):
            if isinstance(value, (bytes, bytearray, str)):
                continue
            if hasattr(value, "read"):
                if _seekable(value):
                    self._files.append((value, value.tell()))
                else:
                    self.replayable = False
            elif isinstance(value, (Iterator, AsyncIterable)):
                self.replayable = (
                    False  # a generator or stream: its chunks are gone once sent
                )

    def rewind(self) -> None:
        for file, position in self._files:
            file.seek(position)


def _parts(body: Any) -> list[Any]:
    """The body itself and, for a form, each of its values (a tuple's content included)."""
    values: list[Any] = [body]
    if isinstance(body, Mapping):
        values = list(body.values())
    elif hasattr(body, "model_fields_set"):
        values = [getattr(body, name) for name in body.model_fields_set]
    found = []
    for given in values:
        # a (filename, content[, content_type]) tuple: its content
        value = given[1] if isinstance(given, tuple) and len(given) in (2, 3) else given
        if isinstance(value, list):
            found.extend(value)
        else:
            found.append(value)
    return found


def _seekable(file: Any) -> bool:
    try:
        return (
            bool(file.seekable())
            if hasattr(file, "seekable")
            else hasattr(file, "seek")
        )
    except (OSError, ValueError):
        return False


_CHUNK_SIZE = 65_536


def sync_content(content: Any) -> Any:
    """A body for httpx.Client: anything but an async iterator (it cannot read one)."""
    if isinstance(content, (AsyncIterable, AsyncIterator)) and not isinstance(
        content, Iterable
    ):
        raise TypeError(
            "the sync Client cannot send an async iterator; use AsyncClient or bytes"
        )
    return content


def async_content(content: Any) -> Any:
    """A file object or iterator of chunks, readable by httpx.AsyncClient (it needs async ones)."""
    if isinstance(content, (bytes, bytearray, str, AsyncIterable)):
        return content
    if hasattr(content, "read"):
        return _chunks_of(content)
    if isinstance(content, Iterable):
        return _chunks_from(content)
    return content


async def _chunks_of(file: Any) -> AsyncIterator[bytes]:
    while chunk := file.read(_CHUNK_SIZE):
        yield chunk


async def _chunks_from(chunks: Iterable[bytes]) -> AsyncIterator[bytes]:
    for chunk in chunks:
        yield chunk
