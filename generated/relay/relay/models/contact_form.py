"""Models: ContactForm."""

from __future__ import annotations

from .._runtime._models import SDKModel

__all__ = [
    "ContactForm",
]


class ContactForm(SDKModel):
    """ContactForm model."""

    name: str

    email: str

    count: int | None = None
