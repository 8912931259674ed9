"""Models: Dog."""

from __future__ import annotations

import datetime as dt
from typing import Any, Literal, Required
from uuid import UUID

from typing_extensions import TypedDict

from .._runtime._models import SDKModel
from .dog_kind import DogKind
from .enclosure import Enclosure, EnclosureParam
from .health_status import HealthStatus
from .size_class import SizeClass

__all__ = [
    "Dog",
    "DogParam",
]


class Dog(SDKModel):
    """A dog."""

    id: UUID
    """Unique id of the animal."""

    name: str
    """The animal's name."""

    born_on: dt.date | None = None
    """Birth date, when known."""

    size: SizeClass

    health: HealthStatus = HealthStatus.HEALTHY

    vaccinated: bool = False
    """Whether the yearly vaccination is done."""

    tags: list[str] | None = None
    """Free-form tags."""

    photo_url: str | None = None
    """Where the photo can be downloaded, or null when there is none."""

    keeper_id: UUID | None = None
    """The keeper in charge; optional, and null when nobody is assigned."""

    enclosure: Enclosure | None = None
    """Where the animal lives (an inline object)."""

    attributes: dict[str, Any] | None = None
    """Arbitrary extra attributes."""

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
    attributes: dict[str, Any]
    kind: Required[DogKind | Literal["dog"]]
    breed: Required[str]
    good_boy: bool
