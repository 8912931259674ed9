"""The public surface of a generated SDK, read from its stubs.

The stubs are the contract users type-check against, so what they declare is what a
change can break: resources and their methods with parameters and return types, models
with their fields, enums with their values, type aliases. They are read with `ast` from a
tree of files ({relative path: text}), whether rendered in memory or read from disk, so the
drift check can compare the committed SDK with a fresh one and `api-diff` two specs.
Only the sync flavour is read: the async one is written from the same source.
"""

from __future__ import annotations

import ast
from collections.abc import Mapping
from dataclasses import dataclass, field

RESOURCE_BASES = frozenset({"SyncResource", "SyncAPIClient"})
MODEL_BASES = frozenset({"SDKModel"})
ENUM_BASES = frozenset({"OpenStrEnum", "OpenIntEnum"})


@dataclass(frozen=True)
class Member:
    """What a method's parameter and a model's field both have: a name, a type, and
    whether it must be given."""

    name: str
    type: str
    required: bool


@dataclass(frozen=True)
class Parameter(Member):
    """A method's parameter; `positional`: it can be passed by position."""

    positional: bool


@dataclass(frozen=True)
class Field(Member):
    """A model's field."""


@dataclass(frozen=True)
class Method:
    name: str
    parameters: tuple[Parameter, ...]
    returns: str
    # "GET /pets/{petId}": the request the method sends (its stub's docstring's last line), which
    # tells a renamed method from a removed one
    endpoint: str = ""


@dataclass(frozen=True)
class Resource:
    name: str
    methods: dict[str, Method]


@dataclass(frozen=True)
class Model:
    name: str
    fields: dict[str, Field]


@dataclass(frozen=True)
class Enum:
    name: str
    values: tuple[str | int, ...]


@dataclass
class Surface:
    resources: dict[str, Resource] = field(default_factory=dict)
    models: dict[str, Model] = field(default_factory=dict)
    enums: dict[str, Enum] = field(default_factory=dict)
    aliases: dict[str, str] = field(default_factory=dict)  # name -> type


def has_stubs(files: Mapping[str, str], package: str) -> bool:
    return f"{package.replace('.', '/')}/_client.pyi" in files


def read_surface(files: Mapping[str, str], package: str) -> Surface:
    """The surface declared by the stubs of `package` in `files`."""
    root = package.replace(".", "/") + "/"
    surface = Surface()
    for path in sorted(files):
        if not path.startswith(root) or not path.endswith(".pyi"):
            continue
        relative = path[len(root) :]
        try:
            module = ast.parse(files[path], filename=path)
        except SyntaxError:
            continue  # a hand-edited stub on disk: the diff shows it
        if relative == "_client.pyi" or relative.startswith("resources/"):
            _read_resources(module, surface)
        elif relative.startswith("models/"):
            _read_models(module, surface)
    return surface


def _bases(node: ast.ClassDef) -> set[str]:
    return {ast.unparse(base).rsplit(".", 1)[-1] for base in node.bases}


def _is_view(node: ast.FunctionDef | ast.AsyncFunctionDef) -> bool:
    """`@cached_property` members: response views and the client's resources."""
    return any(ast.unparse(d).endswith("cached_property") for d in node.decorator_list)


def _read_resources(module: ast.Module, surface: Surface) -> None:
    for node in module.body:
        if not isinstance(node, ast.ClassDef) or not _bases(node) & RESOURCE_BASES:
            continue
        methods: dict[str, Method] = {}
        for item in node.body:
            if not isinstance(item, (ast.FunctionDef, ast.AsyncFunctionDef)) or _is_view(item):
                continue
            if item.name.startswith("_") and item.name != "__init__":
                continue
            methods[item.name] = _method(item)
        surface.resources[node.name] = Resource(node.name, methods)


def _method(node: ast.FunctionDef | ast.AsyncFunctionDef) -> Method:
    args = node.args
    positional = [*args.posonlyargs, *args.args][1:]  # without self
    defaults: list[ast.expr | None] = [None] * (len(positional) - len(args.defaults))
    defaults += args.defaults
    parameters = [
        Parameter(a.arg, _type(a.annotation), default is None, True)
        for a, default in zip(positional, defaults, strict=True)
    ]
    parameters += [
        Parameter(a.arg, _type(a.annotation), default is None, False)
        for a, default in zip(args.kwonlyargs, args.kw_defaults, strict=True)
    ]
    # the stub's docstring ends with the request (see render/methods.py operation_docstring)
    lines = (ast.get_docstring(node) or "").splitlines()
    return Method(node.name, tuple(parameters), _type(node.returns), lines[-1] if lines else "")


def _type(node: ast.expr | None) -> str:
    """A type as users spell it: the SDK's modules import the models package as `_models`
    (so that no attribute can shadow it), users as `models`."""
    if node is None:
        return "Any"
    for name in ast.walk(node):
        if isinstance(name, ast.Name) and name.id == "_models":
            name.id = "models"
    return ast.unparse(node)


def _read_models(module: ast.Module, surface: Surface) -> None:
    classes: dict[str, ast.ClassDef] = {}
    for node in module.body:
        if (
            isinstance(node, ast.AnnAssign)
            and isinstance(node.target, ast.Name)
            and _type(node.annotation).endswith("TypeAlias")
            and node.value is not None
        ):
            surface.aliases[node.target.id] = ast.unparse(node.value)
        if not isinstance(node, ast.ClassDef):
            continue
        classes[node.name] = node
        bases = _bases(node)
        if bases & ENUM_BASES:
            values = [
                ast.literal_eval(item.value)
                for item in node.body
                if isinstance(item, ast.Assign) and isinstance(item.value, ast.Constant)
            ]
            surface.enums[node.name] = Enum(node.name, tuple(values))
    for name in classes:
        _model_of(name, classes, surface.models)


def _model_of(name: str, classes: Mapping[str, ast.ClassDef], models: dict[str, Model]) -> None:
    """The model class `name` and the model classes it extends, into `models`; a subclass
    has its bases' fields first (bases first: a hierarchy can be deep)."""
    chain: list[ast.ClassDef] = []
    walked: set[str] = set()
    current: str | None = name
    while current is not None and current not in models and current in classes:
        node = classes[current]
        chain.append(node)
        walked.add(current)
        bases = _bases(node)
        if bases & MODEL_BASES:
            current = None
        else:
            current = next((base for base in sorted(bases) if base in classes), None)
            if current is None or current in walked:
                return  # not a model: a TypedDict, an enum, a cycle
    inherited: dict[str, Field] = {}
    if current is not None:
        if current not in models:
            return
        inherited = models[current].fields
    for node in reversed(chain):
        models[node.name] = _model(node, inherited, classes)
        inherited = models[node.name].fields


def _model(
    node: ast.ClassDef, inherited: Mapping[str, Field], classes: Mapping[str, ast.ClassDef]
) -> Model:
    required: dict[str, bool] = {}
    for item in node.body:
        if isinstance(item, ast.FunctionDef) and item.name == "__init__":
            args = item.args
            required = {
                a.arg: default is None
                for a, default in zip(args.kwonlyargs, args.kw_defaults, strict=True)
            }
            keywords = args.kwarg.annotation if args.kwarg is not None else None
            if isinstance(keywords, ast.Subscript) and _type(keywords.value) == "Unpack":
                required |= _init_keys(classes.get(_type(keywords.slice)))
    fields = dict(inherited)
    for item in node.body:
        if isinstance(item, ast.AnnAssign) and isinstance(item.target, ast.Name):
            name = item.target.id
            fields.pop(name, None)
            fields[name] = Field(name, _type(item.annotation), required.get(name, True))
    return Model(node.name, fields)


def _init_keys(node: ast.ClassDef | None) -> dict[str, bool]:
    """Keyword -> required, of a constructor's keyword TypedDict (its own keys)."""
    if node is None:
        return {}
    return {
        item.target.id: _type(item.annotation).startswith("Required[")
        for item in node.body
        if isinstance(item, ast.AnnAssign) and isinstance(item.target, ast.Name)
    }
