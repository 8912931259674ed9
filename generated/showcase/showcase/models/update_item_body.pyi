from typing import Literal

from typing_extensions import TypedDict

from .._runtime._models import SDKModel
from .item_status import ItemStatus
from .money import Money, MoneyParam

__all__ = [
    "UpdateItemBody",
    "UpdateItemBodyParam",
]

class UpdateItemBody(SDKModel):
    name: str | None
    description: str | None
    quantity: int | None
    status: ItemStatus | None
    price: Money | None
    tags: list[str] | None
    def __init__(
        self,
        *,
        name: str | None = None,
        description: str | None = None,
        quantity: int | None = None,
        status: ItemStatus | Literal["available", "reserved", "sold_out"] | None = None,
        price: Money | None = None,
        tags: list[str] | None = None,
    ) -> None: ...

class UpdateItemBodyParam(TypedDict, total=False):
    name: str
    description: str | None
    quantity: int
    status: ItemStatus | Literal["available", "reserved", "sold_out"]
    price: Money | MoneyParam
    tags: list[str]
