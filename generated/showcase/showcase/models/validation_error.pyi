from . import ValidationError as ValidationError

__all__ = [
    "ValidationError",
]
