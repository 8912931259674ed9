"""Models of the Swagger Petstore API.

Each model lives in a module of its own (models that refer to each other share one). This
package imports a module on first use of one of its names, so `import petstore.models`
stays fast however large the API is.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
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

_MODULE_OF: dict[str, str] = {
    "Error": "error",
    "NewPet": "new_pet",
    "NewPetParam": "new_pet",
    "Pet": "pet",
}


def __getattr__(name: str) -> Any:
    module = _MODULE_OF.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(f"{__name__}.{module}"), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(__all__))
