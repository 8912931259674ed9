from . import PaymentCreate as PaymentCreate
from . import PaymentCreateParam as PaymentCreateParam

__all__ = [
    "PaymentCreate",
    "PaymentCreateParam",
]
