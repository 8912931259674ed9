from .._runtime._models import SDKModel

__all__ = [
    "Category",
]

class Category(SDKModel):
    id: int
    name: str
    description: str | None
    children: list[Category] | None
    def __init__(
        self,
        *,
        id: int,
        name: str,
        description: str | None = None,
        children: list[Category] | None = None,
    ) -> None: ...
