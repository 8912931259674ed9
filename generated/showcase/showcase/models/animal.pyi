from typing import TypeAlias

from .bird import Bird
from .cat import Cat
from .dog import Dog

__all__ = [
    "Animal",
]

Animal: TypeAlias = Cat | Dog | Bird
