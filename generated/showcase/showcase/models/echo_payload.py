"""Models: EchoPayload."""

from __future__ import annotations

import datetime as dt
from typing import Any

from .._runtime._models import SDKModel
from .animal import Animal
from .item_status import ItemStatus
from .keeper import Keeper
from .money import Money
from .new_item import NewItem
from .size_class import SizeClass
from .ticket import Ticket

__all__ = [
    "EchoPayload",
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

    extra: dict[str, Any] | None = None
