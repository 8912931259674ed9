"""Models: EchoPayload."""

import datetime as dt
from collections.abc import Mapping, Sequence
from typing import Any, Literal, Required

from typing_extensions import TypedDict

from .._runtime._models import SDKModel
from .animal import Animal
from .bird import BirdParam
from .cat import CatParam
from .dog import DogParam
from .item_status import ItemStatus
from .keeper import Keeper, KeeperParam
from .money import Money, MoneyParam
from .new_item import NewItem, NewItemParam
from .size_class import SizeClass
from .ticket import Ticket, TicketParam

__all__ = [
    "EchoPayload",
    "EchoPayloadParam",
]


class EchoPayload(SDKModel):
    """A kitchen-sink body for `echoPost`; only `message` is required."""

    message: str

    note: str | None = None

    count: int | None = None

    ratio: float | None = None

    enabled: bool | None = None

    when: dt.datetime | None = None

    day: dt.date | None = None

    at: dt.time | None = None

    data: str | None = None

    size: SizeClass | None = None

    status: ItemStatus | None = None

    keeper: Keeper | None = None

    ticket: Ticket | None = None

    animal: Animal | None = None

    item: NewItem | None = None

    price: Money | None = None

    tags: list[str] | None = None

    counters: dict[str, int] | None = None

    sizes: list[SizeClass] | None = None
    """Enum values in a list."""

    stock: dict[str, ItemStatus] | None = None
    """Enum values in a map."""

    extra: dict[str, Any] | None = None


class EchoPayloadParam(TypedDict, total=False):
    """`EchoPayload` as a dict: the keys a request sends."""

    message: Required[str]
    note: str | None
    count: int
    ratio: float
    enabled: bool
    when: dt.datetime
    day: dt.date
    at: dt.time
    data: str
    size: SizeClass | Literal[1, 2, 3]
    status: ItemStatus | Literal["available", "reserved", "sold_out"]
    keeper: Keeper | KeeperParam
    ticket: Ticket | TicketParam
    animal: Animal | CatParam | DogParam | BirdParam
    item: NewItem | NewItemParam
    price: Money | MoneyParam
    tags: list[str]
    counters: Mapping[str, int]
    sizes: Sequence[SizeClass | Literal[1, 2, 3]]
    stock: Mapping[str, ItemStatus | Literal["available", "reserved", "sold_out"]]
    extra: Mapping[str, Any]
