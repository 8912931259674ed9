from .._runtime._models import SDKModel
from .item import Item
from .page_meta import PageMeta

__all__ = [
    "NestedPage",
]

class NestedPage(SDKModel):
    entries: list[Item]
    meta: PageMeta
    def __init__(
        self,
        *,
        entries: list[Item],
        meta: PageMeta,
    ) -> None: ...
