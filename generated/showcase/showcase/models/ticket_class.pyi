from . import TicketClass as TicketClass

__all__ = [
    "TicketClass",
]
