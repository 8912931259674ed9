"""Models: JobState."""

from .._runtime._models import OpenStrEnum

__all__ = [
    "JobState",
]


class JobState(OpenStrEnum):
    """JobState values; unknown values are accepted."""

    QUEUED = "queued"
    RUNNING = "running"
    DONE = "done"
