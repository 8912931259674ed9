"""Models: AnimalKind."""

from .._runtime._models import OpenStrEnum

__all__ = [
    "AnimalKind",
]


class AnimalKind(OpenStrEnum):
    """The kind of an animal."""

    CAT = "cat"
    DOG = "dog"
    BIRD = "bird"
