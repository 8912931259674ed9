"""Models: JobUpdate."""

from __future__ import annotations

from .._runtime._models import SDKModel

__all__ = [
    "JobUpdate",
]


class JobUpdate(SDKModel):
    """JobUpdate model."""

    name: str | None = None
