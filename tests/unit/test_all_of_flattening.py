"""`allOf` flattening walks each `$ref` target once, and gives the fields the walk gives."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from generator.parse.schemas import SchemaParser
from generator.render.types import annotation
from tests.helpers import minimal_spec, model, parse_dict


def ref(name: str) -> dict[str, str]:
    return {"$ref": f"#/components/schemas/{name}"}


def props(**types: str) -> dict[str, Any]:
    return {"type": "object", "properties": {k: {"type": v} for k, v in types.items()}}


def chain(size: int) -> dict[str, Any]:
    schemas: dict[str, Any] = {"Level0": props(field_0="string")}
    for index in range(1, size):
        schemas[f"Level{index}"] = {
            "allOf": [ref(f"Level{index - 1}"), props(**{f"field_{index}": "string"})]
        }
    return minimal_spec(components={"schemas": schemas})


def test_a_chain_of_models_walks_each_target_once(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    walks = 0
    collect = SchemaParser._collect

    def counted(self: SchemaParser, *args: Any) -> None:
        nonlocal walks
        walks += 1
        collect(self, *args)

    monkeypatch.setattr(SchemaParser, "_collect", counted)
    size = 60
    api, warnings = parse_dict(tmp_path, chain(size))
    assert warnings == []
    last = model(api, f"Level{size - 1}")
    assert [f.name for f in last.fields] == [f"field_{index}" for index in range(size)]
    # each model's own walk and its inline part, and one walk of each target: not size²/2
    assert walks <= 4 * size, walks


def test_a_diamond_keeps_the_first_override_and_its_order(tmp_path: Path) -> None:
    spec = minimal_spec(
        components={
            "schemas": {
                "D": props(x="string", z="string"),
                "B": {"allOf": [ref("D"), props(x="integer")]},
                "C": {"allOf": [ref("D"), props(y="boolean")]},
                "A": {"allOf": [ref("B"), ref("C"), props(a="number")]},
                # reached the other way round: C's walk of D comes first, B's x overrides
                "E": {"allOf": [ref("C"), ref("B")]},
            }
        }
    )
    api, _ = parse_dict(tmp_path, spec)
    fields = {
        name: [(f.name, annotation(f.type)) for f in model(api, name).fields] for name in "AE"
    }
    # C reaches D again: D is not walked twice, so D's x does not undo B's
    assert fields["A"] == [("z", "str"), ("x", "int"), ("y", "bool"), ("a", "float")]
    assert fields["E"] == [("z", "str"), ("y", "bool"), ("x", "int")]
