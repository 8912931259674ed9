import datetime as dt
from typing import Any

from .._runtime._models import SDKModel
from .money import Money

__all__ = [
    "InventoryStats",
]

class InventoryStats(SDKModel):
    generated_at: dt.datetime
    counts_by_status: dict[str, int]
    value_by_warehouse: dict[str, Money]
    annotations: dict[str, Any] | None
    def __init__(
        self,
        *,
        generated_at: dt.datetime,
        counts_by_status: dict[str, int],
        value_by_warehouse: dict[str, Money],
        annotations: dict[str, Any] | None = None,
    ) -> None: ...
