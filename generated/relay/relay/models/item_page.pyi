from . import ItemPage as ItemPage

__all__ = [
    "ItemPage",
]
