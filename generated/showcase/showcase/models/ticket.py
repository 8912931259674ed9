"""Models: Ticket."""

import datetime as dt
from collections.abc import Mapping
from typing import Any, Literal, Required

from pydantic import Field
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
    """A visitor ticket. Its property names are Python keywords and builtins on purpose (`class`, `from`, `import`, `type`, `id`, `list`, `str`, `json`, `model_config`)."""

    id: str
    """Ticket code, chosen by the client, e.g. `T-1001`."""

    class_: TicketClass = Field(validation_alias="class", serialization_alias="class")
    """Fare class."""

    from_: dt.date = Field(validation_alias="from", serialization_alias="from")
    """First valid day."""

    until: dt.date | None = None
    """Last valid day; optional, null for open-ended tickets."""

    import_: bool = Field(
        default=False, validation_alias="import", serialization_alias="import"
    )
    """Whether the ticket was imported from a partner."""

    type: str = "day-pass"

    list_: list[str] | None = Field(
        default=None, validation_alias="list", serialization_alias="list"
    )
    """Zones the ticket covers."""

    str_: str | None = Field(
        default=None, validation_alias="str", serialization_alias="str"
    )
    """A printable note."""

    json_: dict[str, Any] | None = Field(
        default=None, validation_alias="json", serialization_alias="json"
    )
    """Free-form data."""

    model_config_: str | None = Field(
        default=None,
        validation_alias="model_config",
        serialization_alias="model_config",
    )
    """Name of the ticket layout."""

    price: Money | None = None

    zone: TicketZone = TicketZone.VALUE_1

    barcode: str | None = None
    """Base64-encoded barcode."""


TicketParam = TypedDict(
    "TicketParam",
    {
        "id": "Required[str]",
        "class": "Required[TicketClass | Literal['adult', 'child', 'senior']]",
        "from": "Required[dt.date]",
        "until": "dt.date | None",
        "import": "bool",
        "type": "str",
        "list": "list[str]",
        "str": "str",
        "json": "Mapping[str, Any]",
        "model_config": "str",
        "price": "Money | MoneyParam",
        "zone": "TicketZone | Literal[1, 2, 3]",
        "barcode": "str",
    },
    total=False,
)
