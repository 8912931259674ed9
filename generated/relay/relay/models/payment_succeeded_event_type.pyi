from . import PaymentSucceededEventType as PaymentSucceededEventType

__all__ = [
    "PaymentSucceededEventType",
]
