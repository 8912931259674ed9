"""Models: TicketClass."""

from .._runtime._models import OpenStrEnum

__all__ = [
    "TicketClass",
]


class TicketClass(OpenStrEnum):
    """Fare class."""

    ADULT = "adult"
    CHILD = "child"
    SENIOR = "senior"
