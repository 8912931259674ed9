"""`sdkforge generate --check`: exit 0 on a current tree, exit 1 with a diff on drift."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tests.helpers import ROOT, run_cli

CONFIG = """
[tool.sdkforge]
[[tool.sdkforge.sdks]]
spec = "specs/petstore.yaml"
output = "generated/petstore"
package = "petstore"
"""


@pytest.fixture
def project(tmp_path: Path) -> Path:
    """A copy of a project using sdkforge: config, one spec, its committed SDK."""
    (tmp_path / "pyproject.toml").write_text(CONFIG)
    shutil.copytree(ROOT / "specs", tmp_path / "specs")
    shutil.copytree(ROOT / "generated" / "petstore", tmp_path / "generated" / "petstore")
    return tmp_path


def test_the_committed_sdks_are_up_to_date() -> None:
    result = run_cli("generate", "--check")
    assert result.returncode == 0, result.stdout + result.stderr
    assert "up to date" in result.stdout


def test_check_passes_on_a_clean_tree(project: Path) -> None:
    result = run_cli("generate", "--check", cwd=project)
    assert result.returncode == 0, result.stdout + result.stderr
    assert result.stdout.strip() == "generated/petstore: up to date with specs/petstore.yaml"


def test_check_fails_on_an_edited_generated_file(project: Path) -> None:
    model = project / "generated" / "petstore" / "petstore" / "models" / "pet.py"
    model.write_text(model.read_text().replace("name: str", "name: int"))
    before = model.read_text()
    result = run_cli("generate", "--check", cwd=project)
    assert result.returncode == 1
    assert "changed: petstore/models/pet.py" in result.stdout
    assert "-    name: int\n+    name: str" in result.stdout
    assert model.read_text() == before  # --check never writes


def test_check_fails_on_an_edited_spec(project: Path) -> None:
    spec = project / "specs" / "petstore.yaml"
    spec.write_text(spec.read_text().replace("operationId: deletePet", "operationId: removePet"))
    result = run_cli("generate", "--check", cwd=project)
    assert result.returncode == 1
    assert "+    def remove_pet(" in result.stdout
    assert "-    def delete_pet(" in result.stdout


def test_check_reports_missing_and_extra_files(project: Path) -> None:
    sdk = project / "generated" / "petstore"
    (sdk / "petstore" / "errors.py").unlink()
    (sdk / "petstore" / "stray.py").write_text("x = 1\n")
    result = run_cli("generate", "--check", cwd=project)
    assert result.returncode == 1
    assert "missing: petstore/errors.py" in result.stdout
    assert "extra:   petstore/stray.py" in result.stdout


def test_generate_then_check_round_trip(project: Path) -> None:
    shutil.rmtree(project / "generated")
    assert run_cli("generate", cwd=project).returncode == 0
    assert run_cli("generate", "--check", cwd=project).returncode == 0
    committed = (ROOT / "generated" / "petstore" / "petstore" / "_client.py").read_text()
    assert (project / "generated" / "petstore" / "petstore" / "_client.py").read_text() == committed


def test_output_is_identical_across_hash_seeds(tmp_path: Path) -> None:
    # set and dict orders must not leak into the output: two processes, two hash seeds
    outputs = []
    for seed in ("1", "2"):
        out = tmp_path / f"seed{seed}"
        env = {**os.environ, "PYTHONHASHSEED": seed}
        subprocess.run(
            [
                sys.executable,
                "-m",
                "generator",
                "generate",
                str(ROOT / "specs" / "showcase.yaml"),
                "-o",
                str(out),
                "-p",
                "showcase",
                "-q",
            ],
            check=True,
            env=env,
        )
        outputs.append(
            {
                p.relative_to(out).as_posix(): p.read_bytes()
                for p in sorted(out.rglob("*"))
                if p.is_file()
            }
        )
    assert outputs[0] == outputs[1]
    committed = ROOT / "generated" / "showcase"
    assert outputs[0] == {
        p.relative_to(committed).as_posix(): p.read_bytes()
        for p in sorted(committed.rglob("*"))
        if p.is_file() and "__pycache__" not in p.parts
    }
