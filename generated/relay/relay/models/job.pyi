from typing import Literal

from .._runtime._models import SDKModel
from .job_state import JobState

__all__ = [
    "Job",
]

class Job(SDKModel):
    id: str
    name: str
    state: JobState
    def __init__(
        self,
        *,
        id: str,
        name: str,
        state: JobState | Literal["queued", "running", "done"],
    ) -> None: ...
