"""A model that became a subclass has the surface it had flattened: its base's fields first,
required as its constructor's keyword TypedDict says."""

from __future__ import annotations

from generator.apidiff import compare
from generator.surface import read_surface

FLAT = """\
class Named(SDKModel):
    name: str
    kind: str | None
    def __init__(self, *, name: str, kind: str | None = None) -> None: ...

class Pet(SDKModel):
    name: str
    kind: str | None
    owner_id: int
    def __init__(self, *, name: str, kind: str | None = None, owner_id: int) -> None: ...
"""

# the subclass first: a stub may name a base defined further down
SUBCLASS = """\
class _PetInit(_NamedInit, total=False):
    owner_id: Required[int]

class Pet(Named):
    owner_id: int
    def __init__(self, **data: Unpack[_PetInit]) -> None: ...

class _NamedInit(TypedDict, total=False):
    name: Required[str]
    kind: str | None

class Named(SDKModel):
    name: str
    kind: str | None
    def __init__(self, **data: Unpack[_NamedInit]) -> None: ...
"""


def test_a_subclass_has_the_surface_of_its_flattened_model() -> None:
    before = read_surface({"sdk/models/__init__.pyi": FLAT}, "sdk")
    after = read_surface({"sdk/models/__init__.pyi": SUBCLASS}, "sdk")

    assert compare(before, after) == []
    pet = after.models["Pet"]
    assert list(pet.fields) == ["name", "kind", "owner_id"]
    assert [f.required for f in pet.fields.values()] == [True, False, True]
    assert set(after.models) == {"Named", "Pet"}  # the keyword TypedDicts are no models
