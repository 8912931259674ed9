import datetime as dt
from typing import Any, Literal
from uuid import UUID

from .._runtime._models import SDKModel
from .category import Category
from .dimensions import Dimensions
from .history import History
from .item_priority import ItemPriority
from .item_status import ItemStatus
from .item_unit import ItemUnit
from .money import Money

__all__ = [
    "ItemDetail",
]

class ItemDetail(SDKModel):
    id: int
    sku: str
    name: str
    description: str | None
    price: Money
    quantity: int
    status: ItemStatus
    unit: ItemUnit
    priority: ItemPriority
    created_at: dt.datetime
    restock_date: dt.date | None
    weight_kg: float | None
    dimensions: Dimensions | None
    stock_by_warehouse: dict[str, int] | None
    metadata: dict[str, Any] | None
    tags: list[str] | None
    category_id: int | None
    external_id: UUID | None
    supplier_email: str | None
    homepage: str | None
    thumbnail: str | None
    category: Category | None
    history: list[History]
    def __init__(
        self,
        *,
        id: int,
        sku: str,
        name: str,
        description: str | None = None,
        price: Money,
        quantity: int,
        status: ItemStatus | Literal["available", "reserved", "sold_out"],
        unit: ItemUnit | Literal["piece", "kg", "litre"] = ...,
        priority: ItemPriority | Literal[1, 2, 3] = ...,
        created_at: dt.datetime,
        restock_date: dt.date | None,
        weight_kg: float | None = None,
        dimensions: Dimensions | None = None,
        stock_by_warehouse: dict[str, int] | None = None,
        metadata: dict[str, Any] | None = None,
        tags: list[str] | None = None,
        category_id: int | None = None,
        external_id: UUID | None = None,
        supplier_email: str | None = None,
        homepage: str | None = None,
        thumbnail: str | None = None,
        category: Category | None = None,
        history: list[History],
    ) -> None: ...
