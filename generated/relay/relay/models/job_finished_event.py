"""Models: JobFinishedEvent."""

from typing import Literal

from .._runtime._models import SDKModel

__all__ = [
    "JobFinishedEvent",
]


class JobFinishedEvent(SDKModel):
    """What the callback of a job sends when it finishes, done or not."""

    type: Literal["job.finished"]

    job_id: str
