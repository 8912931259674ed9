"""Models: InventoryStats."""

import datetime as dt
from typing import Any

from .._runtime._models import SDKModel
from .money import Money

__all__ = [
    "InventoryStats",
]


class InventoryStats(SDKModel):
    """Store statistics."""

    generated_at: dt.datetime

    counts_by_status: dict[str, int]
    """Number of items per status (a map of string to integer)."""

    value_by_warehouse: dict[str, Money]
    """Stock value per warehouse code (a map of string to Money)."""

    annotations: dict[str, Any] | None = None
    """Free-form notes."""
