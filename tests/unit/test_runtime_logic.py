"""The runtime's I/O-free parts, tested on the source (generator/runtime/_runtime) itself;
the live tests in tests/e2e/ exercise the same code inside the committed SDKs."""

from __future__ import annotations

import itertools

import pytest

from generator.runtime._runtime._streaming import LineSplitter

EVENT_TEXT = "a\r\nb\rc\n\r\n\nd\u2028e\x85f\re"


def _split(chunks: list[str]) -> list[str]:
    splitter = LineSplitter()
    return [line for chunk in chunks for line in splitter.feed(chunk)]


@pytest.mark.parametrize(
    "cuts", [c for n in range(3) for c in itertools.combinations(range(1, len(EVENT_TEXT)), n)]
)
def test_event_stream_lines_end_at_crlf_cr_and_lf_wherever_the_chunks_break(
    cuts: tuple[int, ...],
) -> None:
    bounds = [0, *cuts, len(EVENT_TEXT)]
    chunks = [EVENT_TEXT[start:end] for start, end in itertools.pairwise(bounds)]
    assert _split([*chunks, ""]) == ["a", "b", "c", "", "", "d\u2028e\x85f"]
