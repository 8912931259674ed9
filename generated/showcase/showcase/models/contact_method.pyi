from typing import TypeAlias

from .email_contact import EmailContact
from .phone_contact import PhoneContact

__all__ = [
    "ContactMethod",
]

ContactMethod: TypeAlias = EmailContact | PhoneContact
