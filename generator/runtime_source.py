"""The runtime's source: the one module that reads generator/runtime/.

Render copies the files (generator.render.runtime); the parser and render ask what the
runtime really defines instead of keeping copies that could drift: its classes' public
attributes (generator.parse.reserved: the names a spec must not take), its constants (the
default parameter styles), the per-call options every generated method takes (the fields
of `RequestOptions`) and the error classes (`errors.__all__`). The runtime is read with
`ast`, never imported (it needs httpx), once per process, and only the modules that hold
what is asked for are parsed. What is read is kept between runs too (in sdkforge's cache
folder, under a digest of the sources): parsing a dozen modules was about 40 ms of every
run, the largest fixed cost after the imports.
"""

from __future__ import annotations

import ast
import copy
import functools
import hashlib
import importlib.resources
import marshal
import os
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache
from typing import ParamSpec, TypeVar, cast

from generator.ir import CallOption
from generator.user_cache import cache_folder

# The runtime's modules, as copied into every SDK (generator.render.runtime copies them).
RUNTIME_PACKAGE = "generator.runtime"
# The class whose fields are the per-call options; the TypedDict of the same options as
# keywords of the methods for undeclared endpoints (`client.get`), which take two of them
# under other names.
OPTIONS_CLASS, KEYWORD_OPTIONS_CLASS = "RequestOptions", "CallOptions"
KEYWORD_OPTIONS_RENAMED = {"extra_headers": "headers", "extra_query": "params"}


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
def errors_source() -> str:
    """generator/runtime/errors.py, which becomes the SDK's errors.py."""
    return (importlib.resources.files(RUNTIME_PACKAGE) / "errors.py").read_text(encoding="utf-8")


_Args = ParamSpec("_Args")
_Fact = TypeVar("_Fact")


class _KeptFacts:
    """The facts of one version of the sources, as read from and written to the cache."""

    def __init__(self) -> None:
        self.digest = ""
        self.path: str | None = None
        self.facts: dict[str, object] = {}

    def load(self, digest: str) -> dict[str, object]:
        if digest != self.digest:
            folder = cache_folder("runtime-facts")
            self.digest, self.facts = digest, {}
            self.path = None if folder is None else os.path.join(folder, f"{digest[:40]}.marshal")
            try:
                if self.path is not None:
                    with open(self.path, "rb") as stored:
                        loaded = marshal.load(stored)
                    if isinstance(loaded, dict):
                        self.facts = loaded
            except (OSError, EOFError, ValueError, TypeError):
                pass  # no cache yet, or an unreadable one: read the sources
        return self.facts

    def save(self) -> None:
        if self.path is None:
            return
        try:
            folder = os.path.dirname(self.path)
            handle, scratch = tempfile.mkstemp(dir=folder, suffix=".partial")
            with os.fdopen(handle, "wb") as out:
                marshal.dump(self.facts, out)
            os.replace(scratch, self.path)  # whole or not at all, for a run beside this one
        except OSError:
            pass


_KEPT = _KeptFacts()


@cache
def _sources_digest() -> str:
    """The runtime's sources and this module's own, which reads them: a change to either
    (an edited checkout keeps sdkforge's version) is never answered by another's facts."""
    digest = hashlib.sha256()
    with open(__file__, "rb") as reader:
        digest.update(reader.read())
    for name, text in (*runtime_sources().items(), ("errors", errors_source())):
        digest.update(f"{len(name)}:{name}{len(text)}:".encode())
        digest.update(text.encode("utf-8"))
    return digest.hexdigest()


def _kept(function: Callable[_Args, _Fact]) -> Callable[_Args, _Fact]:
    """`function`'s results (plain data marshal can store) kept between runs, for these
    sources; an error is never kept, so it is raised again each run."""

    @functools.wraps(function)
    def kept(*args: _Args.args, **kwargs: _Args.kwargs) -> _Fact:
        facts = _KEPT.load(_sources_digest())
        key = f"{function.__name__}{args!r}{sorted(kwargs.items())!r}"
        if key in facts:
            return cast(_Fact, facts[key])
        value = function(*args, **kwargs)
        facts[key] = value
        _KEPT.save()
        return value

    return kept


@cache
@_kept
def error_names() -> tuple[str, ...]:
    """What the runtime's errors.py exports (`__all__`): the SDK re-exports each."""
    tree = ast.parse(errors_source(), filename="errors.py")
    names = _literal_of(tree, "__all__")
    if not isinstance(names, list) or not all(isinstance(name, str) for name in names):
        raise LookupError("the runtime's errors.py has no `__all__` list of names")
    return tuple(names)


@cache
@_kept
def status_classes() -> tuple[dict[int, str], str]:
    """The runtime's error class of each status (`_BY_STATUS`: 404 -> NotFoundError), and
    the one of every 5xx status (`_SERVER_ERROR`)."""
    tree = ast.parse(errors_source(), filename="errors.py")
    table: dict[int, str] = {}
    server = None
    for node in tree.body:
        if isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name):
            if node.target.id == "_BY_STATUS" and isinstance(node.value, ast.Dict):
                for key, value in zip(node.value.keys, node.value.values, strict=True):
                    if isinstance(key, ast.Constant) and isinstance(key.value, int):
                        if isinstance(value, ast.Name):
                            table[key.value] = value.id
            if node.target.id == "_SERVER_ERROR" and isinstance(node.value, ast.Name):
                server = node.value.id
    if not table or server is None:
        raise LookupError("the runtime's errors.py has no _BY_STATUS table or _SERVER_ERROR")
    return table, server


@cache
def call_options() -> tuple[CallOption, ...]:
    """The fields of `RequestOptions`, in order: every generated method takes each as a
    keyword argument of the same name, type and default, and passes it on."""
    return tuple(CallOption(*fields) for fields in _call_option_fields())


@_kept
def _call_option_fields() -> tuple[tuple[str, str, str], ...]:
    """(name, annotation, default) of each field of `RequestOptions`, checked against
    `CallOptions`."""
    options = []
    for item in _fields(OPTIONS_CLASS):
        if item.value is None:
            raise LookupError(f"{OPTIONS_CLASS}.{ast.unparse(item.target)} has no default")
        name, annotation = ast.unparse(item.target), ast.unparse(item.annotation)
        options.append((name, annotation, ast.unparse(item.value)))
    keywords = {
        ast.unparse(f.target): ast.unparse(f.annotation) for f in _fields(KEYWORD_OPTIONS_CLASS)
    }
    expected = {
        name: annotation for name, annotation, _ in options if name not in KEYWORD_OPTIONS_RENAMED
    }
    if keywords != expected:
        raise LookupError(
            f"the runtime's {KEYWORD_OPTIONS_CLASS} must have the fields of {OPTIONS_CLASS}"
            f" (but {', '.join(KEYWORD_OPTIONS_RENAMED)}), of the same types"
        )
    return tuple(options)


def _fields(class_name: str) -> list[ast.AnnAssign]:
    """The annotated fields of a runtime class (a dataclass, a TypedDict)."""
    node = _runtime_class(class_name)
    if node is None:
        raise LookupError(f"the runtime has no class {class_name!r}")
    return [item for item in node.body if isinstance(item, ast.AnnAssign)]


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
            # `get = ...`, and `get, post = ...` (the escape hatch's verbs)
            for target in node.targets:
                parts = target.elts if isinstance(target, ast.Tuple) else [target]
                names |= {part.id for part in parts if isinstance(part, ast.Name)}
    return names


@_kept
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
    return _literal_of(_module_tree(module), name, f"the runtime's {module}")


def _literal_of(tree: ast.Module, name: str, where: str = "the runtime's errors.py") -> object:
    for node in tree.body:
        if isinstance(node, ast.Assign) and any(
            isinstance(t, ast.Name) and t.id == name for t in node.targets
        ):
            return ast.literal_eval(node.value)
    raise LookupError(f"{where} has no {name!r}")


@cache
@_kept
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
    cached_functions = (runtime_sources, _module_tree, _runtime_class, default_styles)
    for cached in (
        *cached_functions,
        errors_source,
        error_names,
        status_classes,
        call_options,
        error_stubs,
    ):
        cached.cache_clear()
    _sources_digest.cache_clear()


@dataclass(frozen=True)
class StubClass:
    """A class of the runtime's errors.py as its stub declares it: `attributes` are its
    annotated names, (name, annotation) in order; `init` the parameters of its own
    `__init__` with every default as `...` (None: it has none of its own)."""

    name: str
    bases: tuple[str, ...]
    attributes: tuple[tuple[str, str], ...] = ()
    init: str | None = None


@cache
def error_stubs() -> tuple[tuple[StubClass, ...], tuple[str, ...]]:
    """The classes of the runtime's errors.py, in order, and the signatures of its public
    functions (`def f(x: int) -> str`): what the SDK's errors.pyi declares of it. An
    `__init__` that takes what its base's takes (defaults too) is left to the base."""
    classes, functions = _error_stub_facts()
    return tuple(StubClass(*fields) for fields in classes), functions


_StubFields = tuple[str, tuple[str, ...], tuple[tuple[str, str], ...], str | None]


@_kept
def _error_stub_facts() -> tuple[tuple[_StubFields, ...], tuple[str, ...]]:
    """`error_stubs` as plain tuples, which are kept between runs."""
    tree = ast.parse(errors_source(), filename="errors.py")
    classes: dict[str, StubClass] = {}
    # each class's `__init__` parameters as written, its own or the one it inherits
    inits: dict[str, str | None] = {}
    functions = []
    for node in tree.body:
        if isinstance(node, ast.ClassDef):
            attributes = tuple(
                (ast.unparse(item.target), ast.unparse(item.annotation))
                for item in node.body
                if isinstance(item, ast.AnnAssign)
            )
            init = next(
                (f for f in node.body if isinstance(f, ast.FunctionDef) and f.name == "__init__"),
                None,
            )
            bases = tuple(ast.unparse(base) for base in node.bases)
            inherited = inits.get(bases[0]) if bases else None
            inits[node.name] = ast.unparse(init.args) if init is not None else inherited
            own = init is not None and inits[node.name] != inherited
            parameters = _stub_parameters(init) if init is not None and own else None
            classes[node.name] = StubClass(node.name, bases, attributes, parameters)
        elif isinstance(node, ast.FunctionDef) and not node.name.startswith("_"):
            returns = f" -> {ast.unparse(node.returns)}" if node.returns else ""
            functions.append(f"def {node.name}({_stub_parameters(node)}){returns}")
    fields = tuple((stub.name, stub.bases, stub.attributes, stub.init) for stub in classes.values())
    return fields, tuple(functions)


def _stub_parameters(function: ast.FunctionDef) -> str:
    """A function's parameters as a stub writes them: a default other than a plain
    constant (None, a bool, a number) is `...`."""
    arguments = copy.deepcopy(function.args)
    arguments.defaults = [_stub_default(default) for default in arguments.defaults]
    arguments.kw_defaults = [
        None if default is None else _stub_default(default) for default in arguments.kw_defaults
    ]
    return ast.unparse(arguments)


def _stub_default(default: ast.expr) -> ast.expr:
    if isinstance(default, ast.Constant) and not isinstance(default.value, (str, bytes)):
        return default
    return ast.Constant(...)
