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
    kind: AnimalKind
    name: str
    born_on: dt.date | None
    size: SizeClass
    health: HealthStatus
    vaccinated: bool
    tags: list[str] | None
    breed: str | None
    indoor: bool | None
    wingspan_cm: float | None
    can_talk: bool | None
    def __init__(
        self,
        *,
        kind: AnimalKind | Literal["cat", "dog", "bird"],
        name: str,
        born_on: dt.date | None = None,
        size: SizeClass | Literal[1, 2, 3] = ...,
        health: HealthStatus | Literal["healthy", "sick", "recovering"] = ...,
        vaccinated: bool = ...,
        tags: list[str] | None = None,
        breed: str | None = None,
        indoor: bool | None = None,
        wingspan_cm: float | None = None,
        can_talk: bool | None = None,
    ) -> None: ...

class NewAnimalParam(TypedDict, total=False):
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
