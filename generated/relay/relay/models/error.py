"""Models: Error."""

from .._runtime._models import SDKModel

__all__ = [
    "Error",
]


class Error(SDKModel):
    """Error model."""

    code: str
    """A machine-readable error code."""

    message: str
    """A human-readable description."""
