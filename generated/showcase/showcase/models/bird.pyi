import datetime as dt
from typing import Any, Literal, Required
from uuid import UUID

from typing_extensions import TypedDict

from .._runtime._models import SDKModel
from .bird_kind import BirdKind
from .enclosure import Enclosure, EnclosureParam
from .health_status import HealthStatus
from .size_class import SizeClass

__all__ = [
    "Bird",
    "BirdParam",
]

class Bird(SDKModel):
    id: UUID
    name: str
    born_on: dt.date | None
    size: SizeClass
    health: HealthStatus
    vaccinated: bool
    tags: list[str] | None
    photo_url: str | None
    keeper_id: UUID | None
    enclosure: Enclosure | None
    attributes: dict[str, Any] | None
    kind: BirdKind
    wingspan_cm: float | None
    can_talk: bool
    def __init__(
        self,
        *,
        id: UUID,
        name: str,
        born_on: dt.date | None = None,
        size: SizeClass | Literal[1, 2, 3],
        health: HealthStatus | Literal["healthy", "sick", "recovering"] = ...,
        vaccinated: bool = ...,
        tags: list[str] | None = None,
        photo_url: str | None = None,
        keeper_id: UUID | None = None,
        enclosure: Enclosure | None = None,
        attributes: dict[str, Any] | None = None,
        kind: BirdKind | Literal["bird"],
        wingspan_cm: float | None = None,
        can_talk: bool = ...,
    ) -> None: ...

class BirdParam(TypedDict, total=False):
    id: Required[UUID]
    name: Required[str]
    born_on: dt.date
    size: Required[SizeClass | Literal[1, 2, 3]]
    health: HealthStatus | Literal["healthy", "sick", "recovering"]
    vaccinated: bool
    tags: list[str]
    photo_url: str | None
    keeper_id: UUID | None
    enclosure: Enclosure | EnclosureParam
    attributes: dict[str, Any]
    kind: Required[BirdKind | Literal["bird"]]
    wingspan_cm: float
    can_talk: bool
