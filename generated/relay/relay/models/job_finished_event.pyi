from . import JobFinishedEvent as JobFinishedEvent

__all__ = [
    "JobFinishedEvent",
]
