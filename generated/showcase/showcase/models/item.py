"""Models: Item."""

import datetime as dt
from typing import Any
from uuid import UUID

from .._runtime._models import SDKModel
from .dimensions import Dimensions
from .item_priority import ItemPriority
from .item_status import ItemStatus
from .item_unit import ItemUnit
from .money import Money

__all__ = [
    "Item",
]


class Item(SDKModel):
    """A store item."""

    id: int

    sku: str
    """Stock keeping unit; unique."""

    name: str

    description: str | None = None
    """Optional and nullable."""

    price: Money

    quantity: int

    status: ItemStatus

    unit: ItemUnit = ItemUnit.PIECE
    """Unit the quantity is counted in."""

    priority: ItemPriority = ItemPriority.VALUE_2
    """Reorder priority, 1 (high) to 3 (low)."""

    created_at: dt.datetime

    restock_date: dt.date | None
    """Required but nullable; null when no restock is planned."""

    weight_kg: float | None = None

    dimensions: Dimensions | None = None
    """Package size (an inline object)."""

    stock_by_warehouse: dict[str, int] | None = None
    """Units held per warehouse code."""

    metadata: dict[str, Any] | None = None
    """Free-form metadata."""

    tags: list[str] | None = None

    category_id: int | None = None

    external_id: UUID | None = None

    supplier_email: str | None = None

    homepage: str | None = None

    thumbnail: str | None = None
    """Base64-encoded thumbnail image."""
