"""Models: Animal."""

from typing import Annotated, TypeAlias

from pydantic import Discriminator, Tag

from .._runtime._models import TagOf
from .bird import Bird
from .cat import Cat
from .dog import Dog

__all__ = [
    "Animal",
]


Animal: TypeAlias = Annotated[
    Annotated[Cat, Tag("Cat")]
    | Annotated[Dog, Tag("Dog")]
    | Annotated[Bird, Tag("Bird")],
    Discriminator(TagOf("kind", "kind", {"cat": "Cat", "dog": "Dog", "bird": "Bird"})),
]
"""Any animal; the `kind` property tells which."""
