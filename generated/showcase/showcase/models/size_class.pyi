from . import SizeClass as SizeClass

__all__ = [
    "SizeClass",
]
