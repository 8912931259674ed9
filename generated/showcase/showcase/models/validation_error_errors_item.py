"""Models: ValidationErrorErrorsItem."""

from __future__ import annotations

from .._runtime._models import SDKModel

__all__ = [
    "ValidationErrorErrorsItem",
]


class ValidationErrorErrorsItem(SDKModel):
    """ValidationErrorErrorsItem model."""

    loc: list[str]
    """Path to the offending value, starting with `body`."""

    msg: str

    type: str
    """Error kind, e.g. `missing`, `type`, `enum`, `format`."""
