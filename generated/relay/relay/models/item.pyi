from .._runtime._models import SDKModel

__all__ = [
    "Item",
]

class Item(SDKModel):
    id: str
    index: int
    def __init__(
        self,
        *,
        id: str,
        index: int,
    ) -> None: ...
