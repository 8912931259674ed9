"""IR -> files. Templates are compiled once per process; the output is unformatted text."""

from __future__ import annotations

import hashlib
import importlib.resources
import json
import textwrap
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

import jinja2
import jinja2.bccache

from generator import ir
from generator.render import imports, methods, request_shapes, stubs
from generator.render.escape import docline, docstring, docstring_text, py_literal
from generator.render.examples import (
    EXAMPLE_MARK,
    Examples,
    client_arguments,
    returns,
    showcased,
    signature,
)
from generator.render.http_imports import HTTP_IMPORT, http_imports
from generator.render.imports import view_names
from generator.render.isort import export_order
from generator.render.markdown import markdown_block, markdown_cell, markdown_line, plain_line
from generator.render.runtime import runtime_files
from generator.render.types import annotation, optional_annotation
from generator.user_cache import cache_folder


def toml_string(text: str) -> str:
    # JSON string syntax (with ASCII escapes) is a valid TOML basic string.
    return json.dumps(text, ensure_ascii=True)


def toml_comment(text: str) -> str:
    return plain_line(text).encode("ascii", "replace").decode("ascii")


def distribution_name(package: str) -> str:
    return package.replace("_", "-").replace(".", "-")


def keyword_list(options: tuple[ir.CallOption, ...]) -> str:
    """`a=`, `b=` and `c=`: the per-call options in prose."""
    names = [f"`{option.name}=`" for option in options]
    return ", ".join(names[:-1]) + f" and {names[-1]}" if len(names) > 1 else "".join(names)


def api_name(title: str) -> str:
    """ "Payments API" stays as it is, "Petstore" is "Petstore API": never "... API API"."""
    words = title.split()
    return title if words and words[-1].upper() == "API" else f"{title} API"


def reference_line(target: str, operation: ir.Operation) -> str:
    """One method in api.md: its call signature, return type, HTTP request and summary."""
    code = f"{target}.{operation.method_name}{signature(operation)} -> {returns(operation)}"
    line = f"- `{code.replace('`', chr(39))}`: `{operation.http_method} {markdown_cell(operation.path)}`"
    summary = operation.summary or (operation.description or "").strip().split("\n")[0]
    if summary.strip():
        line += f": {markdown_line(summary)}"
    if operation.deprecated:
        line += " (deprecated)"
    for server in operation.servers:
        line += f"\n  - SERVERS: {markdown_cell(server.url)}"
        if server.description:
            line += f": {markdown_line(server.description)}"
    return line


def mixin_bases(mixins: tuple[ir.Mixin, ...]) -> str:
    """The bases a class takes before its own (config `extend`): `_mixin_A, _mixin_B, `."""
    return "".join(f"{mixin.alias}, " for mixin in mixins)


@dataclass(frozen=True)
class Mode:
    """How the sync or the async flavour of a class is spelled."""

    name: str
    prefix: str
    async_: str
    await_: str
    a: str
    iterating: str
    iter_override: str
    raw_view: str
    streaming_view: str


def _mode(is_async: bool) -> Mode:
    """The spellings of a flavour, each following from whether it is async."""
    prefix = "Async" if is_async else ""
    return Mode(
        name=prefix or "Sync",
        prefix=prefix,
        async_="async " if is_async else "",
        await_="await " if is_async else "",
        a="a" if is_async else "",
        iterating="`async for`" if is_async else "iterating",
        # pydantic's BaseModel.__iter__ yields fields; a sync page yields items instead
        iter_override="" if is_async else "  # type: ignore[override]",
        raw_view=f"{prefix}RawView",
        streaming_view=f"{prefix}StreamingView",
    )


MODES = (_mode(is_async=False), _mode(is_async=True))


def page_model_base(pagination: ir.Pagination, stub: bool = False) -> str:
    """The model a page class extends: the response model, or a model holding a bare list."""
    if pagination.root_list:
        return "SDKModel"
    return methods.type_annotation(pagination.page_model, stub)


def page_names(operations: tuple[ir.Operation, ...]) -> list[str]:
    return [
        prefix + op.pagination.page_class
        for op in operations
        if op.pagination is not None
        for prefix in ("", "Async")
    ]


def resource_exports(resource: ir.Resource) -> list[str]:
    return export_order(view_names(resource.class_name) + page_names(resource.operations))


def view_attribute(view: str) -> str:
    """`WithRawResponse` -> `with_raw_response`."""
    return "with" + "".join("_" + c.lower() if c.isupper() else c for c in view[4:])


def operations_where(api: ir.Api, attribute: str) -> list[tuple[str, ir.Operation]]:
    """(`client.<resource>` or `client`, operation) for the operations with `attribute` set."""
    found = [
        (f"client.{resource.path}", op)
        for resource in api.all_resources()
        for op in resource.operations
        if getattr(op, attribute) is not None
    ]
    found += [("client", op) for op in api.client_operations if getattr(op, attribute) is not None]
    return found


def pages_by_link(api: ir.Api) -> bool:
    """Whether a method follows `Link` headers (the README then says where it stops)."""
    return any(
        op.pagination is not None and op.pagination.kind == "link"
        for _, op in operations_where(api, "pagination")
    )


def page_style(pagination: ir.Pagination) -> str:
    """How the README names a method's paging: its kind and what carries the next page."""
    if pagination.kind == "single":
        return "single: the items of one response, no further pages"
    if pagination.next_url:
        return f"link: `{markdown_cell('.'.join(pagination.next_url))}` in the body"
    if pagination.param:
        return f"{pagination.kind}: `{markdown_cell(pagination.param)}`"
    return pagination.kind


def stream_switches(api: ir.Api) -> list[tuple[str, ir.Operation]]:
    """(`client.<resource>` or `client`, operation) for the methods overloaded on `stream`."""
    return [
        (target, op)
        for target, op in operations_where(api, "result")
        if op.result.stream_alternative is not None
        and op.result.stream_alternative.switch is not None
    ]


_CREDENTIAL_TYPES = {
    "api_key": "str",
    "bearer": "str",
    "basic": "tuple[str, str]",
    "oauth2_client_credentials": "tuple[str, str]",
}
_CREDENTIAL_HELP = {
    "api_key": "the API key, or a function that gives it before each attempt",
    "bearer": "the bearer token, or a function that gives it before each attempt",
    "basic": "(username, password)",
    "oauth2_client_credentials": "(client_id, client_secret); tokens are fetched and renewed",
}


def credential_type(scheme: ir.SecurityScheme, mode: Mode | None = None) -> str:
    """The credential's type; in a client's signature (`mode`), API keys and bearer
    tokens may also be a function that gives them (see the runtime's `_auth`)."""
    text = _CREDENTIAL_TYPES[scheme.kind]
    if mode is not None and scheme.kind in ("api_key", "bearer"):
        text += f" | _auth.{mode.name}TokenProvider"
    return text


def credential_help(scheme: ir.SecurityScheme) -> str:
    pair = " as `first:second`" if _CREDENTIAL_TYPES[scheme.kind].startswith("tuple") else ""
    return f"{_CREDENTIAL_HELP[scheme.kind]}; defaults to ${scheme.env_var}{pair}"


def credential_is_pair(scheme: ir.SecurityScheme) -> bool:
    return _CREDENTIAL_TYPES[scheme.kind].startswith("tuple")


def field_declaration(field: ir.Field) -> str:
    """`name: type = default` for a model field, with wire-name aliases when they differ."""
    type_text = annotation(field.type, lazy=True)
    default: str | None = None
    if not field.required:
        if field.default is None:
            type_text = optional_annotation(field.type, lazy=True)
            default = "None"
        else:
            default = methods.default_literal(field.default)
    arguments = []
    if field.wire_name != field.name:
        wire = py_literal(field.wire_name)
        arguments = [f"validation_alias={wire}", f"serialization_alias={wire}"]
    if arguments:
        if default is not None:
            arguments.insert(0, f"default={default}")
        return f"{field.name}: {type_text} = Field({', '.join(arguments)})"
    return f"{field.name}: {type_text}" + (f" = {default}" if default is not None else "")


def webhook_result(webhooks: ir.Webhooks) -> str:
    """What `unwrap` returns: the union of the events, or the generic event."""
    union = f"models.{webhooks.union}"
    return union if webhooks.unknown is None else f"{union} | models.{webhooks.unknown}"


def error_bodies(api: ir.Api) -> dict[str, str]:
    """Error class name -> the model its `body` is, for the classes whose body is typed."""
    return {e.name: e.body for e in api.error_types if e.body is not None}


def server_urls(api: ir.Api) -> tuple[str, ...]:
    return tuple(server.url for server in api.servers)


def servers_docstring(api: ir.Api) -> str:
    """The docstring of `SERVERS`: each server with its description and variables."""
    if not api.servers:
        return docstring("The spec declares no server: pass `base_url` to the client.")
    intro = "The spec's servers, with variables at their defaults."
    if len(api.servers) > 1:
        intro += (
            " `DEFAULT_BASE_URL` is the first absolute one; pick another with"
            " `Client(base_url=SERVERS[1])`."
        )
    lines = [textwrap.fill(intro, width=88, break_long_words=False), ""]
    for index, server in enumerate(api.servers):
        line = f"- `SERVERS[{index}]`: {server.url}"
        if server.description:
            line += f": {plain_line(server.description)}"
        if not server.url.startswith(("http://", "https://")):
            line += " (relative to the host that serves the API: pass the full URL)"
        if server.variables:
            parts = []
            for variable in server.variables:
                part = f"{variable.name}={variable.default}"
                if variable.enum:
                    part += f" (or {', '.join(v for v in variable.enum if v != variable.default)})"
                parts.append(part)
            line += f"; from {server.template} with {', '.join(parts)}"
        lines.append(
            textwrap.fill(
                line,
                width=88,
                subsequent_indent="  ",
                break_on_hyphens=False,
                break_long_words=False,
            )
        )
    return docstring("\n".join(lines))


def module_exports(module: ir.ModelModule) -> list[str]:
    """The `__all__` of a models/ module: its named types and TypedDicts."""
    names = [e.name for e in module.enums] + [m.name for m in module.models]
    names += [a.name for a in module.aliases]
    names += [model.param_name for model in module.models if model.param_name]
    return export_order(names)


def model_exports(api: ir.Api) -> list[str]:
    """The `__all__` of the models package: every exported type."""
    return export_order(name for name, _ in api.exports)


def template_root() -> Path:
    """templates/ of a source checkout, else the copy installed as package data."""
    source = Path(__file__).resolve().parents[2] / "templates"
    if (source / "package").is_dir():
        return source
    return Path(str(importlib.resources.files("generator.templates")))


_ENVIRONMENT_OPTIONS: dict[str, Any] = {
    "keep_trailing_newline": True,
    "trim_blocks": True,
    "lstrip_blocks": True,
    "autoescape": False,
    # templates are package data: no need to stat each one for changes at every use
    "auto_reload": False,
}


class _BytecodeCache(jinja2.FileSystemBytecodeCache):
    """jinja's cache of compiled templates, which never fails a run: a cache that cannot
    be written is no cache."""

    def dump_bytecode(self, bucket: jinja2.bccache.Bucket) -> None:
        try:
            super().dump_bytecode(bucket)
        except OSError:
            pass


def bytecode_cache() -> jinja2.BytecodeCache | None:
    """Compiled templates kept between runs (compiling them is a third of a small run).

    In sdkforge's cache folder (`generator.user_cache`; an empty SDKFORGE_CACHE_DIR turns
    it off). jinja keys each entry by the template's source
    and its own and Python's versions; the folder name adds sdkforge's version and the
    environment's options, which shape the compiled code too.
    """
    options = hashlib.sha256(repr(sorted(_ENVIRONMENT_OPTIONS.items())).encode()).hexdigest()
    folder = cache_folder(f"templates-{options[:12]}")
    return None if folder is None else _BytecodeCache(folder)


def _by_name(*functions: Callable[..., object]) -> dict[str, Callable[..., object]]:
    """What the templates call, each under its own name."""
    return {function.__name__: function for function in functions}


@lru_cache(maxsize=1)
def environment() -> jinja2.Environment:
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(str(template_root())),
        undefined=jinja2.StrictUndefined,
        bytecode_cache=bytecode_cache(),
        **_ENVIRONMENT_OPTIONS,
    )
    env.filters.update(
        _by_name(
            docstring,
            docline,
            annotation,
            optional_annotation,
            field_declaration,
            methods.argument_declaration,
            methods.argument_value,
            methods.option_declaration,
            methods.type_annotation,
            methods.result_annotation,
            methods.client_call,
            methods.body_value,
            methods.module_signatures,
            methods.values_by_place,
            methods.stub_method_signatures,
            methods.view_protocol,
            toml_string,
            toml_comment,
            distribution_name,
            markdown_line,
            markdown_cell,
            markdown_block,
            plain_line,
            export_order,
            imports.package_exports,
            api_name,
            keyword_list,
            page_model_base,
            page_style,
            resource_exports,
            view_attribute,
            credential_type,
            credential_help,
            credential_is_pair,
            server_urls,
            servers_docstring,
            webhook_result,
            mixin_bases,
            stubs.stub_field,
            stubs.stub_init_parameter,
            stubs.stub_init_key,
            stubs.stub_alias,
            request_shapes.typed_dict,
            module_exports,
            model_exports,
        ),
        pyrepr=py_literal,
        docstring_body=docstring_text,
    )
    env.globals.update(
        _by_name(
            client_arguments,
            methods.custom_styles,
            showcased,
            reference_line,
            page_names,
            operations_where,
            pages_by_link,
            stream_switches,
            error_bodies,
            stubs.error_stub,
        ),
        EXAMPLE_MARK=EXAMPLE_MARK,
        modes=MODES,
    )
    return env


def _http(api: ir.Api, path: str, extra: dict[str, object]) -> dict[str, object]:
    """A template's values, its import block (if it has one) importing the SDK's HTTP
    library."""
    block = extra.get("imports")
    if not isinstance(block, str):
        return extra
    return {**extra, "imports": http_imports(block, api.http.module, path)}


def render_api(api: ir.Api) -> dict[str, str]:
    env = environment()
    package = api.package.replace(".", "/")
    context = {"api": api}
    files: dict[str, str] = {}

    def put(path: str, template: str, **extra: object) -> None:
        files[path] = env.get_template(template).render(**context, **_http(api, path, extra))

    put("pyproject.toml", "project/pyproject.toml.jinja")
    put("README.md", "project/README.md.jinja", examples=Examples(api))
    put("api.md", "project/api.md.jinja")
    static = {
        "_version.py": "package/_version.py.jinja",
        "py.typed": "package/py.typed.jinja",
        "resources/__init__.py": "package/resources/__init__.py.jinja",
    }
    for path, template in static.items():
        put(f"{package}/{path}", template)
    put(f"{package}/__init__.py", "package/__init__.py.jinja", imports=imports.package_imports(api))
    put(
        f"{package}/models/__init__.py",
        "package/models/__init__.py.jinja",
        type_imports=imports.models_package_imports(api),
    )
    files.update(runtime_files(package, api.title, api.http.module))
    files[f"{package}/errors.py"] += env.get_template("package/errors_tail.py.jinja").render(
        **context
    )
    put(f"{package}/_client.py", "package/_client.py.jinja", imports=imports.client_imports(api))
    if api.webhooks is not None:
        put(f"{package}/webhooks.py", "package/webhooks.py.jinja")
    for resource in api.all_resources():
        put(
            f"{package}/resources/{resource.module}.py",
            "package/resources/resource.py.jinja",
            resource=resource,
            imports=imports.resource_imports(resource, api.package),
        )
    for module in api.modules:
        put(
            f"{package}/models/{module.name}.py",
            "package/models/module.py.jinja",
            module=module,
            imports=imports.model_module_imports(module, api.package),
        )
    put(f"{package}/testing.py", "package/testing.py.jinja", imports=imports.testing_imports(api))
    put(f"{package}/_pytest_plugin.py", "package/_pytest_plugin.py.jinja")
    files.update(render_stubs(api))
    return files


def render_stubs(api: ir.Api) -> dict[str, str]:
    """The stubs beside every public module (PEP 561, with py.typed), and stubtest's allowlist."""
    env = environment()
    package = api.package.replace(".", "/")
    files: dict[str, str] = {}

    def put(path: str, template: str, **extra: object) -> None:
        files[path] = env.get_template(template).render(api=api, **_http(api, path, extra))

    for path, template in stubs.STATIC_STUBS.items():
        put(f"{package}/{path}", template, imports=HTTP_IMPORT)
    put(
        f"{package}/__init__.pyi",
        "stubs/__init__.pyi.jinja",
        imports=imports.package_imports(api, True),
    )
    put(
        f"{package}/_client.pyi",
        "stubs/_client.pyi.jinja",
        imports=imports.client_imports(api, True),
    )
    put(
        f"{package}/{stubs.MODELS_STUB}",
        "stubs/models/__init__.pyi.jinja",
        imports=imports.models_stub_imports(api),
        enums=any(module.enums for module in api.modules),
    )
    for resource in api.all_resources():
        put(
            f"{package}/resources/{resource.module}.pyi",
            "stubs/resources/resource.pyi.jinja",
            resource=resource,
            imports=imports.resource_imports(resource, api.package, stub=True),
        )
    for module in api.modules:
        put(
            f"{package}/models/{module.name}.pyi",
            "stubs/models/module.pyi.jinja",
            module=module,
            imports=imports.model_stub_imports(module_exports(module)),
        )
    put(
        f"{package}/testing.pyi",
        "stubs/testing.pyi.jinja",
        imports=imports.testing_imports(api, stub=True),
    )
    if api.webhooks is not None:
        put(f"{package}/webhooks.pyi", "stubs/webhooks.pyi.jinja")
    files[stubs.ALLOWLIST] = stubs.stubtest_allowlist(api)
    return files
