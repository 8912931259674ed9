from . import JobCompletedEvent as JobCompletedEvent

__all__ = [
    "JobCompletedEvent",
]
