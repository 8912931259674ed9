"""Models: Tone."""

from .._runtime._models import OpenStrEnum

__all__ = [
    "Tone",
]


class Tone(OpenStrEnum):
    """Tone values; unknown values are accepted."""

    PLAIN = "plain"
    CHEERFUL = "cheerful"
