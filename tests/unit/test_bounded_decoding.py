"""The runtime's own Content-Encoding decoding (generator/runtime/_runtime/_decoding.py):
every chain of encodings decodes to what was encoded, in pieces of at most one step, however
far the body expands. The live bombs are in tests/e2e/test_runtime_faults.py."""

from __future__ import annotations

import gzip
import zlib
from collections.abc import Callable, Iterator

import httpx
import pytest

from generator.runtime._runtime._decoding import STEP, chain_for

brotli = pytest.importorskip("brotli")
zstandard = pytest.importorskip("zstandard")

ENCODERS: dict[str, Callable[[bytes], bytes]] = {
    "gzip": gzip.compress,
    "deflate": zlib.compress,
    "br": lambda data: brotli.compress(data, quality=5),
    "zstd": lambda data: zstandard.ZstdCompressor().compress(data),
}
BODY = b"".join(b'{"id": %d, "name": "item %d"},' % (i, i * 7) for i in range(4_000))


def _raw_deflate(data: bytes) -> bytes:
    compressor = zlib.compressobj(6, zlib.DEFLATED, -zlib.MAX_WBITS)
    return compressor.compress(data) + compressor.flush()


def _encode(data: bytes, codings: list[str]) -> bytes:
    for coding in codings:
        data = _raw_deflate(data) if coding == "raw-deflate" else ENCODERS[coding](data)
    return data


def _decoded(wire: bytes, header: list[str], chunk: int) -> Iterator[bytes]:
    chain = chain_for(header)
    assert chain is not None
    for start in range(0, len(wire), chunk):
        yield from chain.decode(wire[start : start + chunk])
    yield from chain.flush()


CHAINS = [
    ["gzip"],
    ["deflate"],
    ["raw-deflate"],
    ["br"],
    ["zstd"],
    ["gzip", "gzip"],
    ["gzip", "br"],
    ["zstd", "gzip", "deflate"],
    ["br", "zstd"],
]


# one byte at a time only through single encodings: through a chain it is slow and adds nothing
CASES = [
    pytest.param(codings, chunk, id=f"{','.join(codings)}-{chunk}")
    for codings in CHAINS
    for chunk in (1, 7, 1024, 65536, 10**9)
    if chunk > 1 or len(codings) == 1
]


@pytest.mark.parametrize(("codings", "chunk"), CASES)
def test_every_chain_decodes_to_the_body_in_pieces_of_at_most_a_step(
    codings: list[str], chunk: int
) -> None:
    wire = _encode(BODY, codings)
    header = ["deflate" if c == "raw-deflate" else c for c in codings]
    pieces = list(_decoded(wire, header, chunk))
    assert b"".join(pieces) == BODY
    assert max(len(piece) for piece in pieces) <= STEP


@pytest.mark.parametrize("codings", [["gzip", "gzip"], ["br"], ["zstd"], ["deflate", "zstd"]])
def test_a_bomb_is_decoded_a_step_at_a_time(codings: list[str]) -> None:
    """Each step is small whatever the expansion: a reader can stop after a few of them."""
    wire = _encode(b"\0" * (16 * 1024 * 1024), codings)
    assert len(wire) < 20_000
    pieces = _decoded(wire, codings, len(wire))
    taken = [next(pieces) for _ in range(20)]
    assert all(0 < len(piece) <= STEP for piece in taken)


def test_two_zstd_frames_and_trailing_gzip_bytes_read_as_httpx_reads_them() -> None:
    frames = ENCODERS["zstd"](b"one ") + ENCODERS["zstd"](b"two")
    assert b"".join(_decoded(frames, ["zstd"], 5)) == b"one two"
    assert b"".join(_decoded(gzip.compress(b"body") + b"junk", ["gzip"], 3)) == b"body"


def test_unknown_codings_and_identity_are_left_as_they_are() -> None:
    assert chain_for(["identity"]) is None
    assert chain_for(["compress", "x-custom"]) is None
    assert b"".join(_decoded(gzip.compress(b"a"), ["gzip", "x-custom"], 10)) == b"a"


@pytest.mark.parametrize(
    ("coding", "body"),
    [
        ("gzip", b"this is not compressed at all" * 10),
        ("br", b"this is not compressed at all" * 10),
        ("zstd", b"this is not compressed at all" * 10),
        ("zstd", ENCODERS["zstd"](BODY)[:-20]),  # cut short
    ],
    ids=["gzip", "br", "zstd", "zstd-incomplete"],
)
def test_a_damaged_body_is_a_decoding_error_of_its_request(coding: str, body: bytes) -> None:
    from generator.runtime._runtime._decoding import DecodedStream

    chain = chain_for([coding])
    assert chain is not None
    request = httpx.Request("GET", "http://127.0.0.1/")
    stream = DecodedStream(httpx.ByteStream(body), chain, request)
    with pytest.raises(httpx.DecodingError) as caught:
        b"".join(stream)
    assert caught.value.request is request


def test_a_brotli_library_that_cannot_stop_at_a_length_is_refused_not_trusted(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """brotli before 1.2 decodes all it is given at once: a bomb would be decoded whole."""
    from generator.runtime._runtime import _decoding

    class OldDecompressor:
        def process(self, data: bytes) -> bytes:
            return brotli.decompress(data)

    class OldBrotli:
        error = brotli.error
        Decompressor = OldDecompressor

    monkeypatch.setattr(_decoding, "brotli", OldBrotli)
    chain = chain_for(["br"])
    assert chain is not None
    with pytest.raises(httpx.DecodingError, match=r"brotli .*1\.2 or later"):
        list(chain.decode(brotli.compress(b"x" * 1000)))
