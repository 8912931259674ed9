from . import Payment as Payment

__all__ = [
    "Payment",
]
