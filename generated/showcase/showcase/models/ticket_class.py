"""Models: TicketClass."""

from __future__ import annotations

from .._runtime._models import OpenStrEnum

__all__ = [
    "TicketClass",
]


class TicketClass(OpenStrEnum):
    """Fare class."""

    ADULT = "adult"
    CHILD = "child"
    SENIOR = "senior"
