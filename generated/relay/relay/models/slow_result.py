"""Models: SlowResult."""

from .._runtime._models import SDKModel

__all__ = [
    "SlowResult",
]


class SlowResult(SDKModel):
    """SlowResult model."""

    slept: float
    """How long the server waited, in seconds."""
