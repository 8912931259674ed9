"""Models: ContactMethod."""

from typing import TypeAlias

from .email_contact import EmailContact
from .phone_contact import PhoneContact

__all__ = [
    "ContactMethod",
]


ContactMethod: TypeAlias = EmailContact | PhoneContact
"""How to reach a keeper outside working hours (no discriminator)."""
