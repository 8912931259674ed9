from . import NewAnimal as NewAnimal
from . import NewAnimalParam as NewAnimalParam

__all__ = [
    "NewAnimal",
    "NewAnimalParam",
]
