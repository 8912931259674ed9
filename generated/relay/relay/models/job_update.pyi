from . import JobUpdate as JobUpdate
from . import JobUpdateParam as JobUpdateParam

__all__ = [
    "JobUpdate",
    "JobUpdateParam",
]
