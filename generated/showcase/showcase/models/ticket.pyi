import datetime as dt
from typing import Any, Literal, Required

from typing_extensions import TypedDict

from .._runtime._models import SDKModel
from .money import Money, MoneyParam
from .ticket_class import TicketClass
from .ticket_zone import TicketZone

__all__ = [
    "Ticket",
    "TicketParam",
]

class Ticket(SDKModel):
    id: str
    class_: TicketClass
    from_: dt.date
    until: dt.date | None
    import_: bool
    type: str
    list_: list[str] | None
    str_: str | None
    json_: dict[str, Any] | None
    model_config_: str | None
    price: Money | None
    zone: TicketZone
    barcode: str | None
    def __init__(
        self,
        *,
        id: str,
        class_: TicketClass | Literal["adult", "child", "senior"],
        from_: dt.date,
        until: dt.date | None = None,
        import_: bool = ...,
        type: str = ...,
        list_: list[str] | None = None,
        str_: str | None = None,
        json_: dict[str, Any] | None = None,
        model_config_: str | None = None,
        price: Money | None = None,
        zone: TicketZone | Literal[1, 2, 3] = ...,
        barcode: str | None = None,
    ) -> None: ...

TicketParam = TypedDict(
    "TicketParam",
    {
        "id": Required[str],
        "class": Required[TicketClass | Literal["adult", "child", "senior"]],
        "from": Required[dt.date],
        "until": dt.date | None,
        "import": bool,
        "type": str,
        "list": list[str],
        "str": str,
        "json": dict[str, Any],
        "model_config": str,
        "price": Money | MoneyParam,
        "zone": TicketZone | Literal[1, 2, 3],
        "barcode": str,
    },
    total=False,
)
