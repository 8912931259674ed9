"""Models: ValidationErrorError."""

from .._runtime._models import SDKModel

__all__ = [
    "ValidationErrorError",
]


class ValidationErrorError(SDKModel):
    """ValidationErrorError model."""

    loc: list[str]
    """Path to the offending value, starting with `body`."""

    msg: str

    type: str
    """Error kind, e.g. `missing`, `type`, `enum`, `format`."""
