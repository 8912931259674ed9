import datetime as dt
from collections.abc import Sequence
from typing import Literal, Required
from uuid import UUID

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
    id: UUID | None
    first_name: str
    last_name: str | None
    type: str
    field_2fa_enabled: bool
    x_rate: float | None
    email: str
    hired_on: dt.date | None
    shift_start: dt.time | None
    contact: ContactMethod | None
    expertise: list[AnimalKind] | None
    def __init__(
        self,
        *,
        id: UUID | None = None,
        first_name: str,
        last_name: str | None = None,
        type: str = ...,
        field_2fa_enabled: bool = ...,
        x_rate: float | None = None,
        email: str,
        hired_on: dt.date | None = None,
        shift_start: dt.time | None = None,
        contact: ContactMethod | None = None,
        expertise: Sequence[AnimalKind | Literal["cat", "dog", "bird"]] | None = None,
    ) -> None: ...

KeeperParam = TypedDict(
    "KeeperParam",
    {
        "id": UUID,
        "first-name": Required[str],
        "last-name": str,
        "@type": str,
        "2fa_enabled": bool,
        "X-Rate": float,
        "email": Required[str],
        "hired_on": dt.date,
        "shift_start": dt.time,
        "contact": ContactMethod | EmailContactParam | PhoneContactParam,
        "expertise": Sequence[AnimalKind | Literal["cat", "dog", "bird"]],
    },
    total=False,
)
