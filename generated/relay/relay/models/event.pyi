from . import Event as Event

__all__ = [
    "Event",
]
