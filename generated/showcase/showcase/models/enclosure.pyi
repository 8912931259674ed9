import datetime as dt
from typing import Required

from typing_extensions import TypedDict

from .._runtime._models import SDKModel

__all__ = [
    "Enclosure",
    "EnclosureParam",
]

class Enclosure(SDKModel):
    id: int
    name: str
    feeding_time: dt.time | None
    def __init__(
        self,
        *,
        id: int,
        name: str,
        feeding_time: dt.time | None = None,
    ) -> None: ...

class EnclosureParam(TypedDict, total=False):
    id: Required[int]
    name: Required[str]
    feeding_time: dt.time
