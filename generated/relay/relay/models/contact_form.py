"""Models: ContactForm."""

from typing import Required

from typing_extensions import TypedDict

from .._runtime._models import SDKModel

__all__ = [
    "ContactForm",
    "ContactFormParam",
]


class ContactForm(SDKModel):
    """ContactForm model."""

    name: str

    email: str

    count: int | None = None


class ContactFormParam(TypedDict, total=False):
    """`ContactForm` as a dict: the keys a request sends."""

    name: Required[str]
    email: Required[str]
    count: int
