"""Models: BirdKind."""

from .._runtime._models import OpenStrEnum

__all__ = [
    "BirdKind",
]


class BirdKind(OpenStrEnum):
    """BirdKind values; unknown values are accepted."""

    BIRD = "bird"
