"""The private `_models` alias of the SDK's modules is no change of its API."""

from __future__ import annotations

from generator.apidiff import compare
from generator.surface import read_surface

STUB = """\
from .. import models{alias}
from .._runtime._base_client import SyncResource

class Pets(SyncResource):
    def show(self, pet_id: str, *, tag: {q}.Tag | None = None) -> list[{q}.Pet]: ...
"""


def test_a_stub_from_before_the_alias_has_the_same_surface() -> None:
    before = read_surface({"sdk/resources/pets.pyi": STUB.format(alias="", q="models")}, "sdk")
    after = read_surface(
        {"sdk/resources/pets.pyi": STUB.format(alias=" as _models", q="_models")}, "sdk"
    )
    assert compare(before, after) == []
    method = after.resources["Pets"].methods["show"]
    assert method.returns == "list[models.Pet]"
    assert [p.type for p in method.parameters] == ["str", "models.Tag | None"]
