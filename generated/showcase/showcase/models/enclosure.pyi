import datetime as dt

from .._runtime._models import SDKModel

__all__ = [
    "Enclosure",
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
