"""Models: Keeper."""

import datetime as dt
from collections.abc import Sequence
from typing import Literal, Required
from uuid import UUID

from pydantic import Field
from typing_extensions import TypedDict

from .._runtime._models import SDKModel
from .animal_kind import AnimalKind
from .contact_method import ContactMethod
from .email_contact import EmailContactParam
from .phone_contact import PhoneContactParam

__all__ = [
    "Keeper",
    "KeeperParam",
]


class Keeper(SDKModel):
    """A zoo keeper. Several wire names are not Python identifiers (`first-name`, `@type`, `2fa_enabled`, `X-Rate`)."""

    id: UUID | None = None
    """Assigned by the server when left out."""

    first_name: str = Field(
        validation_alias="first-name", serialization_alias="first-name"
    )

    last_name: str | None = Field(
        default=None, validation_alias="last-name", serialization_alias="last-name"
    )

    type: str = Field(
        default="Keeper", validation_alias="@type", serialization_alias="@type"
    )
    """JSON-LD style type marker."""

    field_2fa_enabled: bool = Field(
        default=False, validation_alias="2fa_enabled", serialization_alias="2fa_enabled"
    )
    """Whether two-factor authentication is on."""

    x_rate: float | None = Field(
        default=None, validation_alias="X-Rate", serialization_alias="X-Rate"
    )
    """Hourly rate."""

    email: str

    hired_on: dt.date | None = None

    shift_start: dt.time | None = None
    """When the daily shift starts, e.g. `08:30:00`."""

    contact: ContactMethod | None = None

    expertise: list[AnimalKind] | None = None
    """Kinds of animal the keeper is trained for."""


KeeperParam = TypedDict(
    "KeeperParam",
    {
        "id": "UUID",
        "first-name": "Required[str]",
        "last-name": "str",
        "@type": "str",
        "2fa_enabled": "bool",
        "X-Rate": "float",
        "email": "Required[str]",
        "hired_on": "dt.date",
        "shift_start": "dt.time",
        "contact": "ContactMethod | EmailContactParam | PhoneContactParam",
        "expertise": "Sequence[AnimalKind | Literal['cat', 'dog', 'bird']]",
    },
    total=False,
)
