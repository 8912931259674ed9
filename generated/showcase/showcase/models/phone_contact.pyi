from . import PhoneContact as PhoneContact
from . import PhoneContactParam as PhoneContactParam

__all__ = [
    "PhoneContact",
    "PhoneContactParam",
]
