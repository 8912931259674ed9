"""OpenAPI Overlays (1.0): `update` merges, `remove` removes, actions and overlays apply
in order, a target that selects nothing is a warning; a broken overlay is one error line;
overlays come from the config or `--overlay`, are confined like specs, and `--check` sees
a change to one as drift."""

from __future__ import annotations

import copy
import shutil
from pathlib import Path
from typing import Any

import pytest
import yaml

from generator.errors import SpecError, SpecWarning
from generator.load.overlay import apply_overlays
from tests.helpers import ROOT, Cli
from tests.test_drift_check import CONFIG as PETSTORE_CONFIG

DOCUMENT: dict[str, Any] = {
    "openapi": "3.1.0",
    "info": {"title": "t", "version": "1"},
    "tags": [{"name": "a"}],
    "paths": {
        "/a": {"get": {"operationId": "getA", "x-internal": True, "responses": {}}},
        "/b": {"get": {"operationId": "getB", "responses": {}}},
    },
}


def _apply(tmp_path: Path, *overlays: dict[str, Any]) -> tuple[Any, list[SpecWarning]]:
    paths = []
    for index, overlay in enumerate(overlays):
        path = tmp_path / f"overlay{index}.yaml"
        path.write_text(yaml.safe_dump(overlay), encoding="utf-8")
        paths.append(path)
    warnings: list[SpecWarning] = []
    result = apply_overlays(copy.deepcopy(DOCUMENT), paths, warnings, [p.name for p in paths])
    return result, warnings


def _overlay(*actions: dict[str, Any]) -> dict[str, Any]:
    return {"overlay": "1.0.0", "info": {"title": "o", "version": "1"}, "actions": list(actions)}


def test_update_merges_objects_appends_to_arrays_and_replaces_the_rest(tmp_path: Path) -> None:
    result, warnings = _apply(
        tmp_path,
        _overlay(
            {"target": "$.info", "update": {"title": "T", "contact": {"name": "me"}}},
            {"target": "$", "update": {"tags": [{"name": "b"}]}},
            {"target": "$.tags", "update": {"name": "c"}},
        ),
    )
    assert result["info"] == {"title": "T", "version": "1", "contact": {"name": "me"}}
    assert result["tags"] == [{"name": "a"}, {"name": "b"}, {"name": "c"}]
    assert warnings == []


def test_remove_takes_every_selected_node_out_of_its_parent(tmp_path: Path) -> None:
    result, _ = _apply(
        tmp_path, _overlay({"target": "$.paths[*][?@['x-internal'] == true]", "remove": True})
    )
    assert result["paths"] == {"/a": {}, "/b": DOCUMENT["paths"]["/b"]}


def test_actions_and_overlays_apply_in_order(tmp_path: Path) -> None:
    rename = {"target": "$.paths['/a'].get", "update": {"operationId": "first"}}
    second = {"target": "$.paths['/a'].get[?@.operationId == 'first']", "update": {}}
    result, warnings = _apply(
        tmp_path,
        _overlay(rename, {"target": "$.paths['/a'].get", "update": {"operationId": "second"}}),
        _overlay(second),  # sees the first overlay's result: selects nothing any more
    )
    assert result["paths"]["/a"]["get"]["operationId"] == "second"
    assert [w.pointer for w in warnings] == ["/actions/0/target"]


def test_a_target_that_selects_nothing_is_a_warning(tmp_path: Path) -> None:
    result, warnings = _apply(tmp_path, _overlay({"target": "$.paths['/gone']", "remove": True}))
    assert result == DOCUMENT
    (warning,) = warnings
    assert warning.pointer == "/actions/0/target"
    assert "in overlay overlay0.yaml: target \"$.paths['/gone']\" selects nothing" in warning.message
    assert "the Overlay Specification allows this" in warning.message


@pytest.mark.parametrize(
    ("overlay", "error"),
    [
        (
            _overlay({"target": "$.paths[", "update": {}}),
            "overlay0.yaml#/actions/0/target: invalid JSONPath '$.paths['",
        ),
        (
            _overlay({"target": "$.info.title", "update": {"x": 1}}),
            "overlay0.yaml#/actions/0/update: target '$.info.title' selects #/info/title, which "
            "is not an object or array to update",
        ),
        (_overlay({"target": "$.info"}), "overlay0.yaml#/actions/0: an action needs 'update' or"),
        (
            {**_overlay({"target": "$", "update": {}}), "overlay": "2.0.0"},
            "overlay0.yaml#/overlay: unsupported overlay version '2.0.0'",
        ),
        ({**_overlay(), "actions": []}, "overlay0.yaml#/actions: 'actions' must be a non-empty"),
    ],
    ids=["jsonpath", "scalar-target", "no-update", "version", "no-actions"],
)
def test_a_broken_overlay_is_one_error_line(
    tmp_path: Path, overlay: dict[str, Any], error: str
) -> None:
    with pytest.raises(SpecError) as raised:
        _apply(tmp_path, overlay)
    assert str(raised.value).startswith(error)


CONFIG = PETSTORE_CONFIG + 'overlays = ["specs/fixes.yaml"]\n'
RENAME = _overlay(
    {"target": "$.components.schemas.Pet.properties.name", "update": {"description": "Its name"}}
)


@pytest.fixture
def project(tmp_path: Path) -> Path:
    (tmp_path / "pyproject.toml").write_text(CONFIG, encoding="utf-8")
    (tmp_path / "specs").mkdir()
    shutil.copyfile(ROOT / "specs" / "petstore.yaml", tmp_path / "specs" / "petstore.yaml")
    (tmp_path / "specs" / "fixes.yaml").write_text(yaml.safe_dump(RENAME), encoding="utf-8")
    return tmp_path


def test_a_change_to_an_overlay_is_drift(project: Path, cli: Cli) -> None:
    assert cli("generate", "-q", cwd=project).returncode == 0
    model = project / "generated" / "petstore" / "petstore" / "models" / "pet.py"
    assert "Its name" in model.read_text()
    assert cli("generate", "--check", cwd=project).returncode == 0
    changed = copy.deepcopy(RENAME)
    changed["actions"][0]["update"]["description"] = "What it answers to"
    (project / "specs" / "fixes.yaml").write_text(yaml.safe_dump(changed), encoding="utf-8")
    result = cli("generate", "--check", cwd=project)
    assert result.returncode == 1
    assert "changed: petstore/models/pet.py" in result.stdout
    assert "out of date with specs/petstore.yaml + specs/fixes.yaml" in result.stdout
    assert any(
        line.startswith("+") and "What it answers to" in line
        for line in result.stdout.splitlines()
    )


def test_an_overlay_linked_from_outside_the_project_is_refused(
    project: Path, tmp_path_factory: pytest.TempPathFactory, cli: Cli
) -> None:
    outside = tmp_path_factory.mktemp("outside") / "fixes.yaml"
    outside.write_text(yaml.safe_dump(RENAME), encoding="utf-8")
    (project / "specs" / "fixes.yaml").unlink()
    (project / "specs" / "fixes.yaml").symlink_to(outside)
    result = cli("generate", "-q", cwd=project)
    assert result.returncode == 1
    assert "the overlay file is a symlink (or lies in a linked folder)" in result.stderr
    assert not (project / "generated").exists()


def test_overlay_on_the_command_line_goes_with_spec(project: Path, cli: Cli) -> None:
    result = cli("generate", "--overlay", "specs/fixes.yaml", cwd=project)
    assert result.returncode == 2
    out = project / "out"
    spec_run = cli(
        "generate", "specs/petstore.yaml", "-o", str(out), "--overlay", "specs/fixes.yaml", "-q",
        cwd=project,
    )
    assert spec_run.returncode == 0, spec_run.stderr
    assert "Its name" in (out / "out" / "models" / "pet.py").read_text()
