"""Models: EmailContact."""

from typing import Required

from typing_extensions import TypedDict

from .._runtime._models import SDKModel

__all__ = [
    "EmailContact",
    "EmailContactParam",
]


class EmailContact(SDKModel):
    """Contact by email."""

    email: str


class EmailContactParam(TypedDict, total=False):
    """`EmailContact` as a dict: the keys a request sends."""

    email: Required[str]
