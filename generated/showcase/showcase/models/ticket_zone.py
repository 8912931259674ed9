"""Models: TicketZone."""

from .._runtime._models import OpenIntEnum

__all__ = [
    "TicketZone",
]


class TicketZone(OpenIntEnum):
    """TicketZone values; unknown values are accepted."""

    VALUE_1 = 1
    VALUE_2 = 2
    VALUE_3 = 3
