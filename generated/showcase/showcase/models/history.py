"""Models: History."""

import datetime as dt

from .._runtime._models import SDKModel

__all__ = [
    "History",
]


class History(SDKModel):
    """History model."""

    at: dt.datetime

    change: int
    """Units added (positive) or removed (negative)."""

    reason: str | None = None
