from . import JobCreate as JobCreate
from . import JobCreateParam as JobCreateParam

__all__ = [
    "JobCreate",
    "JobCreateParam",
]
