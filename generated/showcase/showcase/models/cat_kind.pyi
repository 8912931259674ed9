from . import CatKind as CatKind

__all__ = [
    "CatKind",
]
