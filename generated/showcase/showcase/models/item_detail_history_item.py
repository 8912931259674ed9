"""Models: ItemDetailHistoryItem."""

from __future__ import annotations

import datetime as dt

from .._runtime._models import SDKModel

__all__ = [
    "ItemDetailHistoryItem",
]


class ItemDetailHistoryItem(SDKModel):
    """ItemDetailHistoryItem model."""

    at: dt.datetime

    change: int
    """Units added (positive) or removed (negative)."""

    reason: str | None = None
