"""Models: TourStop."""

from __future__ import annotations

from .._runtime._models import SDKModel

__all__ = [
    "TourStop",
]


class TourStop(SDKModel):
    """One stop of a tour; `next` points to the following stop (a linked list) and is absent on the last one."""

    name: str

    duration_minutes: int = 10

    next: TourStop | None = None
