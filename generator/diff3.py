"""A three-way merge of lines (diff3), on the standard library's `difflib`.

Written here rather than taken from a package: the one kept on PyPI (`merge3`) is GPL,
sdkforge is MIT, and `git merge-file` needs git on the machine that generates. The method is
diff3's: the lines of the base that both sides kept unchanged split the files into stable
regions; between two of them a side that changed wins, both changing alike is one change,
both changing differently is a conflict.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from difflib import SequenceMatcher

START, MIDDLE, END = "<<<<<<<", "=======", ">>>>>>>"


@dataclass(frozen=True)
class Merged:
    text: str
    conflicts: int  # how many regions carry conflict markers


def merge_text(base: str, yours: str, theirs: str, *, your_label: str, their_label: str) -> Merged:
    """`theirs`' changes of `base` applied to `yours`; a region both changed differently is
    written between standard conflict markers, yours first."""
    a, o, b = (text.splitlines(keepends=True) for text in (yours, base, theirs))
    for lines in (a, o, b):  # a last line without "\n" must not glue onto a marker
        if lines and not lines[-1].endswith("\n"):
            lines[-1] += "\n"
    out: list[str] = []
    conflicts = 0
    for kind, mine, other in _regions(o, a, b):
        if kind == "conflict":
            conflicts += 1
            out += [
                f"{START} {your_label}\n",
                *mine,
                f"{MIDDLE}\n",
                *other,
                f"{END} {their_label}\n",
            ]
        else:
            out += mine
    return Merged("".join(out), conflicts)


def has_markers(text: str, besides: str) -> bool:
    """Whether `text` holds conflict-marker lines that `besides` (its generated form) has not."""

    def marks(source: str) -> set[str]:
        return {
            line
            for line in source.splitlines()
            if line.startswith((START + " ", END + " ")) or line == MIDDLE
        }

    return bool(marks(text) - marks(besides))


def _matches(base: Sequence[str], side: Sequence[str]) -> list[tuple[int, int, int]]:
    """The lines `side` shares with `base`, as (base start, side start, length) blocks
    ending with an empty one. The common head and tail are matched before difflib sees the
    rest: an edit is local, and difflib's time grows with the square of what it compares
    (10 s on a 31,000-line stub, 0.2 s so)."""
    shorter = min(len(base), len(side))
    head = 0
    while head < shorter and base[head] == side[head]:
        head += 1
    tail = 0
    while tail < shorter - head and base[-1 - tail] == side[-1 - tail]:
        tail += 1
    middle = SequenceMatcher(
        None, base[head : len(base) - tail], side[head : len(side) - tail], autojunk=False
    )
    blocks = [(0, 0, head)] if head else []
    blocks += [(b.a + head, b.b + head, b.size) for b in middle.get_matching_blocks() if b.size]
    if tail:
        blocks.append((len(base) - tail, len(side) - tail, tail))
    return [*blocks, (len(base), len(side), 0)]


def _stable(
    base: Sequence[str], a: Sequence[str], b: Sequence[str]
) -> Iterator[tuple[int, int, int, int, int, int]]:
    """Base ranges both sides kept, as (base start, end, a start, end, b start, end); the
    last one is empty at the ends of all three."""
    ours, theirs = _matches(base, a), _matches(base, b)
    i = j = 0
    while i < len(ours) and j < len(theirs):
        a_base, a_at, a_size = ours[i]
        b_base, b_at, b_size = theirs[j]
        start, end = max(a_base, b_base), min(a_base + a_size, b_base + b_size)
        if start < end:
            a_start, b_start = a_at + start - a_base, b_at + start - b_base
            yield start, end, a_start, a_start + end - start, b_start, b_start + end - start
        if a_base + a_size < b_base + b_size:
            i += 1
        else:
            j += 1
    yield len(base), len(base), len(a), len(a), len(b), len(b)


def _regions(
    base: Sequence[str], a: Sequence[str], b: Sequence[str]
) -> Iterator[tuple[str, Sequence[str], Sequence[str]]]:
    """("take", lines, ()) or ("conflict", a's lines, b's lines), in order."""
    at_base = at_a = at_b = 0
    for base_start, base_end, a_start, a_end, b_start, b_end in _stable(base, a, b):
        old, mine, other = base[at_base:base_start], a[at_a:a_start], b[at_b:b_start]
        if other in (mine, old):
            yield "take", mine, ()
        elif mine == old:
            yield "take", other, ()
        else:
            yield "conflict", mine, other
        yield "take", base[base_start:base_end], ()
        at_base, at_a, at_b = base_end, a_end, b_end
