"""Warnings as the user reads them: one line per message, however many places repeat it."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence

from generator.errors import SpecWarning, one_line
from generator.ir import Api

# A message at more places than this is one line: the count and the first few pointers.
SHOWN_POINTERS = 3


def warning_lines(warnings: Sequence[SpecWarning], verbose: bool = False) -> list[str]:
    """The lines to print for `warnings`, in the order they were found.

    A large spec can repeat one message at hundreds of pointers (761 lines on one) and the
    useful warnings drown: a message found at more than SHOWN_POINTERS places is printed
    once, where it was first found, with the count and its first pointers. `verbose`
    prints every warning on its own line.
    """
    if verbose:
        return [str(warning) for warning in warnings]
    places: dict[str, list[SpecWarning]] = {}
    for warning in warnings:
        places.setdefault(warning.message, []).append(warning)
    lines = []
    for warning in warnings:
        same = places[warning.message]
        if len(same) <= SHOWN_POINTERS:
            lines.append(str(warning))
        elif warning is same[0]:
            pointers = ", ".join(f"#{w.pointer or '/'}" for w in same[:SHOWN_POINTERS])
            more = len(same) - SHOWN_POINTERS
            lines.append(
                one_line(
                    f"warning: {warning.message} ({len(same)} places: {pointers} and {more} "
                    "more; --verbose lists every one)"
                )
            )
    return lines


def pagination_line(api: Api) -> str | None:
    """How many operations return pages, by style, detected apart from marked; None if none.

    Detection decides on its own which list operations page (see parse/pagination_detect.py):
    the closing summary says what it decided, so a user can check it or turn it off.
    """
    operations = [
        *(op for resource in api.all_resources() for op in resource.operations),
        *api.client_operations,
    ]
    detected: Counter[str] = Counter()
    marked: Counter[str] = Counter()
    for op in operations:
        if op.pagination is not None:
            (detected if op.pagination.detected else marked)[op.pagination.kind] += 1
    if not detected and not marked:
        return None
    parts = [
        f"{sum(counts.values())} {label} ({', '.join(f'{n} {k}' for k, n in sorted(counts.items()))})"
        for label, counts in (("detected", detected), ("marked", marked))
        if counts
    ]
    return f"paginated operations: {'; '.join(parts)}"
