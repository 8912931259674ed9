from . import EmailContact as EmailContact
from . import EmailContactParam as EmailContactParam

__all__ = [
    "EmailContact",
    "EmailContactParam",
]
