"""Models: Event."""

from .._runtime._models import SDKModel

__all__ = [
    "Event",
]


class Event(SDKModel):
    """The `data` of each event of the stream."""

    id: int

    message: str
