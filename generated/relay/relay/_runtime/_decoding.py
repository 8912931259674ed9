"""A response's `Content-Encoding` decoded by the SDK in bounded steps, with no I/O.

httpx decodes each chunk that arrives in one step, and each encoding of a chain in one step
too: 980 bytes of `gzip, gzip` decode to 1 GB at once, 421 bytes of brotli to 1.1 GB, long
before anything can count them. The SDK decodes the body itself instead: every encoding of
the chain (gzip, deflate, brotli, zstd, in any order and number) hands the next one, and the
reader, at most `STEP` bytes at a time, so the readers that count the decoded body
(`max_response_size`, _limits.py) stop a bomb as it passes the limit, holding the limit and
a few steps. httpx is told the body is decoded already (so `iter_raw()` of a response the
SDK sent gives decoded bytes too); it decodes the codecs httpx would (brotli and zstd only
when their libraries are installed), and passes unknown ones through.
"""

from __future__ import annotations

import contextlib
import importlib
import zlib
from collections.abc import AsyncIterator, Iterable, Iterator
from typing import Any, Final, Protocol

import httpx2 as httpx
from httpx2._decoders import IdentityDecoder


def _optional(*names: str) -> Any:
    """The first of these modules that is installed (the ones httpx decodes with), or None."""
    for name in names:
        try:
            return importlib.import_module(name)
        except ImportError:
            continue
    return None


brotli = _optional("brotli", "brotlicffi")
zstandard = _optional("zstandard")

# the most decoded bytes one step hands on
STEP: Final = 64 * 1024
# brotli's output buffer stops growing once past the limit asked, and grows by 32 KiB, then
# 64 KiB: a limit under 32 KiB keeps each piece to 32 KiB
_BROTLI_LIMIT: Final = 16 * 1024
# zstd: the library cannot stop at a length, so it gets little input at once. A block (at
# most 128 KiB decoded) takes at least 4 bytes: 32 bytes decode to at most about 1 MiB.
_ZSTD_INPUT: Final = 32
# the window HTTP's zstd decoders must support (RFC 9659); a frame asking more is refused
_ZSTD_WINDOW: Final = 8 * 1024 * 1024

_CODEC_ERRORS: tuple[type[Exception], ...] = (
    zlib.error,
    *((brotli.error,) if brotli is not None else ()),
    *((zstandard.ZstdError,) if zstandard is not None else ()),
)


class _Decoder(Protocol):
    def decode(self, data: bytes) -> Iterator[bytes]:
        """The decoded pieces of `data`, at most about STEP bytes each."""
        ...

    def flush(self) -> Iterator[bytes]:
        """What is left at the end of the body."""
        ...


class _Zlib:
    """gzip (`wbits` 31) or deflate: zlib-wrapped, else raw, as httpx reads it (wbits None)."""

    def __init__(self, wbits: int | None) -> None:
        self._obj: Any = None if wbits is None else zlib.decompressobj(wbits)
        self._head = b""

    def decode(self, data: bytes) -> Iterator[bytes]:
        if self._obj is None:
            # deflate: its first two bytes tell a zlib header from raw deflate
            self._head += data
            if len(self._head) < 2:
                return
            data, self._head = self._head, b""
            wrapped = data[0] & 0x0F == 8 and (data[0] << 8 | data[1]) % 31 == 0
            self._obj = zlib.decompressobj(
                zlib.MAX_WBITS if wrapped else -zlib.MAX_WBITS
            )
        while data and not self._obj.eof:
            piece = self._obj.decompress(data, STEP)
            data = self._obj.unconsumed_tail
            if piece:
                yield piece
            while len(piece) == STEP and not data:
                # output zlib still holds for input it has taken
                piece = self._obj.decompress(b"", STEP)
                data = self._obj.unconsumed_tail
                if piece:
                    yield piece
        # bytes after the end of the stream are ignored, as httpx does

    def flush(self) -> Iterator[bytes]:
        if self._obj is None:
            self._obj = zlib.decompressobj(-zlib.MAX_WBITS)
            yield from self.decode(self._head)
        rest = self._obj.flush()
        if rest:
            yield rest


class _Brotli:
    """brotli, through a library (brotli or brotlicffi, 1.2 or later) that stops at a length."""

    def __init__(self) -> None:
        self._obj = brotli.Decompressor()
        self._process = getattr(self._obj, "process", None) or self._obj.decompress

    def decode(self, data: bytes) -> Iterator[bytes]:
        if not data:
            return
        if not hasattr(self._obj, "can_accept_more_data"):
            # an older library decodes all it is given at once, however large
            raise httpx.DecodingError(
                "a brotli body cannot be decoded in bounded steps with this brotli "
                "library: install brotli (or brotlicffi) 1.2 or later"
            )
        piece: bytes = self._process(data, output_buffer_limit=_BROTLI_LIMIT)
        while piece:
            yield piece
            # output held back for input already taken (none: wait for more input)
            piece = self._process(b"", output_buffer_limit=_BROTLI_LIMIT)

    def flush(self) -> Iterator[bytes]:
        yield from ()


class _Zstd:
    """zstd, given to the `zstandard` library a few bytes at a time; frames one after another."""

    def __init__(self) -> None:
        self._obj = self._new()
        self._seen = False

    @staticmethod
    def _new() -> Any:
        decompressor = zstandard.ZstdDecompressor(max_window_size=_ZSTD_WINDOW)
        return decompressor.decompressobj()

    def decode(self, data: bytes) -> Iterator[bytes]:
        self._seen = self._seen or bool(data)
        for start in range(0, len(data), _ZSTD_INPUT):
            part = data[start : start + _ZSTD_INPUT]
            while part:
                if self._obj.eof:
                    self._obj = self._new()  # the next frame
                decoded: bytes = self._obj.decompress(part)
                part = self._obj.unused_data if self._obj.eof else b""
                yield from _cut(decoded)

    def flush(self) -> Iterator[bytes]:
        if self._seen and not self._obj.eof:
            raise httpx.DecodingError("Zstandard data is incomplete")
        yield from ()


def _cut(data: bytes) -> Iterator[bytes]:
    for start in range(0, len(data), STEP):
        yield data[start : start + STEP]


def _decoder(coding: str) -> _Decoder | None:
    """The decoder of one content coding; None for one httpx would not decode either."""
    if coding == "gzip":
        return _Zlib(zlib.MAX_WBITS | 16)
    if coding == "deflate":
        return _Zlib(None)
    if coding == "br" and brotli is not None:
        return _Brotli()
    if coding == "zstd" and zstandard is not None:
        return _Zstd()
    return None


def _through(decoder: _Decoder, pieces: Iterable[bytes]) -> Iterator[bytes]:
    for piece in pieces:
        yield from decoder.decode(piece)


class _Chain:
    """The codings of a body, undone last first, each step bounded."""

    def __init__(self, decoders: list[_Decoder]) -> None:
        self._decoders = decoders

    def decode(self, data: bytes) -> Iterator[bytes]:
        pieces: Iterator[bytes] = iter((data,))
        for decoder in self._decoders:
            pieces = _through(decoder, pieces)
        return pieces

    def flush(self) -> Iterator[bytes]:
        pieces: Iterator[bytes] = iter(())
        for decoder in self._decoders:
            pieces = _ended(decoder, _through(decoder, pieces))
        return pieces


def _ended(decoder: _Decoder, pieces: Iterator[bytes]) -> Iterator[bytes]:
    yield from pieces
    yield from decoder.flush()


def chain_for(content_encoding: list[str]) -> _Chain | None:
    """The decoders of a `Content-Encoding` list (in the order applied); None: nothing to do."""
    decoders = [
        decoder
        for coding in reversed(content_encoding)
        if (decoder := _decoder(coding.strip().lower())) is not None
    ]
    return _Chain(decoders) if decoders else None


@contextlib.contextmanager
def _decoding_errors(request: httpx.Request) -> Iterator[None]:
    """A codec's error as httpx's `DecodingError` of `request` (what httpx raises itself)."""
    try:
        yield
    except httpx.DecodingError as error:
        error.request = request
        raise
    except _CODEC_ERRORS as error:
        raise httpx.DecodingError(str(error), request=request) from error


class DecodedStream(httpx.SyncByteStream, httpx.AsyncByteStream):
    """A response body as the SDK decodes it: pieces of at most about STEP bytes."""

    def __init__(self, stream: Any, chain: _Chain, request: httpx.Request) -> None:
        self._stream = stream
        self._chain = chain
        self._request = request

    def __iter__(self) -> Iterator[bytes]:
        with _decoding_errors(self._request):
            for chunk in self._stream:
                yield from self._chain.decode(chunk)
            yield from self._chain.flush()

    async def __aiter__(self) -> AsyncIterator[bytes]:
        with _decoding_errors(self._request):
            async for chunk in self._stream:
                for piece in self._chain.decode(chunk):
                    yield piece
            for piece in self._chain.flush():
                yield piece

    def close(self) -> None:
        self._stream.close()

    async def aclose(self) -> None:
        await self._stream.aclose()


def decode_in_steps(response: httpx.Response) -> None:
    """Have the SDK decode `response`'s body (in bounded steps) instead of httpx."""
    chain = chain_for(response.headers.get_list("Content-Encoding", split_commas=True))
    if chain is None:
        return
    response.stream = DecodedStream(response.stream, chain, response.request)
    response._decoder = IdentityDecoder()  # what httpx reads now is decoded already
