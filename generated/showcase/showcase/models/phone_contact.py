"""Models: PhoneContact."""

from __future__ import annotations

from .._runtime._models import SDKModel

__all__ = [
    "PhoneContact",
]


class PhoneContact(SDKModel):
    """Contact by phone."""

    phone: str

    extension: str | None = None
