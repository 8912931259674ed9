"""Models: DogKind."""

from .._runtime._models import OpenStrEnum

__all__ = [
    "DogKind",
]


class DogKind(OpenStrEnum):
    """DogKind values; unknown values are accepted."""

    DOG = "dog"
