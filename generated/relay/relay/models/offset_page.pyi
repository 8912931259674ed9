from .._runtime._models import SDKModel
from .item import Item

__all__ = [
    "OffsetPage",
]

class OffsetPage(SDKModel):
    results: list[Item]
    total: int
    def __init__(
        self,
        *,
        results: list[Item],
        total: int,
    ) -> None: ...
