"""Models: CurrencyCode."""

from .._runtime._models import OpenStrEnum

__all__ = [
    "CurrencyCode",
]


class CurrencyCode(OpenStrEnum):
    """ISO 4217 currency code (only the ones this zoo accepts)."""

    EUR = "EUR"
    USD = "USD"
    GBP = "GBP"
