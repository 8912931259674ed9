"""Models: Enclosure."""

from __future__ import annotations

import datetime as dt

from .._runtime._models import SDKModel

__all__ = [
    "Enclosure",
]


class Enclosure(SDKModel):
    """Where the animal lives (an inline object)."""

    id: int

    name: str

    feeding_time: dt.time | None = None
    """Daily feeding time."""
