"""`sdkforge generate --check`: exit 0 on a current tree, exit 1 with a diff on drift."""

from __future__ import annotations

import copy
import os
import re
import shutil
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
import yaml
from syrupy.assertion import SnapshotAssertion

from generator.output import read_tree
from tests.helpers import ROOT, Cli, write_spec

CONFIG = """
[tool.sdkforge]
[[tool.sdkforge.sdks]]
spec = "specs/petstore.yaml"
output = "generated/petstore"
package = "petstore"
http = "httpx"
"""


@pytest.fixture
def project(tmp_path: Path) -> Path:
    """A copy of a project using sdkforge: config, one spec, its committed SDK."""
    (tmp_path / "pyproject.toml").write_text(CONFIG)
    shutil.copytree(ROOT / "specs", tmp_path / "specs")
    shutil.copytree(ROOT / "generated" / "petstore", tmp_path / "generated" / "petstore")
    return tmp_path


def test_the_committed_sdks_are_up_to_date(cli: Cli) -> None:
    result = cli("generate", "--check")
    assert result.returncode == 0, result.stdout + result.stderr
    assert "up to date" in result.stdout


def test_check_passes_on_a_clean_tree(project: Path, cli: Cli) -> None:
    result = cli("generate", "--check", cwd=project)
    assert result.returncode == 0, result.stdout + result.stderr
    assert result.stdout.strip() == "generated/petstore: up to date with specs/petstore.yaml"


def test_check_fails_on_an_edited_generated_file(project: Path, cli: Cli) -> None:
    model = project / "generated" / "petstore" / "petstore" / "models" / "pet.py"
    model.write_text(model.read_text().replace("name: str", "name: int"))
    before = model.read_text()
    result = cli("generate", "--check", cwd=project)
    assert result.returncode == 1
    assert "changed: petstore/models/pet.py" in result.stdout
    assert "-    name: int\n+    name: str" in result.stdout
    assert model.read_text() == before  # --check never writes


def test_check_fails_on_an_edited_spec(project: Path, cli: Cli) -> None:
    spec = project / "specs" / "petstore.yaml"
    renamed = "operationId: deletePet\n      x-sdkforge-name: pets.remove"
    spec.write_text(spec.read_text().replace("operationId: deletePet", renamed))
    result = cli("generate", "--check", cwd=project)
    assert result.returncode == 1
    assert "+    def remove(" in result.stdout
    assert "-    def delete(" in result.stdout
    assert (
        "BREAKING  renamed method Pets.delete: now Pets.remove (DELETE /pets/{petId})"
        in result.stdout
    )


def test_check_reports_missing_and_extra_files(project: Path, cli: Cli) -> None:
    sdk = project / "generated" / "petstore"
    (sdk / "petstore" / "errors.py").unlink()
    (sdk / "petstore" / "stray.py").write_text("x = 1\n")
    result = cli("generate", "--check", cwd=project)
    assert result.returncode == 1
    assert "missing: petstore/errors.py" in result.stdout
    assert "extra:   petstore/stray.py" in result.stdout


def test_generate_then_check_round_trip(project: Path, cli: Cli) -> None:
    shutil.rmtree(project / "generated")
    assert cli("generate", cwd=project).returncode == 0
    assert cli("generate", "--check", cwd=project).returncode == 0
    committed = (ROOT / "generated" / "petstore" / "petstore" / "_client.py").read_text()
    assert (project / "generated" / "petstore" / "petstore" / "_client.py").read_text() == committed


# --check on a small drifted tree: files, diff and API changes, pinned

TINY = {
    "openapi": "3.1.0",
    "info": {"title": "Tiny", "version": "1.0.0"},
    "paths": {
        "/things": {
            "get": {
                "operationId": "listThings",
                "tags": ["things"],
                "responses": {
                    "200": {
                        "description": "ok",
                        "content": {
                            "application/json": {
                                "schema": {
                                    "type": "array",
                                    "items": {"$ref": "#/components/schemas/Thing"},
                                }
                            }
                        },
                    }
                },
            }
        },
        "/things/{thingId}": {
            "delete": {
                "operationId": "deleteThing",
                "tags": ["things"],
                "parameters": [
                    {
                        "name": "thingId",
                        "in": "path",
                        "required": True,
                        "schema": {"type": "string"},
                    }
                ],
                "responses": {"204": {"description": "gone"}},
            }
        },
    },
    "components": {
        "schemas": {
            "Thing": {
                "type": "object",
                "required": ["id"],
                "properties": {"id": {"type": "integer"}, "name": {"type": "string"}},
            }
        }
    },
}
TINY_CONFIG = """
[tool.sdkforge]
[[tool.sdkforge.sdks]]
spec = "specs/tiny.json"
output = "generated/tiny"
package = "tiny"
"""


@pytest.fixture
def tiny(tmp_path: Path, cli: Cli) -> Path:
    (tmp_path / "pyproject.toml").write_text(TINY_CONFIG)
    (tmp_path / "specs").mkdir()
    write_spec(tmp_path / "specs", TINY, "tiny.json")
    result = cli("generate", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    return tmp_path


def _edit_spec(project: Path, change: Callable[[dict[str, Any]], object]) -> None:
    spec = copy.deepcopy(TINY)
    change(spec)
    write_spec(project / "specs", spec, "tiny.json")


def _drift(spec: dict[str, Any]) -> None:
    del spec["paths"]["/things/{thingId}"]
    spec["components"]["schemas"]["Thing"]["properties"]["id"] = {"type": "string"}


def test_check_output_on_a_drifted_tree_is_pinned(
    tiny: Path, snapshot: SnapshotAssertion, cli: Cli
) -> None:
    before = read_tree(tiny / "generated" / "tiny")
    _edit_spec(tiny, _drift)
    result = cli("generate", "--check", cwd=tiny)
    assert result.returncode == 1
    assert result.stdout == snapshot
    assert result.stdout.endswith(
        "API changes:\n"
        "  BREAKING  removed method Things.delete\n"
        "  BREAKING  changed field Thing.id: int -> str\n"
        "1 SDK(s) out of date: run `sdkforge generate` and commit the result.\n"
    )
    assert read_tree(tiny / "generated" / "tiny") == before  # --check never writes


def test_check_truncates_a_long_diff_per_file(tiny: Path, cli: Cli) -> None:
    def many_fields(spec: dict[str, Any]) -> None:
        properties = spec["components"]["schemas"]["Thing"]["properties"]
        properties.update({f"field{i}": {"type": "string"} for i in range(120)})

    _edit_spec(tiny, many_fields)
    result = cli("generate", "--check", cwd=tiny)
    assert result.returncode == 1
    omitted = re.findall(
        r"^\.\.\. (\d+) more diff lines of (\S+) omitted$", result.stdout, re.MULTILINE
    )
    assert ("tiny/models/thing.py" in [path for _, path in omitted]) and all(
        int(count) > 0 for count, _ in omitted
    )
    assert "  added     optional field Thing.field119: str | None" in result.stdout


def test_check_says_when_only_prose_changed(tiny: Path, cli: Cli) -> None:
    _edit_spec(
        tiny, lambda spec: spec["components"]["schemas"]["Thing"].update(description="A thing.")
    )
    result = cli("generate", "--check", cwd=tiny)
    assert result.returncode == 1
    assert "API changes: none\n" in result.stdout


def test_check_on_a_tree_without_stubs(tiny: Path, cli: Cli) -> None:
    for stub in (tiny / "generated" / "tiny").rglob("*.pyi"):
        stub.unlink()
    result = cli("generate", "--check", cwd=tiny)
    assert result.returncode == 1
    assert "  missing: tiny/_client.pyi" in result.stdout
    assert "API changes: not known (the SDK on disk has no stubs to compare with)" in result.stdout


def test_the_pre_commit_hook_runs_the_drift_check() -> None:
    hooks = yaml.safe_load((ROOT / ".pre-commit-hooks.yaml").read_text())
    (hook,) = [hook for hook in hooks if hook["id"] == "sdkforge-check"]
    assert hook["entry"] == "sdkforge generate --check"
    assert hook["language"] == "python"
    assert hook["pass_filenames"] is False


def test_check_never_follows_a_symlink_in_the_output(
    project: Path, tmp_path: Path, cli: Cli
) -> None:
    # a pull request adds links to a secret file: --check names them, never prints the secret
    secret = tmp_path / "runner-environment"
    secret.write_text("AWS_SECRET=TOPSECRET-123\n")
    secrets = tmp_path / "secrets"
    secrets.mkdir()
    (secrets / "token.py").write_text("TOKEN = 'TOPSECRET-456'\n")
    sdk = project / "generated" / "petstore"
    (sdk / "env.txt").symlink_to(secret)
    errors = sdk / "petstore" / "errors.py"
    errors.unlink()
    errors.symlink_to(secret)  # where a generated file is expected
    (sdk / "petstore" / "linked").symlink_to(secrets, target_is_directory=True)
    os.mkfifo(sdk / "petstore" / "pipe")  # reading it would hang
    result = cli("generate", "--check", cwd=project)
    assert result.returncode == 1
    assert "TOPSECRET" not in result.stdout + result.stderr
    assert "  symlink: env.txt (not followed, not read)" in result.stdout
    assert "  symlink: petstore/errors.py (not followed, not read)" in result.stdout
    assert "  symlink: petstore/linked (not followed, not read)" in result.stdout
    assert "  special: petstore/pipe (not followed, not read)" in result.stdout
    assert "4 not regular" in result.stdout


def test_check_does_not_follow_an_output_folder_that_is_a_symlink(
    project: Path, tmp_path: Path, cli: Cli
) -> None:
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    (elsewhere / "pyproject.toml").write_text("TOPSECRET = 1\n")
    sdk = project / "generated" / "petstore"
    shutil.rmtree(sdk)
    sdk.symlink_to(elsewhere, target_is_directory=True)
    result = cli("generate", "--check", cwd=project)
    assert result.returncode == 1
    assert "TOPSECRET" not in result.stdout
    assert "  symlink: . (not followed, not read)" in result.stdout
