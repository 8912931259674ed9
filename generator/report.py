"""Warnings as the user reads them: one line per message, however many places repeat it."""

from __future__ import annotations

from collections.abc import Sequence

from generator.errors import SpecWarning, one_line

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
