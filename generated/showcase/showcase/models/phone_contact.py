"""Models: PhoneContact."""

from typing import Required

from typing_extensions import TypedDict

from .._runtime._models import SDKModel

__all__ = [
    "PhoneContact",
    "PhoneContactParam",
]


class PhoneContact(SDKModel):
    """Contact by phone."""

    phone: str

    extension: str | None = None


class PhoneContactParam(TypedDict, total=False):
    """`PhoneContact` as a dict: the keys a request sends."""

    phone: Required[str]
    extension: str
