from . import Money as Money
from . import MoneyParam as MoneyParam

__all__ = [
    "Money",
    "MoneyParam",
]
