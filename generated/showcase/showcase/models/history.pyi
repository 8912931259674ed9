from . import History as History

__all__ = [
    "History",
]
