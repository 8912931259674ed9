"""Models: EventDigest."""

from .._runtime._models import SDKModel
from .event import Event

__all__ = [
    "EventDigest",
]


class EventDigest(SDKModel):
    """EventDigest model."""

    events: list[Event]
