"""Models: Tone."""

from __future__ import annotations

from .._runtime._models import OpenStrEnum

__all__ = [
    "Tone",
]


class Tone(OpenStrEnum):
    """Tone values; unknown values are accepted."""

    PLAIN = "plain"
    CHEERFUL = "cheerful"
