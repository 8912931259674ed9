"""A long chain of models in models: the SDK validates it.

pydantic builds a model by recursing into the unbuilt models of its fields, about 11 frames
a level; a chain of 100 `$ref`s generated fine but its first validation raised
RecursionError inside pydantic. SDKModel now builds the models below first, deepest first.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from generator.cli import main
from tests.helpers import parse_dict

DEPTH = 120


def _run_in(folder: Path, script: str) -> subprocess.CompletedProcess[str]:
    """`script` run by a fresh interpreter in `folder` (where the generated package is)."""
    return subprocess.run(
        [sys.executable, "-c", script],
        cwd=folder,
        capture_output=True,
        text=True,
        check=False,
        timeout=120,
    )


def test_a_chain_of_120_models_validates(tmp_path: Path) -> None:
    schemas = {
        f"M{i}": {
            "type": "object",
            "properties": {
                "v": {"type": "integer"},
                "next": {"$ref": f"#/components/schemas/M{i + 1}"},
                "many": {"type": "array", "items": {"$ref": f"#/components/schemas/M{i + 1}"}},
            },
        }
        for i in range(DEPTH)
    }
    schemas[f"M{DEPTH}"] = {"type": "object", "properties": {"v": {"type": "integer"}}}
    spec = {
        "openapi": "3.1.0",
        "info": {"title": "t", "version": "1"},
        "paths": {},
        "components": {"schemas": schemas},
    }
    (tmp_path / "api.json").write_text(json.dumps(spec))
    assert main(["generate", str(tmp_path / "api.json"), "-o", str(tmp_path / "out"), "-q"]) == 0
    script = f"""
from out import models
data = {{"v": 0}}
for level in range({DEPTH}):
    data = {{"v": level + 1, "next": data, "many": [{{"v": -1}}]}}
model = models.M0.model_validate(data)
assert type(model.many[0]).__name__ == "M1"
for _ in range({DEPTH}):
    model = model.next
print(type(model).__name__, model.v)
"""
    result = _run_in(tmp_path / "out", script)
    assert result.returncode == 0, result.stderr[-2000:]
    assert result.stdout.strip() == f"M{DEPTH} 0"


def _chain(depth: int) -> dict[str, object]:
    schemas: dict[str, object] = {
        f"M{i}": {
            "type": "object",
            "properties": {"next": {"$ref": f"#/components/schemas/M{i + 1}"}},
        }
        for i in range(depth)
    }
    schemas[f"M{depth}"] = {"type": "object", "properties": {"v": {"type": "integer"}}}
    return {
        "openapi": "3.1.0",
        "info": {"title": "t", "version": "1"},
        "paths": {},
        "components": {"schemas": schemas},
    }


def test_a_chain_too_deep_to_import_is_a_warning(tmp_path: Path) -> None:
    # about 140 modules that import each other exhaust Python's recursion limit on import
    _, warnings = parse_dict(tmp_path, _chain(300))
    message = (
        "schema M0 starts a chain of 301 models in models; importing it may exceed "
        "Python's recursion limit (about 140 levels)"
    )
    assert [w.message for w in warnings] == [message]
    assert warnings[0].pointer == "/components/schemas/M0"
    _, warnings = parse_dict(tmp_path, _chain(DEPTH))
    assert warnings == []


def test_a_hierarchy_of_300_subclasses_imports_and_validates(tmp_path: Path) -> None:
    # each a subclass of the one before: a module each would be an import chain of 300
    depth = 300
    schemas: dict[str, object] = {
        "L0": {"type": "object", "properties": {"f0": {"type": "integer"}}}
    }
    for i in range(1, depth):
        schemas[f"L{i}"] = {
            "allOf": [
                {"$ref": f"#/components/schemas/L{i - 1}"},
                {"type": "object", "properties": {f"f{i}": {"type": "integer"}}},
            ]
        }
    spec = {"openapi": "3.1.0", "info": {"title": "t", "version": "1"}, "paths": {}}
    spec["components"] = {"schemas": schemas}
    _, warnings = parse_dict(tmp_path, spec)
    assert warnings == []
    (tmp_path / "api.json").write_text(json.dumps(spec))
    assert main(["generate", str(tmp_path / "api.json"), "-o", str(tmp_path / "out"), "-q"]) == 0
    script = f"""
from out import models
last = models.L{depth - 1}.model_validate({{f"f{{i}}": i for i in range({depth})}})
assert isinstance(last, models.L0) and type(last).__mro__[1] is models.L{depth - 2}
print(last.f0, last.f{depth - 1})
"""
    result = _run_in(tmp_path / "out", script)
    assert result.returncode == 0, result.stderr[-2000:]
    assert result.stdout.split() == ["0", str(depth - 1)]
