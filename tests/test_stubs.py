"""The `.pyi` stubs of the generated SDKs: complete, and true to the code.

stubtest compares every stub with the imported package (signatures of methods, functions
and constructors, class and module members, `__all__`). It cannot see pydantic fields,
which are no class attributes at run time: the fields and constructor keywords of every
model are compared with `model_fields` here instead.
"""

from __future__ import annotations

import enum
import importlib
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
from typing_extensions import is_typeddict

from generator.format import _ruff
from generator.output import read_tree, write_tree
from generator.pipeline import generate_files
from generator.render.stubs import ALLOWLIST
from generator.surface import read_surface
from tests.helpers import ROOT

# The text of the stubs is pinned per construct by tests/test_constructs.py, and for the
# committed SDKs by the drift check.
SDKS = ("petstore", "showcase", "relay")


@pytest.mark.parametrize("sdk", SDKS)
def test_every_public_module_has_a_stub(sdk: str) -> None:
    package = ROOT / "generated" / sdk / sdk
    assert (package / "py.typed").is_file()
    public = {
        path.relative_to(package).with_suffix("").as_posix()
        for path in package.rglob("*.py")
        # the pytest plugin is pytest's to import, typed inline, and never imported by users
        if not path.relative_to(package)
        .as_posix()
        .startswith(("_runtime/", "_version", "_pytest_plugin"))
    }
    stubs = {
        path.relative_to(package).with_suffix("").as_posix() for path in package.rglob("*.pyi")
    }
    assert public == stubs
    assert {"__init__", "_client", "errors", "models/__init__", "resources/__init__"} <= stubs


def stubtest(
    *packages: str, roots: list[Path], allowlists: list[Path]
) -> subprocess.CompletedProcess[str]:
    path = os.pathsep.join(str(root) for root in roots)
    return subprocess.run(
        [
            sys.executable,
            "-m",
            "mypy.stubtest",
            *packages,
            *(f"--allowlist={allowlist}" for allowlist in allowlists),
        ],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
        env={**os.environ, "PYTHONPATH": path, "MYPYPATH": path},
    )


@pytest.fixture(scope="module")
def stubtest_run(tmp_path_factory: pytest.TempPathFactory) -> subprocess.CompletedProcess[str]:
    """One stubtest run for the committed SDKs and a copy of petstore whose stubs lie.

    Most of a run goes to building mypy's view of pydantic & co. (stubtest caches nothing),
    so the lying copy, generated under the package name `liar`, shares the run.
    """
    project = tmp_path_factory.mktemp("stubtest") / "liar"
    generated = generate_files(ROOT / "specs" / "petstore.yaml", "liar")
    write_tree(generated.files, project)
    stub = project / "liar" / "resources" / "pets.pyi"
    text = stub.read_text()
    assert "limit: int | None = None," in text
    stub.write_text(
        text.replace("limit: int | None = None,", "limit: int | None = None, page: int,", 1)
    )
    errors = project / "liar" / "errors.pyi"
    errors.write_text(errors.read_text() + "\nclass ClashError(APIStatusError): ...\n")
    roots = [ROOT / "generated" / sdk for sdk in SDKS] + [project]
    return stubtest(*SDKS, "liar", roots=roots, allowlists=[root / ALLOWLIST for root in roots])


def _stubtest_errors(result: subprocess.CompletedProcess[str]) -> list[str]:
    """What made stubtest fail: its errors, and allowlist entries that matched nothing."""
    return [
        line
        for line in result.stdout.splitlines()
        if line.startswith(("error: ", "note: unused allowlist entry "))
    ]


@pytest.mark.slow
def test_stubtest_accepts_the_committed_sdks(
    stubtest_run: subprocess.CompletedProcess[str],
) -> None:
    errors = _stubtest_errors(stubtest_run)
    assert errors, stubtest_run.stdout + stubtest_run.stderr  # the liar's, at least
    assert [line for line in errors if not line.startswith("error: liar.")] == [], (
        stubtest_run.stdout + stubtest_run.stderr
    )


@pytest.mark.slow
def test_stubtest_sees_a_stub_that_lies(stubtest_run: subprocess.CompletedProcess[str]) -> None:
    # the allowlist must leave the public surface checked: a wrong stub fails
    assert stubtest_run.returncode == 1
    errors = sorted(_stubtest_errors(stubtest_run))
    assert len(errors) == 2, stubtest_run.stdout
    assert errors[0] == "error: liar.errors.ClashError is not present at runtime"
    # the method that lists pets, whatever the naming rules call it
    assert re.fullmatch(
        r"error: liar\.resources\.pets\.Pets\.\w+ is inconsistent, "
        r'runtime does not have parameter "page"',
        errors[1],
    ), errors[1]


@pytest.mark.parametrize("sdk", SDKS)
def test_the_allowlist_is_small_and_leaves_the_public_surface_checked(sdk: str) -> None:
    lines = (ROOT / "generated" / sdk / ALLOWLIST).read_text().splitlines()
    entries = [re.compile(line) for line in lines if line and not line.startswith("#")]
    assert len(entries) <= 5
    surface = read_surface(read_tree(ROOT / "generated" / sdk), sdk)
    public = [f"{sdk}._client.Client", f"{sdk}.errors.APIError", f"{sdk}.models"]
    public += [
        f"{sdk}.resources.{module}.{name}.{method}"
        for module in _modules(sdk, "resources")
        for name, resource in surface.resources.items()
        for method in resource.methods
    ]
    public += [
        f"{sdk}.models.{module}{name}.{member}"
        for module in ["", *(f"{stem}." for stem in _modules(sdk, "models"))]
        for name in surface.models
        for member in ("__init__", "model_validate")
    ]
    assert [name for name in public if any(entry.fullmatch(name) for entry in entries)] == []


def _modules(sdk: str, folder: str) -> list[str]:
    return [p.stem for p in (ROOT / "generated" / sdk / sdk / folder).glob("*.pyi")]


@pytest.mark.parametrize("sdk", SDKS)
def test_model_stubs_declare_the_fields_of_the_models(sdk: str) -> None:
    surface = read_surface(read_tree(ROOT / "generated" / sdk), sdk)
    models = importlib.import_module(f"{sdk}.models")
    # the request shapes (`<Model>Param` TypedDicts) are dicts, not classes of the surface
    typed_dicts = {name for name in models.__all__ if is_typeddict(getattr(models, name))}
    assert {name.removesuffix("Param").rstrip("_") for name in typed_dicts} <= set(surface.models)
    named = set(surface.models) | set(surface.enums) | set(surface.aliases)
    assert set(models.__all__) - typed_dicts == named
    for name, model in surface.models.items():
        runtime = getattr(models, name)
        declared = {field.name: field.required for field in model.fields.values()}
        actual = {key: info.is_required() for key, info in runtime.model_fields.items()}
        assert declared == actual, name
    for name, declared_enum in surface.enums.items():
        runtime_enum: type[enum.Enum] = getattr(models, name)
        assert list(declared_enum.values) == [member.value for member in runtime_enum], name


def test_the_stubs_are_clean_under_default_ruff_rules() -> None:
    stubs = sorted(str(path) for path in (ROOT / "generated").rglob("*.pyi"))
    result = subprocess.run(
        [_ruff(), "check", "--isolated", "--target-version", "py311", "--quiet", *stubs],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr
