"""Models: Bird."""

import datetime as dt
from collections.abc import Mapping
from typing import Any, Literal, Required
from uuid import UUID

from typing_extensions import TypedDict

from .animal_base import AnimalBase
from .bird_kind import BirdKind
from .enclosure import Enclosure, EnclosureParam
from .health_status import HealthStatus
from .size_class import SizeClass

__all__ = [
    "Bird",
    "BirdParam",
]


class Bird(AnimalBase):
    """A bird."""

    kind: BirdKind

    wingspan_cm: float | None = None
    """Wingspan in centimetres."""

    can_talk: bool = False


class BirdParam(TypedDict, total=False):
    """`Bird` as a dict: the keys a request sends."""

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
    attributes: Mapping[str, Any]
    kind: Required[BirdKind | Literal["bird"]]
    wingspan_cm: float
    can_talk: bool
