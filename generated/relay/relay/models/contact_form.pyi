from . import ContactForm as ContactForm
from . import ContactFormParam as ContactFormParam

__all__ = [
    "ContactForm",
    "ContactFormParam",
]
