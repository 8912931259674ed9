"""The generator's shape: modules and functions of a size one can read (its Python and the
templates it renders, whose macros are its functions too), and parse reading the loaded
spec through what load exports, never through its modules or private names."""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest

import generator.load

ROOT = Path(__file__).resolve().parents[2]
GENERATOR = ROOT / "generator"
TEMPLATES = ROOT / "templates"
MODULE_LINES = 600
FUNCTION_LINES = 80
_MACRO = re.compile(r"{%-?\s*macro\s+(\w+)")
_END_MACRO = re.compile(r"{%-?\s*endmacro")


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


def _templates() -> list[Path]:
    return sorted(TEMPLATES.rglob("*.jinja"))


@pytest.mark.parametrize("path", _templates(), ids=lambda p: str(p.relative_to(TEMPLATES)))
def test_no_template_is_longer_than_the_limit(path: Path) -> None:
    assert len(path.read_text(encoding="utf-8").splitlines()) <= MODULE_LINES


def test_no_template_macro_is_longer_than_the_limit() -> None:
    long = []
    for path in _templates():
        start, name = 0, ""
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if found := _MACRO.search(line):
                start, name = number, found.group(1)
            if _END_MACRO.search(line) and number - start + 1 > FUNCTION_LINES:
                long.append(f"{path.relative_to(TEMPLATES)}:{start} {name}")
    assert long == []


def test_the_shape_checks_see_the_generator_and_its_templates() -> None:
    # a moved folder must not leave these checks looking at nothing
    assert len(_sources("parse", "render", "load")) > 40
    assert len(_templates()) > 10
    assert any(_MACRO.search(p.read_text(encoding="utf-8")) for p in _templates())


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


def test_parse_uses_no_private_name_of_load() -> None:
    """What parse imports from load is in its `__all__` (never a `_name`), and parse reads
    no private attribute of the loaded spec or its view (`spec.view._data`)."""
    exported = set(generator.load.__all__)
    private = []
    for path in _sources("parse"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ImportFrom) and node.module == "generator.load":
                private += [f"{path.name}: {a.name}" for a in node.names if a.name not in exported]
            if (
                isinstance(node, ast.Attribute)
                and node.attr.startswith("_")
                and not node.attr.startswith("__")
                and re.search(r"(view|spec|loaded)$", ast.unparse(node.value))
            ):
                private.append(f"{path.name}:{node.lineno} {ast.unparse(node)}")
    assert exported and all(not name.startswith("_") for name in exported)
    assert private == []


@pytest.mark.parametrize(
    "path", sorted((GENERATOR / "parse").glob("schema*.py")), ids=lambda p: p.name
)
def test_each_kind_of_schema_is_parsed_in_a_module_under_400_lines(path: Path) -> None:
    assert len(path.read_text(encoding="utf-8").splitlines()) < 400
