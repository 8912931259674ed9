from typing import Required

from typing_extensions import TypedDict

from .._runtime._models import SDKModel

__all__ = [
    "ContactForm",
    "ContactFormParam",
]

class ContactForm(SDKModel):
    name: str
    email: str
    count: int | None
    def __init__(
        self,
        *,
        name: str,
        email: str,
        count: int | None = None,
    ) -> None: ...

class ContactFormParam(TypedDict, total=False):
    name: Required[str]
    email: Required[str]
    count: int
