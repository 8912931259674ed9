from . import JobState as JobState

__all__ = [
    "JobState",
]
