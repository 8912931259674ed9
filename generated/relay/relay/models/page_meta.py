"""Models: PageMeta."""

from __future__ import annotations

from .._runtime._models import SDKModel

__all__ = [
    "PageMeta",
]


class PageMeta(SDKModel):
    """PageMeta model."""

    next: str | None
