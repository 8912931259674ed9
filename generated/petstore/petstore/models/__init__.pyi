from typing import Required

from typing_extensions import TypedDict

from .._runtime._models import SDKModel

__all__ = [
    "Error",
    "NewPet",
    "NewPetParam",
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

class Error(SDKModel):
    code: int
    message: str
    def __init__(
        self,
        *,
        code: int,
        message: str,
    ) -> None: ...
