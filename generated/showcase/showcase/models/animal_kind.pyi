from . import AnimalKind as AnimalKind

__all__ = [
    "AnimalKind",
]
