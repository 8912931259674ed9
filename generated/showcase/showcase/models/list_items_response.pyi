from .._runtime._models import SDKModel
from .item import Item

__all__ = [
    "ListItemsResponse",
]

class ListItemsResponse(SDKModel):
    items: list[Item]
    total: int
    page: int
    next_page: int | None
    def __init__(
        self,
        *,
        items: list[Item],
        total: int,
        page: int,
        next_page: int | None,
    ) -> None: ...
