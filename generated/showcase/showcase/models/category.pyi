from . import Category as Category

__all__ = [
    "Category",
]
