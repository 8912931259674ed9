from .._runtime._models import SDKModel

__all__ = [
    "NewPet",
]

class NewPet(SDKModel):
    name: str
    tag: str | None
    def __init__(
        self,
        *,
        name: str,
        tag: str | None = None,
    ) -> None: ...
