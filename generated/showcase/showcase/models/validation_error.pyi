from .._runtime._models import SDKModel
from .validation_error_error import ValidationErrorError

__all__ = [
    "ValidationError",
]

class ValidationError(SDKModel):
    message: str
    errors: list[ValidationErrorError]
    def __init__(
        self,
        *,
        message: str,
        errors: list[ValidationErrorError],
    ) -> None: ...
