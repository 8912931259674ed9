"""Models: Job."""

from .._runtime._models import SDKModel
from .job_state import JobState

__all__ = [
    "Job",
]


class Job(SDKModel):
    """Job model."""

    id: str

    name: str

    state: JobState
