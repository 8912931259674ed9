from .._runtime._models import SDKModel
from .item import Item

__all__ = [
    "ItemPage",
]

class ItemPage(SDKModel):
    data: list[Item]
    next_cursor: str | None
    def __init__(
        self,
        *,
        data: list[Item],
        next_cursor: str | None,
    ) -> None: ...
