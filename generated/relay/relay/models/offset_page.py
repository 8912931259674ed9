"""Models: OffsetPage."""

from .._runtime._models import SDKModel
from .item import Item

__all__ = [
    "OffsetPage",
]


class OffsetPage(SDKModel):
    """OffsetPage model."""

    results: list[Item]

    total: int
