"""Models: Enclosure."""

import datetime as dt
from typing import Required

from typing_extensions import TypedDict

from .._runtime._models import SDKModel

__all__ = [
    "Enclosure",
    "EnclosureParam",
]


class Enclosure(SDKModel):
    """Where the animal lives (an inline object)."""

    id: int

    name: str

    feeding_time: dt.time | None = None
    """Daily feeding time."""


class EnclosureParam(TypedDict, total=False):
    """`Enclosure` as a dict: the keys a request sends."""

    id: Required[int]
    name: Required[str]
    feeding_time: dt.time
