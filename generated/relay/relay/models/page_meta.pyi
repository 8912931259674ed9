from . import PageMeta as PageMeta

__all__ = [
    "PageMeta",
]
