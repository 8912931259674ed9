from .._runtime._models import SDKModel
from .item import Item

__all__ = [
    "PageNumberPage",
]

class PageNumberPage(SDKModel):
    items: list[Item]
    page: int
    def __init__(
        self,
        *,
        items: list[Item],
        page: int,
    ) -> None: ...
