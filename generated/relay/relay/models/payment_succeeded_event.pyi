from . import PaymentSucceededEvent as PaymentSucceededEvent

__all__ = [
    "PaymentSucceededEvent",
]
