"""Models: Pet."""

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
