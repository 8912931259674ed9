"""Models: Error."""

from .._runtime._models import SDKModel

__all__ = [
    "Error",
]


class Error(SDKModel):
    """An error answer."""

    code: int
    """Error code (the HTTP status)."""

    message: str
    """Human readable message."""
