"""The import block of a generated module, from the names its IR makes it use.

Each kind of module (client, resource, model module; module or stub) lists what its
template always uses; the types it spells add theirs (`dt` for a datetime, `models` for a
named type, ...). Nothing is read back from rendered text, so no spec string can change
an import. The block is written as ruff's isort rules would leave it (`isort.py`), so the
formatter only formats it.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from generator import ir
from generator.generated_imports import (
    MODEL_IMPORTS,
    OPERATION_IMPORTS,
    OPERATION_STUB_IMPORTS,
    TESTING_IMPORTS,
    ImportTable,
)
from generator.render.isort import Import, export_order, import_lines, kept_parentheses
from generator.render.methods import MODELS, PARSED_DEFAULTS, stub_method_signatures
from generator.render.request_shapes import request_shape_names
from generator.render.types import names_in

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
_METHOD = {"httpx", "Mapping", "NotGiven", "Omit", "Endpoint"}
# the response views of a method (a stub types an overloaded one's by a call protocol)
_VIEWS = {"RawView", "StreamingView", "AsyncRawView", "AsyncStreamingView"}
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


def statements(names: Iterable[str], table: ImportTable, dots: str) -> list[Import]:
    """What binds `names` (those `table` knows); `dots` is the way from the module up to
    the package root."""
    found: list[Import] = []
    for bound in set(names) & set(table):
        module, name = table[bound]
        if module.startswith("."):
            module = dots + module[1:]
        if not name:
            found.append(Import(module, alias=bound if bound != module else ""))
        else:
            found.append(Import(module, name, bound if bound != name else ""))
    return found


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
        overloaded = stub and len(stub_method_signatures(operation, "")) > 1
        names |= _VIEW_PROTOCOL if overloaded else _VIEWS
    return names


def _table(stub: bool) -> ImportTable:
    return {**OPERATION_IMPORTS, **OPERATION_STUB_IMPORTS} if stub else OPERATION_IMPORTS


def _method_imports(
    names: set[str], operations: Sequence[ir.Operation], stub: bool, dots: str
) -> list[Import]:
    found = statements(names, _table(stub), dots)
    if stub and operations:
        # the generic views, where every method is overloaded, were imported and then
        # removed by ruff: the statement they shared keeps its layout
        found = kept_parentheses(found, statements(_VIEWS - names, _table(stub), dots))
    return found


def client_imports(api: ir.Api, stub: bool = False) -> str:
    names = _CLIENT | _operations_names(api.client_operations, stub)
    if not stub:
        names |= _CLIENT_MODULE
        if api.resources or api.webhooks:
            names |= {"ChildResource", "ResourceView"}  # imported on first access
    found = _method_imports(names, api.client_operations, stub, ".")
    found += _mixins((*api.client_mixins, *api.async_client_mixins))
    if stub:
        found += _views(".resources.", api.resources)
        if api.webhooks is not None:
            found.append(Import(".", "webhooks", "_webhooks"))
    return import_lines(found, _first_party(api.package))


def resource_imports(resource: ir.Resource, package: str, stub: bool = False) -> str:
    names = _RESOURCE | _operations_names(resource.operations, stub)
    if resource.children and not stub:
        names |= {"ChildResource", "ResourceView"}  # the sub-resources, imported on first access
    found = _method_imports(names, resource.operations, stub, "..")
    found += _mixins((*resource.mixins, *resource.async_mixins))
    if stub:
        found += _views(".", resource.children)
    return import_lines(found, _first_party(package))


def _views(prefix: str, resources: Iterable[ir.Resource]) -> list[Import]:
    """The view classes (sync, async, raw, streaming) of `resources`, from their modules."""
    return [
        Import(prefix + resource.module, name)
        for resource in resources
        for name in view_names(resource.class_name)
    ]


def view_names(owner: str) -> list[str]:
    """The classes a resource or client module defines for `owner`, sync and async."""
    suffixes = ("", "WithRawResponse", "WithStreamingResponse")
    return [prefix + owner + suffix for prefix in ("", "Async") for suffix in suffixes]


def testing_imports(api: ir.Api, stub: bool = False) -> str:
    """The imports of the test kit: the runtime's, the client's, and (in the stub) the
    types its operations return, (in the module) the resource modules that declare their
    endpoints."""
    table = {**OPERATION_IMPORTS, **TESTING_IMPORTS}
    names = {"_testing", "_client", "Any"} if stub else {"_testing", "_client"}
    found: list[Import] = []
    if stub:
        operations = [*api.client_operations]
        for resource in api.all_resources():
            operations += resource.operations
        for operation in operations:
            names |= names_in(operation.return_type, MODELS, tagged=False)
    else:
        found = _endpoint_modules(api)
    return import_lines(statements(names, table, ".") + found)


def _endpoint_modules(api: ir.Api) -> list[Import]:
    """`from .resources import <module> as _r_<module>` for each resource with operations
    (each resource's module was imported once, and ruff removed the unused: the statement
    they shared keeps its layout)."""
    modules = {r.module: bool(r.operations) for r in api.all_resources()}
    found = [Import(".resources", m, f"_r_{m}") for m, used in modules.items() if used]
    dropped = [Import(".resources", m, f"_r_{m}") for m, used in modules.items() if not used]
    return kept_parentheses(found, dropped)


def model_module_imports(module: ir.ModelModule, package: str) -> str:
    """The imports of a models/ module, its sibling modules' types among them."""
    found = statements(_model_module_names(module, stub=False), MODEL_IMPORTS, "..")
    found += [Import(f".{sibling}", name) for sibling, name in module.imports]
    found += _mixins(mixin for model in module.models for mixin in model.mixins)
    if module.refers_to_itself:
        found.append(Import("__future__", "annotations"))
    return import_lines(found, _first_party(package))


def model_stub_imports(names: Iterable[str]) -> str:
    """A model module's stub: its types, re-exported from `models/__init__.pyi`."""
    return import_lines(Import(".", name, name) for name in names)


def models_stub_imports(api: ir.Api) -> str:
    """The imports of `models/__init__.pyi`, which declares the types of every model module."""
    names: set[str] = set()
    for module in api.modules:
        names |= _model_module_names(module, stub=True)
    found = statements(names, MODEL_IMPORTS, "..")
    models = (model for module in api.modules for model in module.models)
    found += _mixins(mixin for model in models for mixin in model.mixins)
    return import_lines(found, _first_party(api.package))


def models_package_imports(api: ir.Api) -> str:
    """What `models/__init__.py` imports for type checkers only: every exported type."""
    found = (Import(f".{module}", name, name) for name, module in api.exports)
    return import_lines(found, indent="    ")


# What the package re-exports whatever the API (and its error classes, and `models`).
_PACKAGE = (
    Import(".", "errors"),
    *(
        Import("._client", name)
        for name in ("DEFAULT_BASE_URL", "SERVERS", "AsyncClient", "Client")
    ),
    Import("._runtime._async_pagination", "AsyncPage"),
    Import("._runtime._async_response", "AsyncStreamedResponse"),
    Import("._runtime._async_streaming", "AsyncStream"),
    Import("._runtime._files", "FileTypes"),
    Import("._runtime._hooks", "CallEvent"),
    Import("._runtime._response", "APIResponse"),
    Import("._runtime._sync_pagination", "SyncPage"),
    Import("._runtime._sync_response", "StreamedResponse"),
    Import("._runtime._sync_streaming", "Stream"),
    *(Import("._runtime._types", name) for name in ("NOT_GIVEN", "NotGiven", "Omit", "omit")),
    Import("._version", "__version__"),
)
# `__init__.py` imports `models` on first use (its module `__getattr__`), its stub at once
_PACKAGE_MODULE = (Import("importlib"), Import("typing", "TYPE_CHECKING"), Import("typing", "Any"))


def package_imports(api: ir.Api, stub: bool = False) -> str:
    """The imports of the package's `__init__`: what it re-exports."""
    found = [*_PACKAGE, *(Import(".errors", name) for name in api.error_classes)]
    found += [Import(".", "models")] if stub else _PACKAGE_MODULE
    return import_lines(found)


def package_exports(api: ir.Api) -> list[str]:
    """The package's `__all__`."""
    return export_order([i.name for i in _PACKAGE] + [*api.error_classes, "models"])


def _mixins(mixins: Iterable[ir.Mixin]) -> list[Import]:
    """The hand-written classes (config `extend`) the module's classes inherit, by absolute
    import, under names no generated code uses."""
    return [Import(m.module, m.name, m.alias) for m in mixins]


def _first_party(package: str) -> str:
    """The top-level name ruff counts as first-party: the generated package's own."""
    return package.partition(".")[0]


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
