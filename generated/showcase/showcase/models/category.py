"""Models: Category."""

from __future__ import annotations

from .._runtime._models import SDKModel

__all__ = [
    "Category",
]


class Category(SDKModel):
    """An item category; categories nest (recursive model)."""

    id: int

    name: str

    description: str | None = None

    children: list[Category] | None = None
    """Sub-categories."""
