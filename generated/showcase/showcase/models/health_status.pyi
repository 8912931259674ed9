from . import HealthStatus as HealthStatus

__all__ = [
    "HealthStatus",
]
