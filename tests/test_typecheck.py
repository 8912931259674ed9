"""The generated SDKs pass `mypy --strict`, and so does user code written against them."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.helpers import ROOT


def mypy(
    *targets: str, cache: Path, mypypath: str | None = None
) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ)
    if mypypath:
        env["MYPYPATH"] = mypypath
    return subprocess.run(
        [
            sys.executable,
            "-m",
            "mypy",
            "--strict",
            "--no-error-summary",
            "--cache-dir",
            str(cache),
            *targets,
        ],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
        env=env,
    )


@pytest.mark.parametrize("sdk", ["petstore", "showcase", "relay"])
def test_generated_sdk_passes_mypy_strict(
    sdk: str, tmp_path_factory: pytest.TempPathFactory
) -> None:
    result = mypy(
        "-p", sdk, cache=tmp_path_factory.mktemp("mypy"), mypypath=str(ROOT / "generated" / sdk)
    )
    assert result.returncode == 0, result.stdout + result.stderr


@pytest.mark.parametrize("sdk", ["showcase", "relay"])
def test_user_code_type_checks_with_real_types(sdk: str, tmp_path: Path) -> None:
    usage = ROOT / "tests" / "typing" / f"usage_{sdk}.py"
    result = mypy(str(usage), cache=tmp_path, mypypath=str(ROOT / "generated" / sdk))
    assert result.returncode == 0, result.stdout + result.stderr


def test_mypy_catches_a_wrong_type(tmp_path: Path) -> None:
    # the check above would be worthless if mypy could not see the SDK's types
    bad = tmp_path / "bad.py"
    bad.write_text("import showcase\n\nx: int = showcase.Client().inventory.get_item_label(1)\n")
    result = mypy(str(bad), cache=tmp_path / "cache", mypypath=str(ROOT / "generated" / "showcase"))
    assert result.returncode == 1
    assert (
        'Incompatible types in assignment (expression has type "str", variable has type "int")'
        in result.stdout
    )


def test_the_generator_itself_passes_mypy_strict(tmp_path: Path) -> None:
    result = mypy(cache=tmp_path)  # [tool.mypy] in pyproject.toml: strict, packages = generator
    assert result.returncode == 0, result.stdout + result.stderr


def test_generated_sdks_are_ruff_clean() -> None:
    # ruff's default rules, without the project's config: what a user's own ruff would say
    result = subprocess.run(
        [sys.executable, "-m", "ruff", "check", "--isolated", "--line-length", "88", "generated"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr
