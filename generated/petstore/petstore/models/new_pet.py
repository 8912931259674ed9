"""Models: NewPet."""

from typing import Required

from typing_extensions import TypedDict

from .._runtime._models import SDKModel

__all__ = [
    "NewPet",
    "NewPetParam",
]


class NewPet(SDKModel):
    """The data needed to create a pet."""

    name: str
    """Name of the pet."""

    tag: str | None = None
    """Optional free-form tag."""


class NewPetParam(TypedDict, total=False):
    """`NewPet` as a dict: the keys a request sends."""

    name: Required[str]
    tag: str
