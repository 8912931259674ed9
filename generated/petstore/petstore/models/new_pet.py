"""Models: NewPet."""

from __future__ import annotations

from .._runtime._models import SDKModel

__all__ = [
    "NewPet",
]


class NewPet(SDKModel):
    """The data needed to create a pet."""

    name: str
    """Name of the pet."""

    tag: str | None = None
    """Optional free-form tag."""
