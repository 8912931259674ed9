"""Models: EmailContact."""

from __future__ import annotations

from .._runtime._models import SDKModel

__all__ = [
    "EmailContact",
]


class EmailContact(SDKModel):
    """Contact by email."""

    email: str
