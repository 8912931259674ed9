"""Models: CatKind."""

from .._runtime._models import OpenStrEnum

__all__ = [
    "CatKind",
]


class CatKind(OpenStrEnum):
    """CatKind values; unknown values are accepted."""

    CAT = "cat"
