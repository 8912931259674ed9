"""Models: Dog."""

import datetime as dt
from collections.abc import Mapping
from typing import Any, Literal, Required
from uuid import UUID

from typing_extensions import TypedDict

from .animal_base import AnimalBase
from .dog_kind import DogKind
from .enclosure import Enclosure, EnclosureParam
from .health_status import HealthStatus
from .size_class import SizeClass

__all__ = [
    "Dog",
    "DogParam",
]


class Dog(AnimalBase):
    """A dog."""

    kind: DogKind

    breed: str
    """The breed."""

    good_boy: bool = True


class DogParam(TypedDict, total=False):
    """`Dog` as a dict: the keys a request sends."""

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
    kind: Required[DogKind | Literal["dog"]]
    breed: Required[str]
    good_boy: bool
