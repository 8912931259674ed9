from . import NestedPage as NestedPage

__all__ = [
    "NestedPage",
]
