from .._runtime._models import SDKModel
from .validation_error_errors_item import ValidationErrorErrorsItem

__all__ = [
    "ValidationError",
]

class ValidationError(SDKModel):
    message: str
    errors: list[ValidationErrorErrorsItem]
    def __init__(
        self,
        *,
        message: str,
        errors: list[ValidationErrorErrorsItem],
    ) -> None: ...
