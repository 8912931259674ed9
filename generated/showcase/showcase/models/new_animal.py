"""Models: NewAnimal."""

import datetime as dt
from typing import Literal, Required

from typing_extensions import TypedDict

from .._runtime._models import SDKModel
from .animal_kind import AnimalKind
from .health_status import HealthStatus
from .size_class import SizeClass

__all__ = [
    "NewAnimal",
    "NewAnimalParam",
]


class NewAnimal(SDKModel):
    """The data needed to add an animal. Fields that do not apply to its kind are ignored."""

    kind: AnimalKind

    name: str

    born_on: dt.date | None = None

    size: SizeClass = SizeClass.VALUE_2

    health: HealthStatus = HealthStatus.HEALTHY

    vaccinated: bool = False

    tags: list[str] | None = None

    breed: str | None = None
    """Dogs only; `mixed` when left out."""

    indoor: bool | None = None
    """Cats only."""

    wingspan_cm: float | None = None
    """Birds only."""

    can_talk: bool | None = None
    """Birds only."""


class NewAnimalParam(TypedDict, total=False):
    """`NewAnimal` as a dict: the keys a request sends."""

    kind: Required[AnimalKind | Literal["cat", "dog", "bird"]]
    name: Required[str]
    born_on: dt.date
    size: SizeClass | Literal[1, 2, 3]
    health: HealthStatus | Literal["healthy", "sick", "recovering"]
    vaccinated: bool
    tags: list[str]
    breed: str
    indoor: bool
    wingspan_cm: float
    can_talk: bool
