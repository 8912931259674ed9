"""Models: PageMeta."""

from .._runtime._models import SDKModel

__all__ = [
    "PageMeta",
]


class PageMeta(SDKModel):
    """PageMeta model."""

    next: str | None
