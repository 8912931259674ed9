from .._runtime._models import SDKModel
from .event import Event

__all__ = [
    "EventDigest",
]

class EventDigest(SDKModel):
    events: list[Event]
    def __init__(
        self,
        *,
        events: list[Event],
    ) -> None: ...
