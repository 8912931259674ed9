from .._runtime._models import SDKModel

__all__ = [
    "Pet",
]

class Pet(SDKModel):
    id: int
    name: str
    tag: str | None
    def __init__(
        self,
        *,
        id: int,
        name: str,
        tag: str | None = None,
    ) -> None: ...
