from . import PaymentUpdate as PaymentUpdate
from . import PaymentUpdateParam as PaymentUpdateParam

__all__ = [
    "PaymentUpdate",
    "PaymentUpdateParam",
]
