from typing import Required

from typing_extensions import TypedDict

from .._runtime._models import SDKModel

__all__ = [
    "EmailContact",
    "EmailContactParam",
]

class EmailContact(SDKModel):
    email: str
    def __init__(
        self,
        *,
        email: str,
    ) -> None: ...

class EmailContactParam(TypedDict, total=False):
    email: Required[str]
