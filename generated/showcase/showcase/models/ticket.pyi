from . import Ticket as Ticket
from . import TicketParam as TicketParam

__all__ = [
    "Ticket",
    "TicketParam",
]
