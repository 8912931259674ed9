"""Helpers shared by the tests: write a spec, parse it to IR; what a CLI run gave."""

from __future__ import annotations

import contextlib
import importlib
import json
import os
import re
import shutil
import subprocess
import sys
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

from generator import ir
from generator.config import SdkOptions
from generator.errors import SpecWarning
from generator.load import load_spec
from generator.parse import parse_api
from generator.parse.names import snake_case

ROOT = Path(__file__).resolve().parents[1]


def write_spec(folder: Path, spec: dict[str, Any], name: str = "spec.json") -> Path:
    path = folder / name
    path.write_text(json.dumps(spec), encoding="utf-8")
    return path


def minimal_spec(**extra: Any) -> dict[str, Any]:
    spec: dict[str, Any] = {
        "openapi": "3.1.0",
        "info": {"title": "T", "version": "1.0.0"},
        "paths": {},
    }
    spec.update(extra)
    return spec


@contextlib.contextmanager
def imported_sdk(
    folder: Path,
    spec: dict[str, Any],
    package: str,
    options: SdkOptions | None = None,
    **fields: Any,
) -> Iterator[tuple[ModuleType, list[str]]]:
    """Generate `package` from `spec` into `folder/out` and import it; its warnings beside.
    `options`: the fields of SdkOptions (the SDK's `[tool.sdkforge]` settings). On exit the
    package and its modules leave `sys.path` and `sys.modules`."""
    from generator.output import write_tree
    from generator.pipeline import generate_files

    result = generate_files(
        write_spec(folder, spec), package, options=options or SdkOptions(**fields)
    )
    write_tree(result.files, folder / "out")
    with importing(folder / "out", package) as module:
        yield module, [w.message for w in result.warnings]


@contextlib.contextmanager
def importing(folder: Path, package: str) -> Iterator[ModuleType]:
    """`package` imported from `folder`; on exit they leave `sys.path` and `sys.modules`."""
    sys.path.insert(0, str(folder))
    try:
        yield importlib.import_module(package)
    finally:
        sys.path.remove(str(folder))
        for name in [n for n in sys.modules if n.startswith(package)]:
            del sys.modules[name]


def parse_file(
    path: Path, package: str = "sdk", **options: Any
) -> tuple[ir.Api, list[SpecWarning]]:
    """`options`: the fields of SdkOptions (`naming=`, `names=`)."""
    loaded = load_spec(path)
    warnings: list[SpecWarning] = list(loaded.warnings)
    return parse_api(loaded, package, warnings, SdkOptions(**options)), warnings


def parse_dict(
    folder: Path, spec: dict[str, Any], **options: Any
) -> tuple[ir.Api, list[SpecWarning]]:
    return parse_file(write_spec(folder, spec), **options)


def named(api: ir.Api, name: str) -> ir.Model | ir.Enum | ir.Alias:
    for module in api.modules:
        for item in (*module.models, *module.enums, *module.aliases):
            if item.name == name:
                return item
    raise KeyError(name)


def model(api: ir.Api, name: str) -> ir.Model:
    found = named(api, name)
    assert isinstance(found, ir.Model), found
    return found


def field(api: ir.Api, model_name: str, field_name: str) -> ir.Field:
    for item in model(api, model_name).fields:
        if item.name == field_name:
            return item
    raise KeyError(field_name)


def operation(api: ir.Api, method: str) -> ir.Operation:
    """The operation with this method name (the first one), or whose operationId in
    snake_case is this (`list_pets` for listPets, whatever its method is called)."""
    everything = [
        *(op for resource in api.all_resources() for op in resource.operations),
        *api.client_operations,
    ]
    for op in everything:
        if op.method_name == method:
            return op
    for op in everything:
        if op.operation_id and snake_case(op.operation_id) == method:
            return op
    raise KeyError(method)


@dataclass(frozen=True)
class CliResult:
    """What a run of `sdkforge` gave (the `cli` fixture of tests/conftest.py runs it in
    process): named like subprocess.CompletedProcess."""

    returncode: int
    stdout: str
    stderr: str


Cli = Callable[..., CliResult]


def readme_examples(readme: str) -> list[str]:
    """The calls a generated README's marked fences hold (`result = client.x.y(...)`): the
    examples the generator built, never a line of the spec's prose shaped like a call."""
    from generator.render.examples import EXAMPLE_MARK

    calls: list[str] = []
    marked = False
    fenced = False
    for line in readme.split("\n"):
        if line.startswith("```"):
            fenced = not fenced
            marked = fenced and line[3:].split()[1:2] == [EXAMPLE_MARK]
        elif marked and re.fullmatch(r"(?:result = )?client\.[\w.]+\(.*\)", line):
            calls.append(line)
    return calls


def run_pyright(project: Path, include: Sequence[Path], extra_paths: Sequence[Path] = ()) -> Any:
    """pyright's JSON report (basic mode, Python 3.11, this environment's packages) on the
    files and folders in `include`, each SDK root of `extra_paths` importable; skips the
    test where pyright or node is missing. pyright ignores an absolute `include` outside
    the project's folder: they are given relative to `project`."""
    pyright = Path(sys.executable).with_name("pyright")
    if shutil.which("node") is None or not pyright.exists():
        pytest.skip("pyright (pip install -e '.[test]') and node are needed")
    config = {
        "typeCheckingMode": "basic",
        "pythonVersion": "3.11",
        "extraPaths": [str(path) for path in extra_paths],
        "include": [os.path.relpath(path, project) for path in include],
    }
    (project / "pyrightconfig.json").write_text(json.dumps(config))
    result = subprocess.run(
        [str(pyright), "--outputjson", "--pythonpath", sys.executable, "--project", str(project)],
        cwd=project,
        capture_output=True,
        text=True,
        check=False,
    )
    return json.loads(result.stdout)
