"""A raw HTTP/1.1 server on 127.0.0.1 that answers badly on purpose.

An ASGI server cannot reset a connection or send fewer bytes than it declared, so this one
speaks HTTP over plain asyncio streams, in a background thread. The first path segment
picks the fault, whatever follows it, so a generated client pointed at
`base_url=f"{url}/{fault}"` meets that fault on any operation:

| fault | what the server does |
| --- | --- |
| `ok` | 200 with a valid `Job` (relay) in JSON |
| `busy` | the same after `BUSY` seconds (a server under load) |
| `reset` | reads the request, then resets the connection (RST) |
| `close` | reads the request, then closes without a byte of response |
| `garbage` | answers with bytes that are not HTTP |
| `truncated` | 200, `Content-Length: 1000`, 20 bytes of JSON, then closes |
| `reset-body` | 200, `Content-Length: 1000`, 20 bytes, then resets |
| `invalid-json` | 200 `application/json` with a body that is not JSON |
| `not-utf8` | 200 `application/json` with bytes that are not UTF-8 |
| `wrong-type` | 200 `text/html` with an HTML page |
| `wrong-shape` | 200 JSON that lacks the required fields |
| `drifted` | 200 `Job` JSON that drifted from the spec: `name` null, an extra field |
| `bad-gzip` | 200 `Content-Encoding: gzip` with a body that is not gzip |
| `drip` | 200 headers, then one byte of body every `DRIP_INTERVAL` seconds |
| `drip-headers` | the status line and headers, one byte every `DRIP_INTERVAL` seconds |
| `stall` | reads the request and never answers |
| `error-truncated` | 500, `Content-Length: 1000`, 20 bytes, then closes |
| `events-broken` | 200 `text/event-stream`, one event without an id, then resets |
| `events-invalid` | 200 `text/event-stream` with an event whose data is not JSON |
| `redirect` | 307 to the `to` query parameter (else to itself: a loop) |
| `echo` | 200 JSON `Job` whose `name` is the JSON of the credential headers received |
| `deep-json` | 200 JSON nested `DEEP` levels deep (`[[[...]]]`) |
| `deep-error` | 500 with that body |
| `far-retry-after` | 503 with a `Retry-After` date in the year 10^19 |
| `bomb-<codings>` | 200 JSON of `BOMB_SIZE` zero bytes, encoded with each coding in turn (`bomb-gzip-gzip`: `Content-Encoding: gzip, gzip`; `deflate`, `br`, `zstd` too) |

Every request is recorded (`server.seen`: fault, method, target, headers), and so are the
connections open now and at most (`open_connections`, `peak_connections`).
"""

from __future__ import annotations

import asyncio
import contextlib
import functools
import gzip
import json
import socket
import struct
import threading
import zlib
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import parse_qs, urlsplit

DRIP_INTERVAL = 0.3
DEEP = 100_000
BUSY = 0.05
JOB = {"id": "j1", "name": "job", "state": "queued"}
CREDENTIAL_HEADERS = ("authorization", "x-api-key", "cookie", "proxy-authorization")
BOMB_SIZE = 256 * 1024 * 1024
_MIB_OF_ZEROS = bytes(1024 * 1024)


def _zeros_deflated() -> bytes:
    """BOMB_SIZE zero bytes as raw deflate: one MiB compressed once (a full flush makes it
    stand alone), repeated, then an empty final block."""
    zobj = zlib.compressobj(9, zlib.DEFLATED, -zlib.MAX_WBITS)
    block = zobj.compress(_MIB_OF_ZEROS) + zobj.flush(zlib.Z_FULL_FLUSH)
    return block * (BOMB_SIZE // len(_MIB_OF_ZEROS)) + zobj.flush(zlib.Z_FINISH)


def _zeros_check(check: Callable[[bytes, int], int], start: int) -> int:
    value = start
    for _ in range(BOMB_SIZE // len(_MIB_OF_ZEROS)):
        value = check(_MIB_OF_ZEROS, value)
    return value


def _encoded(coding: str, data: bytes | None) -> bytes:
    """`data` (None: BOMB_SIZE zero bytes, never all in memory) in one content coding."""
    if data is None and coding == "gzip":
        trailer = struct.pack("<II", _zeros_check(zlib.crc32, 0), BOMB_SIZE & 0xFFFFFFFF)
        return b"\x1f\x8b\x08\x00\x00\x00\x00\x00\x00\xff" + _zeros_deflated() + trailer
    if data is None and coding == "deflate":
        return b"\x78\x9c" + _zeros_deflated() + struct.pack(">I", _zeros_check(zlib.adler32, 1))
    if coding in ("gzip", "deflate"):
        assert data is not None
        return gzip.compress(data) if coding == "gzip" else zlib.compress(data)
    parts = [_MIB_OF_ZEROS] * (BOMB_SIZE // len(_MIB_OF_ZEROS)) if data is None else [data]
    if coding == "br":
        import brotli

        bobj = brotli.Compressor(quality=5)
        return b"".join([*(bobj.process(part) for part in parts), bobj.finish()])
    import zstandard

    cobj = zstandard.ZstdCompressor(level=19).compressobj()
    return b"".join([*(cobj.compress(part) for part in parts), cobj.flush()])


@functools.cache
def bomb(codings: tuple[str, ...]) -> bytes:
    """BOMB_SIZE zero bytes encoded with `codings` in order: a few hundred bytes to a few KB."""
    data = None
    for coding in codings:
        data = _encoded(coding, data)
    assert data is not None
    return data


@dataclass
class FaultServer:
    url: str = ""
    seen: list[dict[str, Any]] = field(default_factory=list)
    open_connections: int = 0
    peak_connections: int = 0


def _head(status: str, headers: dict[str, str]) -> bytes:
    lines = [f"HTTP/1.1 {status}", *(f"{k}: {v}" for k, v in headers.items()), "", ""]
    return "\r\n".join(lines).encode("latin-1")


def _reset(writer: asyncio.StreamWriter) -> None:
    """Close with SO_LINGER 0: the peer gets a RST instead of a FIN."""
    sock = writer.get_extra_info("socket")
    if sock is not None:
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
    writer.transport.abort()


async def _read_request(
    reader: asyncio.StreamReader,
) -> tuple[str, str, dict[str, str], bytes] | None:
    try:
        head = await reader.readuntil(b"\r\n\r\n")
    except (asyncio.IncompleteReadError, asyncio.LimitOverrunError, ConnectionError):
        return None
    lines = head.decode("latin-1").split("\r\n")
    method, target, _ = lines[0].split(" ", 2)
    headers: dict[str, str] = {}
    for line in lines[1:]:
        if line:
            name, _, value = line.partition(":")
            headers[name.strip().lower()] = value.strip()
    body = b""
    length = int(headers.get("content-length", "0") or 0)
    if length:
        body = await reader.readexactly(length)
    return method, target, headers, body


async def _answer(
    server: FaultServer, fault: str, target: str, headers: dict[str, str], writer: Any
) -> bool:
    """Write the fault's answer; True when the connection may serve another request."""
    json_headers = {"Content-Type": "application/json"}

    async def send(status: str, body: bytes, extra: dict[str, str] | None = None) -> bool:
        writer.write(
            _head(status, {**(extra or json_headers), "Content-Length": str(len(body))}) + body
        )
        await writer.drain()
        return True

    if fault == "ok":
        return await send("200 OK", json.dumps(JOB).encode())
    if fault == "busy":
        await asyncio.sleep(BUSY)
        return await send("200 OK", json.dumps(JOB).encode())
    if fault == "echo":
        received = {k: v for k, v in headers.items() if k in CREDENTIAL_HEADERS}
        return await send("200 OK", json.dumps({**JOB, "name": json.dumps(received)}).encode())
    if fault == "reset":
        _reset(writer)
        return False
    if fault == "close":
        writer.close()
        return False
    if fault == "garbage":
        writer.write(b"\x00\x01 this is not HTTP at all\r\n\r\n")
        await writer.drain()
        writer.close()
        return False
    if fault in ("truncated", "reset-body", "error-truncated"):
        status = "500 Internal Server Error" if fault == "error-truncated" else "200 OK"
        writer.write(_head(status, {**json_headers, "Content-Length": "1000"}))
        writer.write(b'{"id": "j1", "name":')
        await writer.drain()
        await asyncio.sleep(0.05)
        if fault == "reset-body":
            _reset(writer)
        else:
            writer.close()
        return False
    if fault == "invalid-json":
        return await send("200 OK", b'{"id": "j1", "name": "job", "state": ')
    if fault == "not-utf8":
        return await send("200 OK", b'{"id": "\xff\xfe", "name": "job", "state": "queued"}')
    if fault == "wrong-type":
        return await send(
            "200 OK", b"<html><body>Gateway says hi</body></html>", {"Content-Type": "text/html"}
        )
    if fault == "wrong-shape":
        return await send("200 OK", b'{"unexpected": true}')
    if fault == "drifted":
        return await send("200 OK", b'{"id": "j1", "name": null, "state": "queued", "since": 3}')
    if fault == "bad-gzip":
        return await send(
            "200 OK", b"this is not gzip data", {**json_headers, "Content-Encoding": "gzip"}
        )
    if fault in ("drip", "drip-headers"):
        body = json.dumps(JOB).encode()
        head = _head("200 OK", {**json_headers, "Content-Length": str(len(body))})
        slow = head + body if fault == "drip-headers" else body
        if fault == "drip":
            writer.write(head)
        for index in range(len(slow)):
            writer.write(slow[index : index + 1])
            await writer.drain()
            await asyncio.sleep(DRIP_INTERVAL)
        return True
    if fault == "stall":
        await asyncio.sleep(3600)
        return False
    if fault in ("events-broken", "events-invalid"):
        writer.write(
            _head("200 OK", {"Content-Type": "text/event-stream", "Cache-Control": "no-cache"})
        )
        if fault == "events-invalid":
            writer.write(b"event: tick\ndata: {not json\n\n")
            await writer.drain()
            writer.close()
        else:
            writer.write(b'event: tick\ndata: {"id": 1, "message": "m"}\n\n')
            await writer.drain()
            await asyncio.sleep(0.05)
            _reset(writer)
        return False
    if fault in ("deep-json", "deep-error"):
        status = "500 Internal Server Error" if fault == "deep-error" else "200 OK"
        return await send(status, b"[" * DEEP + b"]" * DEEP)
    if fault == "far-retry-after":
        far = {**json_headers, "Retry-After": "1 Jan 10000000000000000000 00:00 GMT"}
        return await send("503 Service Unavailable", b'{"code": "busy"}', far)
    if fault.startswith("bomb-"):
        codings = tuple(fault.removeprefix("bomb-").split("-"))
        encoded = {**json_headers, "Content-Encoding": ", ".join(codings)}
        return await send("200 OK", bomb(codings), encoded)
    if fault == "redirect":
        location = parse_qs(urlsplit(target).query).get("to", [target])[0]
        return await send("307 Temporary Redirect", b"", {"Location": location})
    return await send("404 Not Found", b'{"code": "not_found", "message": "unknown fault"}')


def _handler(server: FaultServer) -> Any:
    async def handle(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        server.open_connections += 1
        server.peak_connections = max(server.peak_connections, server.open_connections)
        try:
            keep_alive = True
            while keep_alive:
                request = await _read_request(reader)
                if request is None:
                    break
                method, target, headers, _ = request
                fault = target.lstrip("/").split("/", 1)[0].split("?", 1)[0]
                server.seen.append(
                    {"fault": fault, "method": method, "target": target, "headers": headers}
                )
                keep_alive = await _answer(server, fault, target, headers, writer)
        except (ConnectionError, asyncio.CancelledError):
            pass
        finally:
            server.open_connections -= 1
            with contextlib.suppress(Exception):
                writer.close()

    return handle


@contextlib.contextmanager
def serve_faults() -> Iterator[FaultServer]:
    """Start the server on a free 127.0.0.1 port in a thread; stop it on exit."""
    server = FaultServer()
    loop = asyncio.new_event_loop()
    started = threading.Event()
    holder: dict[str, Any] = {}

    async def main() -> None:
        listener = await asyncio.start_server(_handler(server), "127.0.0.1", 0)
        port = listener.sockets[0].getsockname()[1]
        server.url = f"http://127.0.0.1:{port}"
        holder["listener"] = listener
        started.set()
        async with listener:
            await listener.serve_forever()

    def run() -> None:
        with contextlib.suppress(asyncio.CancelledError):
            loop.run_until_complete(main())

    thread = threading.Thread(target=run, name="fault-server", daemon=True)
    thread.start()
    if not started.wait(10):
        raise RuntimeError("fault server did not start")
    try:
        yield server
    finally:

        def stop() -> None:
            for task in asyncio.all_tasks(loop):
                task.cancel()

        loop.call_soon_threadsafe(stop)
        thread.join(10)
        loop.close()
