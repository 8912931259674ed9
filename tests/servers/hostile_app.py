"""A server that speaks the relay API (specs/relay.yaml) but answers with hostile bodies.

| route | what it answers |
| --- | --- |
| `GET /items` (listItems) | a cursor chain that goes round: no cursor -> `a`, `a` -> `b`, `b` -> `a` |
| `GET /jobs/{id}` (getJob) | a gzip bomb: `Content-Encoding: gzip`, `bomb_size` bytes of JSON-ish text when decoded (`?size=` for another size) |
| `GET /files/{id}/content` (downloadFile) | the same bomb as a binary download (`?size=`) |
| `POST /oauth/token` (the OAuth token URL) | the same bomb as JSON |
| `GET /events` (streamEvents) | an event stream whose one line never ends (`data: xxxx...`, `line_size` bytes) |

The bomb is compressed on the fly from a repeated chunk, so nothing large is held by the
server: a 1 GiB bomb is about 1 MB on the wire. `state.requests` counts the requests per path.
"""

from __future__ import annotations

import struct
import zlib
from collections import Counter
from collections.abc import AsyncIterator
from dataclasses import dataclass, field

from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse, Response, StreamingResponse
from starlette.routing import Route

GIB = 1024**3
_CHUNK = 1024 * 1024
# how many pages the looping listing serves before it ends the chain (so a client that does
# not notice the loop still finishes, and the test can count what it asked for)
LOOP_GIVES_UP_AFTER = 50


@dataclass
class HostileState:
    requests: Counter[str] = field(default_factory=Counter)


def _deflate_block(data: bytes) -> bytes:
    """`data` as raw deflate blocks that need nothing before them (a full flush)."""
    compressor = zlib.compressobj(9, zlib.DEFLATED, -zlib.MAX_WBITS)
    return compressor.compress(data) + compressor.flush(zlib.Z_FULL_FLUSH)


_BOMB_CHUNK = b'{"id": "' + b"x" * (_CHUNK - 8)
# the same megabyte, compressed once (about 1 KB) and sent as often as the size asks
_BOMB_BLOCK = _deflate_block(_BOMB_CHUNK)
_GZIP_HEADER = b"\x1f\x8b\x08\x00\x00\x00\x00\x00\x00\xff"


async def _gzip_bomb(size: int) -> AsyncIterator[bytes]:
    """`size` bytes when decoded (`{"id": "xxxx...`) as one valid gzip member, built from a
    block compressed once: the server spends next to nothing on a 1 GiB bomb."""
    yield _GZIP_HEADER
    crc = 0
    sent = 0
    while size - sent >= _CHUNK:
        crc = zlib.crc32(_BOMB_CHUNK, crc)
        sent += _CHUNK
        yield _BOMB_BLOCK
    rest = _BOMB_CHUNK[: size - sent]
    compressor = zlib.compressobj(9, zlib.DEFLATED, -zlib.MAX_WBITS)
    tail = compressor.compress(rest) + compressor.flush(zlib.Z_FINISH)
    crc = zlib.crc32(rest, crc)
    yield tail + struct.pack("<II", crc, size & 0xFFFFFFFF)


async def _endless_line(size: int) -> AsyncIterator[bytes]:
    yield b"data: "
    sent = 0
    while sent < size:
        sent += _CHUNK
        yield b"x" * _CHUNK


def create_app(*, bomb_size: int = GIB, line_size: int = GIB) -> tuple[Starlette, HostileState]:
    state = HostileState()

    async def list_items(request: Request) -> Response:
        state.requests[request.url.path] += 1
        after = request.query_params.get("after")
        if state.requests[request.url.path] > LOOP_GIVES_UP_AFTER:
            next_cursor = None
        else:
            next_cursor = {None: "a", "a": "b", "b": "a"}[after]
        item = {"id": f"item-{after or 'first'}", "index": state.requests[request.url.path]}
        return JSONResponse({"data": [item], "next_cursor": next_cursor})

    async def bomb(request: Request) -> Response:
        state.requests[request.url.path] += 1
        media = (
            "application/octet-stream"
            if request.url.path.endswith("/content")
            else "application/json"
        )
        size = int(request.query_params.get("size", bomb_size))
        return StreamingResponse(
            _gzip_bomb(size), media_type=media, headers={"Content-Encoding": "gzip"}
        )

    async def events(request: Request) -> Response:
        state.requests[request.url.path] += 1
        return StreamingResponse(_endless_line(line_size), media_type="text/event-stream")

    app = Starlette(
        routes=[
            Route("/items", list_items, methods=["GET"]),
            Route("/jobs/{job_id}", bomb, methods=["GET"]),
            Route("/files/{file_id}/content", bomb, methods=["GET"]),
            Route("/events", events, methods=["GET"]),
            Route("/oauth/token", bomb, methods=["POST"]),
        ]
    )
    return app, state
