from . import ValidationErrorError as ValidationErrorError

__all__ = [
    "ValidationErrorError",
]
