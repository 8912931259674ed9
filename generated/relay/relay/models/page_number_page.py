"""Models: PageNumberPage."""

from .._runtime._models import SDKModel
from .item import Item

__all__ = [
    "PageNumberPage",
]


class PageNumberPage(SDKModel):
    """PageNumberPage model."""

    items: list[Item]

    page: int
