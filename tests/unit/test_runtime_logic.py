"""The runtime's I/O-free parts, tested on the source (generator/runtime/_runtime) itself;
the live tests in tests/e2e/ exercise the same code inside the committed SDKs."""

from __future__ import annotations

import itertools

import pytest

from generator.runtime._runtime._retry import retry_delay
from generator.runtime._runtime._streaming import LineSplitter
from generator.runtime._runtime._types import MAX_RETRY_DELAY

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


@pytest.mark.parametrize("retries_taken", [0, 5, 64, 1100, 10**6])
def test_the_backoff_is_capped_however_many_retries_were_taken(retries_taken: int) -> None:
    """`0.5 * 2.0**1100` overflowed before the cap applied (OverflowError)."""
    assert 0 < retry_delay(retries_taken, None) <= MAX_RETRY_DELAY
