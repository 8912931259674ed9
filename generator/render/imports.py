"""The import block of a generated module, from the names its IR makes it use.

Each kind of module (client, resource, model module; module or stub) lists what its
template always uses; the types it spells add theirs (`dt` for a datetime, `models` for a
named type, ...). Nothing is read back from rendered text, so no spec string can change
an import. The formatter sorts the block (ruff's isort rules) and its F401 fix remains a
safety net, with nothing to remove.
"""

from __future__ import annotations

from collections.abc import Iterable

from generator import ir
from generator.generated_imports import (
    MODEL_IMPORTS,
    OPERATION_IMPORTS,
    OPERATION_STUB_IMPORTS,
    TESTING_IMPORTS,
    ImportTable,
)
from generator.render.methods import MODELS, PARSED_DEFAULTS, stub_method_signatures
from generator.render.request_shapes import request_shape_names
from generator.render.types import names_in

LINE_LENGTH = 88  # the formatter's (generator.format): longer imports are wrapped as isort does

# What the templates use whatever the API: the clients and resources with their views.
_CLIENT = {
    "httpx",
    "Mapping",
    "NotGiven",
    "cached_property",
    "_auth",
    "_hooks",
    "SyncAPIClient",
    "AsyncAPIClient",
    # the client's views take the escape hatch's from these
    "UndeclaredRawView",
    "UndeclaredStreamingView",
    "AsyncUndeclaredRawView",
    "AsyncUndeclaredStreamingView",
}
_CLIENT_MODULE = {"NOT_GIVEN", "DEFAULT_MAX_RETRIES", "base_url_from_environment"}
_RESOURCE = {"cached_property", "SyncResource", "AsyncResource"}
# (Omit: in the per-call options' `extra_headers` type; Endpoint: its constant, which the
# stub declares too for the test kit)
_METHOD = {"httpx", "Mapping", "NotGiven", "Omit", "RawView", "StreamingView", "Endpoint"}
_METHOD |= {"AsyncRawView", "AsyncStreamingView"}
_METHOD_MODULE = {"NOT_GIVEN", "RequestOptions"}
# the call protocols of the views' overloaded methods (see methods.view_protocol)
_VIEW_PROTOCOL = {
    "Protocol",
    "type_check_only",
    "APIResponse",
    "ResponseContextManager",
    "StreamedResponse",
    "AsyncResponseContextManager",
    "AsyncStreamedResponse",
}


def import_block(names: Iterable[str], table: ImportTable, dots: str) -> str:
    """`import` / `from ... import` lines binding `names` (those `table` knows), one
    statement per module; `dots` is the way from the module up to the package root."""
    plain: list[str] = []
    grouped: dict[str, list[str]] = {}
    for bound in sorted(set(names) & set(table)):
        module, name = table[bound]
        if module.startswith("."):
            module = dots + module[1:]
        if not name:
            plain.append(f"import {module}" + (f" as {bound}" if bound != module else ""))
        else:
            grouped.setdefault(module, []).append(name if name == bound else f"{name} as {bound}")
    lines = sorted(plain)
    for module in sorted(grouped):
        line = f"from {module} import {', '.join(grouped[module])}"
        if len(line) > LINE_LENGTH:
            line = (
                f"from {module} import (\n" + "".join(f"    {n},\n" for n in grouped[module]) + ")"
            )
        lines.append(line)
    return "".join(line + "\n" for line in lines)


def _types_of(operation: ir.Operation, stub: bool) -> list[ir.TypeRef | None]:
    """The types a method and its endpoint (in a stub, the endpoint constant's) spell."""
    refs: list[ir.TypeRef | None] = [a.type for a in operation.arguments]
    refs += [operation.result.type, operation.return_type]
    if operation.pagination is not None:
        refs += [operation.pagination.item_type, operation.pagination.page_model]
    if not stub:
        refs += [a.json_type for a in operation.arguments]
        refs.append(operation.body.type if operation.body else None)
        refs += [r.type for r in operation.responses + operation.errors]
    return refs


def _operation_names(operation: ir.Operation, stub: bool) -> set[str]:
    names = set(_METHOD)
    if not stub:
        names |= _METHOD_MODULE
    elif len(stub_method_signatures(operation, "")) > 1:
        names |= _VIEW_PROTOCOL
    for ref in _types_of(operation, stub):
        if ref is not None:
            names |= names_in(ref, MODELS, tagged=not stub)
    if operation.result.kind == "events":
        names |= {"Stream", "AsyncStream"}
    alternative = operation.result.stream_alternative
    if alternative is not None and alternative.switch is not None:
        # the overloads on the switch (the last takes the keywords no overload declares),
        # and the streaming operation's endpoint
        names |= {"overload", "Literal", "NoSuchKeyword", "Never"}
        names |= _operation_names(alternative.operation, stub)
        if not stub:
            names |= {"with_switch", "refuse_unknown"}
    if operation.pagination is not None:
        names |= {"SyncPage", "AsyncPage", "Iterator", "AsyncIterator"}
        if operation.pagination.root_list:
            names.add("SDKModel")
    if stub:
        return names
    if any(a.kind == "body_field" for a in operation.arguments):
        names.add("body_from")
    if operation.body is not None:
        names.add("BodySpec")
    if operation.responses or operation.errors:
        names.add("ResponseSpec")
    if operation.pagination is not None:
        names.add("PaginationSpec")
    if any(a.json_type is not None for a in operation.arguments):
        names.add("adapter_for")
    return names


def _operations_names(operations: Iterable[ir.Operation], stub: bool) -> set[str]:
    names: set[str] = set()
    for operation in operations:
        names |= _operation_names(operation, stub)
    return names


def _table(stub: bool) -> ImportTable:
    return {**OPERATION_IMPORTS, **OPERATION_STUB_IMPORTS} if stub else OPERATION_IMPORTS


def client_imports(api: ir.Api, stub: bool = False) -> str:
    names = _CLIENT | _operations_names(api.client_operations, stub)
    if not stub:
        names |= _CLIENT_MODULE
        if api.resources or api.webhooks:
            names |= {
                "ChildResource",
                "ResourceView",
            }  # the resources below it, imported on first access
    block = import_block(names, _table(stub), ".")
    return block + mixin_imports((*api.client_mixins, *api.async_client_mixins))


def resource_imports(resource: ir.Resource, stub: bool = False) -> str:
    names = _RESOURCE | _operations_names(resource.operations, stub)
    if resource.children and not stub:
        names |= {"ChildResource", "ResourceView"}  # the sub-resources, imported on first access
    block = import_block(names, _table(stub), "..")
    return block + mixin_imports((*resource.mixins, *resource.async_mixins))


def testing_imports(api: ir.Api, stub: bool = False) -> str:
    """The imports of the test kit: the runtime's, the client's, the types its operations
    return, and (in the module) the resource modules that declare their endpoints."""
    operations = [*api.client_operations]
    table = {**OPERATION_IMPORTS, **TESTING_IMPORTS}
    names = {"_testing", "_client", "Any"} if stub else {"_testing", "_client"}
    for resource in api.all_resources():
        operations += resource.operations
        if not stub:
            table[f"_r_{resource.module}"] = (".resources", resource.module)
            names.add(f"_r_{resource.module}")
    for operation in operations:
        names |= names_in(operation.return_type, MODELS, tagged=not stub)
    return import_block(names, table, ".")


def model_module_imports(module: ir.ModelModule, stub: bool = False) -> str:
    """The imports of a models/ module (its sibling imports are written beside them)."""
    block = import_block(_model_module_names(module, stub), MODEL_IMPORTS, "..")
    return block + mixin_imports(mixin for model in module.models for mixin in model.mixins)


def models_stub_imports(api: ir.Api) -> str:
    """The imports of `models/__init__.pyi`, which declares the types of every model module."""
    names: set[str] = set()
    for module in api.modules:
        names |= _model_module_names(module, stub=True)
    block = import_block(names, MODEL_IMPORTS, "..")
    models = (model for module in api.modules for model in module.models)
    return block + mixin_imports(mixin for model in models for mixin in model.mixins)


def mixin_imports(mixins: Iterable[ir.Mixin]) -> str:
    """The hand-written classes (config `extend`) the module's classes inherit, by absolute
    import, under names no generated code uses."""
    return "".join(
        f"from {module} import {name} as {alias}\n"
        for module, name, alias in sorted({(m.module, m.name, m.alias) for m in mixins})
    )


def _model_module_names(module: ir.ModelModule, stub: bool) -> set[str]:
    names: set[str] = set()
    if module.enums:
        names |= {"OpenStrEnum" if e.value_type == "str" else "OpenIntEnum" for e in module.enums}
    if any(model.base is None for model in module.models):
        names.add("SDKModel")
    if module.aliases:
        names.add("TypeAlias")
    for model in module.models:
        if stub and model.extra_keys:
            names.add("Any")  # the constructor's **extra
        if stub and model.init_dict is not None:
            names |= {"TypedDict", "Unpack"}  # the constructor's keywords
            if any(field.required for field in model.own_fields):
                names.add("Required")
        # a stub's constructor may list every field; a class declares its own
        for field in model.fields if stub else model.own_fields:
            names |= names_in(field.type, tagged=not stub, lazy=not stub)
            if stub:
                if field.init_type is not None:
                    names |= names_in(field.init_type, tagged=False)
                continue
            if field.wire_name != field.name:
                names.add("Field")
            if field.default is not None and field.default.parse_as is not None:
                names.add(PARSED_DEFAULTS[field.default.parse_as].partition(".")[0])
    for alias in module.aliases:
        names |= names_in(alias.type, tagged=not stub)
    for model in module.models:
        if model.param_name is not None:
            names |= request_shape_names(model)
    return names
