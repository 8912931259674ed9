"""IR -> files. Templates are compiled once per process; the output is unformatted text."""

from __future__ import annotations

import importlib.resources
import json
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import jinja2

from generator import ir
from generator.render.escape import docline, docstring, docstring_text, py_literal
from generator.render.types import annotation, optional_annotation

_DEFAULT_STYLES = {
    "path": ("simple", False),
    "query": ("form", True),
    "header": ("simple", False),
    "cookie": ("form", True),
}


def toml_string(text: str) -> str:
    # JSON string syntax (with ASCII escapes) is a valid TOML basic string.
    return json.dumps(text, ensure_ascii=True)


def toml_comment(text: str) -> str:
    return " ".join(text.split()).encode("ascii", "replace").decode("ascii")


def distribution_name(package: str) -> str:
    return package.replace("_", "-").replace(".", "-")


def markdown_line(text: str) -> str:
    return " ".join(str(text).split())


def markdown_cell(text: str) -> str:
    return markdown_line(text).replace("|", "\\|").replace("`", "'")


_SAMPLES = {"str": '"..."', "int": "1", "float": "1.0", "bool": "True"}


def example_call(target: str, operation: ir.Operation) -> str:
    """A call of `operation` for the README, with placeholder values for required arguments."""
    arguments = [
        _SAMPLES.get(p.type.scalar or "", "...") if p.type.kind == "scalar" else "..."
        for p in operation.path_params
    ]
    arguments += [f"{p.name}=..." for p in operation.params if p.required]
    if operation.body is not None and operation.body.required:
        arguments.append("body={...}")
    result = "" if operation.return_type.kind == "none" else "result = "
    return f"{result}{target}.{operation.method_name}({', '.join(arguments)})"


@dataclass(frozen=True)
class Mode:
    """How the sync or the async flavour of a class is spelled."""

    name: str
    prefix: str
    async_: str
    await_: str
    a: str
    close: str


MODES = (
    Mode(name="Sync", prefix="", async_="", await_="", a="", close="close"),
    Mode(name="Async", prefix="Async", async_="async ", await_="await ", a="a", close="aclose"),
)


def field_declaration(field: ir.Field) -> str:
    """`name: type = default` for a model field, with wire-name aliases when they differ."""
    type_text = annotation(field.type)
    default: str | None = None
    if not field.required:
        if field.default is None:
            type_text = optional_annotation(field.type)
            default = "None"
        else:
            default = default_literal(field.default)
    arguments = []
    if field.wire_name != field.name:
        wire = py_literal(field.wire_name)
        arguments = [f"validation_alias={wire}", f"serialization_alias={wire}"]
    if arguments:
        if default is not None:
            arguments.insert(0, f"default={default}")
        return f"{field.name}: {type_text} = Field({', '.join(arguments)})"
    return f"{field.name}: {type_text}" + (f" = {default}" if default is not None else "")


def default_literal(default: ir.Default) -> str:
    if default.enum_name is not None and default.enum_member is not None:
        return f"{default.enum_name}.{default.enum_member}"
    return py_literal(default.value)


def parameter_declaration(param: ir.Parameter) -> str:
    if param.required:
        return f"{param.name}: {annotation(param.type, 'models.')}"
    return f"{param.name}: {optional_annotation(param.type, 'models.')} = None"


def body_declaration(body: ir.RequestBody) -> str:
    if body.required:
        return f"body: {annotation(body.accepted_type, 'models.')}"
    return f"body: {optional_annotation(body.accepted_type, 'models.')} = None"


def custom_styles(operation: ir.Operation) -> list[tuple[str, str, str, bool]]:
    """Parameters serialised in another style than their location's default."""
    return [
        (p.location, p.wire_name, p.style, p.explode)
        for p in operation.path_params + operation.params
        if (p.style, p.explode) != _DEFAULT_STYLES[p.location]
    ]


def operation_docstring(operation: ir.Operation, indent: int) -> str:
    parts = [text for text in (operation.summary, operation.description) if text and text.strip()]
    if parts[1:] and parts[0].strip() == parts[1].strip():
        parts = parts[:1]
    documented = [p for p in operation.path_params + operation.params if p.description]
    if operation.body is not None and operation.body.description:
        documented_body = operation.body.description
    else:
        documented_body = None
    if documented or documented_body:
        lines = ["Args:"]
        lines += [
            f"    {p.name}: {' '.join(p.description.split())}" for p in documented if p.description
        ]
        if documented_body:
            lines.append(f"    body: {' '.join(documented_body.split())}")
        parts.append("\n".join(lines))
    if operation.deprecated:
        parts.insert(0, "Deprecated.")
    text = "\n\n".join(parts) or f"{operation.http_method} {operation.path}"
    return docstring(text, indent)


def template_root() -> Path:
    """templates/ of a source checkout, else the copy installed as package data."""
    source = Path(__file__).resolve().parents[2] / "templates"
    if (source / "package").is_dir():
        return source
    return Path(str(importlib.resources.files("generator.templates")))


@lru_cache(maxsize=1)
def environment() -> jinja2.Environment:
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(str(template_root())),
        undefined=jinja2.StrictUndefined,
        keep_trailing_newline=True,
        trim_blocks=True,
        lstrip_blocks=True,
        autoescape=False,
    )
    env.filters.update(
        pyrepr=py_literal,
        docstring=docstring,
        docline=docline,
        annotation=annotation,
        optional_annotation=optional_annotation,
        field_declaration=field_declaration,
        parameter_declaration=parameter_declaration,
        body_declaration=body_declaration,
        operation_docstring=operation_docstring,
        docstring_body=docstring_text,
        toml_string=toml_string,
        toml_comment=toml_comment,
        distribution_name=distribution_name,
        markdown_line=markdown_line,
        markdown_cell=markdown_cell,
    )
    env.globals.update(custom_styles=custom_styles, modes=MODES, example_call=example_call)
    return env


def render_api(api: ir.Api) -> dict[str, str]:
    env = environment()
    package = api.package.replace(".", "/")
    context = {"api": api}
    files: dict[str, str] = {}

    def put(path: str, template: str, **extra: object) -> None:
        files[path] = env.get_template(template).render(**context, **extra)

    put("pyproject.toml", "project/pyproject.toml.jinja")
    put("README.md", "project/README.md.jinja")
    static = {
        "__init__.py": "package/__init__.py.jinja",
        "_version.py": "package/_version.py.jinja",
        "py.typed": "package/py.typed.jinja",
        "errors.py": "package/errors.py.jinja",
        "_client.py": "package/_client.py.jinja",
        "_runtime/__init__.py": "package/_runtime/__init__.py.jinja",
        "_runtime/_types.py": "package/_runtime/_types.py.jinja",
        "_runtime/_endpoint.py": "package/_runtime/_endpoint.py.jinja",
        "_runtime/_models.py": "package/_runtime/_models.py.jinja",
        "_runtime/_serialize.py": "package/_runtime/_serialize.py.jinja",
        "_runtime/_base_client.py": "package/_runtime/_base_client.py.jinja",
        "resources/__init__.py": "package/resources/__init__.py.jinja",
        "models/__init__.py": "package/models/__init__.py.jinja",
    }
    for path, template in static.items():
        put(f"{package}/{path}", template)
    for resource in api.resources:
        put(
            f"{package}/resources/{resource.module}.py",
            "package/resources/resource.py.jinja",
            resource=resource,
        )
    for module in api.modules:
        put(f"{package}/models/{module.name}.py", "package/models/module.py.jinja", module=module)
    return files
