from . import Cat as Cat
from . import CatParam as CatParam

__all__ = [
    "Cat",
    "CatParam",
]
