"""The runtime's source, read as code: its classes' public attributes, its constants.

The parser asks what the runtime really defines (generator.parse.reserved: the names a
spec must not take; the default parameter styles) instead of keeping copies that could
drift. The runtime is read with `ast`, never imported (it needs httpx), once per process,
and only the modules that hold what is asked for are parsed.
"""

from __future__ import annotations

import ast
import importlib.resources
from functools import cache

# The runtime's modules, as copied into every SDK (generator.render.runtime copies them).
RUNTIME_PACKAGE = "generator.runtime"


@cache
def runtime_sources() -> dict[str, str]:
    """The runtime's modules as Python source: module name (`_pagination`) -> text."""
    folder = importlib.resources.files(RUNTIME_PACKAGE) / "_runtime"
    return {
        entry.name.removesuffix(".py"): entry.read_text(encoding="utf-8")
        for entry in sorted(folder.iterdir(), key=lambda entry: entry.name)
        if entry.name.endswith(".py") and entry.is_file()
    }


@cache
def _module_tree(module: str) -> ast.Module:
    return ast.parse(runtime_sources()[module], filename=f"_runtime/{module}.py")


@cache
def _runtime_class(name: str) -> ast.ClassDef | None:
    """The runtime's class `name`; only the module that defines it is parsed."""
    for module, source in runtime_sources().items():
        if f"class {name}" in source:
            for node in _module_tree(module).body:
                if isinstance(node, ast.ClassDef) and node.name == name:
                    return node
    return None


def _defined_in(body: list[ast.stmt]) -> set[str]:
    names: set[str] = set()
    for node in body:
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
            names.add(node.name)
        elif isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name):
            names.add(node.target.id)
        elif isinstance(node, ast.Assign):
            names |= {target.id for target in node.targets if isinstance(target, ast.Name)}
    return names


def runtime_attributes(class_name: str) -> frozenset[str]:
    """The public attributes a runtime class defines, its runtime bases' included (bases
    from other libraries are left out: pydantic's are in names.SHADOWING)."""
    if _runtime_class(class_name) is None:
        raise LookupError(f"the runtime has no class {class_name!r}")
    names: set[str] = set()
    pending, seen = [class_name], set()
    while pending:
        node = _runtime_class(pending.pop())
        if node is None or node.name in seen:
            continue
        seen.add(node.name)
        names |= _defined_in(node.body)
        pending += [b.id if isinstance(b, ast.Name) else getattr(b, "attr", "") for b in node.bases]
    return frozenset(name for name in names if not name.startswith("_"))


def runtime_literal(module: str, name: str) -> object:
    """The value of a module-level `name = <literal>` of the runtime."""
    for node in _module_tree(module).body:
        if isinstance(node, ast.Assign) and any(
            isinstance(t, ast.Name) and t.id == name for t in node.targets
        ):
            return ast.literal_eval(node.value)
    raise LookupError(f"the runtime's {module} has no {name!r}")


@cache
def default_styles() -> dict[str, tuple[str, bool]]:
    """The runtime's default (style, explode) of each parameter location: what it applies
    to a parameter the endpoint does not list, so what the parser resolves a missing
    `style` to (OpenAPI's defaults: simple for path and header, form for query and cookie)."""
    table = runtime_literal("_serialize", "_DEFAULT_STYLES")
    if not isinstance(table, dict) or not all(
        isinstance(key, str) and _is_style(value) for key, value in table.items()
    ):
        raise LookupError(
            "the runtime's _serialize._DEFAULT_STYLES is not {location: (style, explode)}"
        )
    return table


def _is_style(value: object) -> bool:
    """A (style, explode) pair."""
    return isinstance(value, tuple) and [type(item) for item in value] == [str, bool]


def forget() -> None:
    """Drop what was read (for tests that change the sources)."""
    for cached in (runtime_sources, _module_tree, _runtime_class, default_styles):
        cached.cache_clear()
