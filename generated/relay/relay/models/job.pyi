from . import Job as Job

__all__ = [
    "Job",
]
