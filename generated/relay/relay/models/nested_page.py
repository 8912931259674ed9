"""Models: NestedPage."""

from .._runtime._models import SDKModel
from .item import Item
from .page_meta import PageMeta

__all__ = [
    "NestedPage",
]


class NestedPage(SDKModel):
    """NestedPage model."""

    entries: list[Item]

    meta: PageMeta
