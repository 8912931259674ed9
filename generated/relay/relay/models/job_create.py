"""Models: JobCreate."""

from __future__ import annotations

from .._runtime._models import SDKModel

__all__ = [
    "JobCreate",
]


class JobCreate(SDKModel):
    """JobCreate model."""

    name: str
