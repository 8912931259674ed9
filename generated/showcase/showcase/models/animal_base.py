"""Models: AnimalBase."""

import datetime as dt
from typing import Any
from uuid import UUID

from .._runtime._models import SDKModel
from .enclosure import Enclosure
from .health_status import HealthStatus
from .size_class import SizeClass

__all__ = [
    "AnimalBase",
]


class AnimalBase(SDKModel):
    """Fields every animal has."""

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
