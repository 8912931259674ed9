from . import Pet as Pet

__all__ = [
    "Pet",
]
