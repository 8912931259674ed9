from typing import Required

from typing_extensions import TypedDict

from .._runtime._models import SDKModel

__all__ = [
    "NewPet",
    "NewPetParam",
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

class NewPetParam(TypedDict, total=False):
    name: Required[str]
    tag: str
