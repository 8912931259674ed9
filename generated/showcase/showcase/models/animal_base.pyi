import datetime as dt
from typing import Any, Literal
from uuid import UUID

from .._runtime._models import SDKModel
from .enclosure import Enclosure
from .health_status import HealthStatus
from .size_class import SizeClass

__all__ = [
    "AnimalBase",
]

class AnimalBase(SDKModel):
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
    ) -> None: ...
