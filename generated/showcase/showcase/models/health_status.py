"""Models: HealthStatus."""

from .._runtime._models import OpenStrEnum

__all__ = [
    "HealthStatus",
]


class HealthStatus(OpenStrEnum):
    """Health of an animal."""

    HEALTHY = "healthy"
    SICK = "sick"
    RECOVERING = "recovering"
