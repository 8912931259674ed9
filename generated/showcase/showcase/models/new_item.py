"""Models: NewItem."""

import datetime as dt
from collections.abc import Mapping
from typing import Any, Literal, Required
from uuid import UUID

from typing_extensions import TypedDict

from .._runtime._models import SDKModel
from .item_status import ItemStatus
from .money import Money, MoneyParam
from .new_item_dimensions import NewItemDimensions, NewItemDimensionsParam
from .new_item_priority import NewItemPriority
from .new_item_unit import NewItemUnit

__all__ = [
    "NewItem",
    "NewItemParam",
]


class NewItem(SDKModel):
    """The data needed to create a store item."""

    sku: str

    name: str

    description: str | None = None

    price: Money

    quantity: int = 0

    status: ItemStatus = ItemStatus.AVAILABLE

    unit: NewItemUnit = NewItemUnit.PIECE

    priority: NewItemPriority = NewItemPriority.VALUE_2

    restock_date: dt.date | None
    """Required but nullable; send null when no restock is planned."""

    weight_kg: float | None = None

    dimensions: NewItemDimensions | None = None

    stock_by_warehouse: dict[str, int] | None = None

    metadata: dict[str, Any] | None = None

    tags: list[str] | None = None

    category_id: int | None = None

    external_id: UUID | None = None

    supplier_email: str | None = None

    homepage: str | None = None

    thumbnail: str | None = None


class NewItemParam(TypedDict, total=False):
    """`NewItem` as a dict: the keys a request sends."""

    sku: Required[str]
    name: Required[str]
    description: str | None
    price: Required[Money | MoneyParam]
    quantity: int
    status: ItemStatus | Literal["available", "reserved", "sold_out"]
    unit: NewItemUnit | Literal["piece", "kg", "litre"]
    priority: NewItemPriority | Literal[1, 2, 3]
    restock_date: Required[dt.date | None]
    weight_kg: float
    dimensions: NewItemDimensions | NewItemDimensionsParam
    stock_by_warehouse: Mapping[str, int]
    metadata: Mapping[str, Any]
    tags: list[str]
    category_id: int
    external_id: UUID
    supplier_email: str
    homepage: str
    thumbnail: str
