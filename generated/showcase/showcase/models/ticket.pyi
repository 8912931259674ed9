import datetime as dt
from typing import Any, Literal

from .._runtime._models import SDKModel
from .money import Money
from .ticket_class import TicketClass
from .ticket_zone import TicketZone

__all__ = [
    "Ticket",
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
