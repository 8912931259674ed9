"""Models: EchoGetMode."""

from .._runtime._models import OpenStrEnum

__all__ = [
    "EchoGetMode",
]


class EchoGetMode(OpenStrEnum):
    """EchoGetMode values; unknown values are accepted."""

    FAST = "fast"
    SLOW = "slow"
    EXTRA_SAFE = "extra-safe"
