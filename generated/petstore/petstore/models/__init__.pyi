from .error import Error as Error
from .new_pet import NewPet as NewPet
from .new_pet import NewPetParam as NewPetParam
from .pet import Pet as Pet

__all__ = [
    "Error",
    "NewPet",
    "NewPetParam",
    "Pet",
]
