"""Models: Error."""

from .._runtime._models import SDKModel

__all__ = [
    "Error",
]


class Error(SDKModel):
    """Error answer used by every API for non-validation failures."""

    code: int
    """Error code (the HTTP status)."""

    message: str
    """Human readable message."""

    details: list[str] | None = None
    """Optional extra detail lines."""
