"""Models: JobCompletedEvent."""

from typing import Literal

from .._runtime._models import SDKModel
from .job import Job

__all__ = [
    "JobCompletedEvent",
]


class JobCompletedEvent(SDKModel):
    """A job reached the `done` state."""

    id: str

    type: Literal["job.completed"]

    created_at: int
    """Unix time of the event."""

    data: Job
