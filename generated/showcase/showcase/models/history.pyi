import datetime as dt

from .._runtime._models import SDKModel

__all__ = [
    "History",
]

class History(SDKModel):
    at: dt.datetime
    change: int
    reason: str | None
    def __init__(
        self,
        *,
        at: dt.datetime,
        change: int,
        reason: str | None = None,
    ) -> None: ...
