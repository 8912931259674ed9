from . import NewPet as NewPet
from . import NewPetParam as NewPetParam

__all__ = [
    "NewPet",
    "NewPetParam",
]
