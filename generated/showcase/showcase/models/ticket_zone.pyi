from . import TicketZone as TicketZone

__all__ = [
    "TicketZone",
]
