from . import CurrencyCode as CurrencyCode

__all__ = [
    "CurrencyCode",
]
