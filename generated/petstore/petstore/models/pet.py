"""Models: Pet."""

from __future__ import annotations

from .._runtime._models import SDKModel

__all__ = [
    "Pet",
]


class Pet(SDKModel):
    """A pet in the store."""

    id: int
    """Unique id of the pet."""

    name: str
    """Name of the pet."""

    tag: str | None = None
    """Optional free-form tag; may be null."""
