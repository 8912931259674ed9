"""Models: Cat."""

import datetime as dt
from collections.abc import Mapping
from typing import Any, Literal, Required
from uuid import UUID

from typing_extensions import TypedDict

from .animal_base import AnimalBase
from .cat_kind import CatKind
from .enclosure import Enclosure, EnclosureParam
from .health_status import HealthStatus
from .size_class import SizeClass

__all__ = [
    "Cat",
    "CatParam",
]


class Cat(AnimalBase):
    """A cat."""

    kind: CatKind

    indoor: bool = True
    """Whether the cat stays indoors."""

    lives: int = 9
    """Lives left."""


class CatParam(TypedDict, total=False):
    """`Cat` as a dict: the keys a request sends."""

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
    kind: Required[CatKind | Literal["cat"]]
    indoor: bool
    lives: int
