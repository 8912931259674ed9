from typing import Required

from typing_extensions import TypedDict

from .._runtime._models import SDKModel

__all__ = [
    "PhoneContact",
    "PhoneContactParam",
]

class PhoneContact(SDKModel):
    phone: str
    extension: str | None
    def __init__(
        self,
        *,
        phone: str,
        extension: str | None = None,
    ) -> None: ...

class PhoneContactParam(TypedDict, total=False):
    phone: Required[str]
    extension: str
