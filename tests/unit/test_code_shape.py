"""The generator's shape: modules and functions of a size one can read, and parse reading
the loaded spec through what load exports, never through its modules."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

GENERATOR = Path(__file__).resolve().parents[2] / "generator"
MODULE_LINES = 600
FUNCTION_LINES = 80


def _sources(*folders: str) -> list[Path]:
    return sorted(path for folder in folders for path in (GENERATOR / folder).rglob("*.py"))


@pytest.mark.parametrize(
    "path", sorted(GENERATOR.rglob("*.py")), ids=lambda p: str(p.relative_to(GENERATOR))
)
def test_no_module_is_longer_than_the_limit(path: Path) -> None:
    # the runtime too: it is the code every SDK carries, read in users' IDEs
    assert len(path.read_text(encoding="utf-8").splitlines()) <= MODULE_LINES


def test_no_generator_function_is_longer_than_the_limit() -> None:
    long = []
    for path in GENERATOR.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)):
                length = (node.end_lineno or node.lineno) - node.lineno + 1
                if length > FUNCTION_LINES:
                    long.append(f"{path.relative_to(GENERATOR)}:{node.lineno} {node.name}")
    assert long == []


def test_parse_imports_from_load_only_what_the_package_exports() -> None:
    reaching_in = []
    for path in _sources("parse"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ImportFrom) and (node.module or "").startswith(
                "generator.load."
            ):
                reaching_in.append(f"{path.name}: {node.module}")
            if isinstance(node, ast.Import):
                reaching_in += [
                    f"{path.name}: {a.name}"
                    for a in node.names
                    if a.name.startswith("generator.load")
                ]
    assert reaching_in == []


@pytest.mark.parametrize(
    "path", sorted((GENERATOR / "parse").glob("schema*.py")), ids=lambda p: p.name
)
def test_each_kind_of_schema_is_parsed_in_a_module_under_400_lines(path: Path) -> None:
    assert len(path.read_text(encoding="utf-8").splitlines()) < 400
