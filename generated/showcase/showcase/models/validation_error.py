"""Models: ValidationError."""

from .._runtime._models import SDKModel
from .validation_error_error import ValidationErrorError

__all__ = [
    "ValidationError",
]


class ValidationError(SDKModel):
    """Why a request body was refused."""

    message: str

    errors: list[ValidationErrorError]
