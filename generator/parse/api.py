"""The whole spec -> ir.Api: the resource tree (placed and named by generator.parse.naming),
model modules, servers."""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from dataclasses import replace
from urllib.parse import urlsplit

from generator import ir
from generator.config import NamingMode, SdkOptions
from generator.errors import SpecWarning
from generator.load import LoadedSpec
from generator.parse import reserved
from generator.parse.enum_values import with_enum_values
from generator.parse.error_classes import error_classes
from generator.parse.http_library import http_library
from generator.parse.inheritance import with_bases
from generator.parse.mixins import with_mixins
from generator.parse.modules import group_modules
from generator.parse.names import NameRegistry, class_name, pascal_case
from generator.parse.naming import NamingPlanner, Node, Placement, Plan
from generator.parse.operation_base import RawOperation
from generator.parse.operations import (
    OperationParser,
    collect_operations,
    default_method_name,
    named_types_in,
    paginated,
    split_stream_methods,
)
from generator.parse.pages import Pages
from generator.parse.prose import docs_base, prose_texts, with_markdown_prose
from generator.parse.request_shapes import (
    Shapes,
    accepted_parameters,
    keyword_body,
    open_models,
    param_names,
    request_models,
    string_aliases,
    union_params,
    with_params,
)
from generator.parse.schemas import NamedType, SchemaParser
from generator.parse.sdk_settings import idempotency_header, pinned_headers
from generator.parse.security import SecurityParser
from generator.parse.servers import api_servers
from generator.parse.webhooks import (
    CLIENT_ATTRIBUTE,
    callbacks_by_operation,
    collect_events,
    event_union,
    parse_events,
)
from generator.runtime_source import call_options, error_names

# an operation -> the same with its arguments as a request accepts them
_Arguments = Callable[[ir.Operation], ir.Operation]

_PEP440 = re.compile(r"^\d+(\.\d+)*((a|b|rc)\d+)?(\.post\d+)?(\.dev\d+)?$")


def parse_api(
    spec: LoadedSpec,
    package: str,
    warnings: list[SpecWarning],
    options: SdkOptions | None = None,
) -> ir.Api:
    """`options.pagination` marks operations by operationId, like `x-sdkforge-pagination`
    does; `names` maps operationIds to dotted names (`chat.completions.create`), and `naming`
    "operation-id" keeps the older names (see generator.parse.naming); `auth` renames
    credentials by securityScheme key (see generator.parse.security).

    The passes, in order (ARCHITECTURE.md lists them): components, security, the resource
    tree, operations with their pages (generator.parse.pages), access, model modules and
    request shapes, resources (their methods given the arguments requests accept), the
    API; then the IR rewrites (enum values, Markdown prose), which share one walk, and the
    config's mixins."""
    options = options or SdkOptions()
    schemas = _components(spec, warnings)
    security = SecurityParser(spec.file, spec.view, package, warnings, options.auth)
    idempotency = idempotency_header(options.idempotency_header, spec.view)
    pinned = pinned_headers(options.default_headers)
    raws = collect_operations(dict(spec.openapi.paths or {}), warnings)
    raw_events = collect_events(spec, raws, warnings)
    # `client.webhooks` reads the events: a resource of that name takes another
    taken = {CLIENT_ATTRIBUTE} if raw_events else set()
    plan = _resource_tree(spec, raws, warnings, options.naming, options.names, taken)
    servers = api_servers(spec.openapi.servers or [])
    parser = OperationParser(
        spec.file,
        spec.view,
        schemas,
        security,
        warnings,
        idempotency_header=idempotency,
        servers=servers,
    )
    tree = _Tree(plan, raws)
    pages = Pages(
        spec, schemas.named, schemas.pointers, tree.class_names, options.pagination, warnings
    )
    tree.type_operations(parser, pages)
    pages.check_config_used()
    events = parse_events(raw_events, parser, warnings)
    tree.attach_callbacks(callbacks_by_operation(events))
    named = _settled_access(schemas, pages.models, tree, [event.type for _, event in events])
    webhooks = event_union(
        [event for _, event in events],
        named,
        schemas.order,
        schemas.class_names,
        package,
        options.webhook_signature,
    )
    shapes = _RequestShapes(
        schemas.order, named, schemas.pointers, tree.typed(), warnings, schemas.parents
    )
    resources = tuple(
        tree.resource(child, shapes.arguments) for child in plan.root.children.values()
    )
    client_operations = tree.operations(plan.root, shapes.arguments)
    api = replace(
        _api(
            spec,
            package,
            resources,
            client_operations,
            shapes.modules,
            security,
            http=http_library(options.http),
        ),
        idempotency_header=idempotency,
        pinned_headers=pinned,
        package_index=options.index,
        sources=tuple(sorted(schemas.pointers.items())),
        webhooks=_homed(webhooks, shapes.modules),
    )
    for ir_rewrite in (with_enum_values, _prose(spec)):
        api = ir_rewrite(api)
    return with_mixins(api, options.extend)


def _components(spec: LoadedSpec, warnings: list[SpecWarning]) -> SchemaParser:
    """Every `components.schemas` entry named (the spec's names first) and defined."""
    schemas = SchemaParser(spec.file, spec.view, warnings)
    components = spec.openapi.components
    if components is not None and components.schemas:
        schemas.register_components(dict(components.schemas))
    return schemas


def _resource_tree(
    spec: LoadedSpec,
    raws: list[RawOperation],
    warnings: list[SpecWarning],
    naming: NamingMode,
    names: Mapping[str, str] | None,
    taken: set[str],
) -> Plan:
    """The operations, each placed on a resource and named (see generator.parse.naming);
    `taken`: client attributes besides the runtime's that no resource may have."""
    openapi = spec.openapi
    planner = NamingPlanner(
        raws,
        spec.file,
        mode=naming,
        names=names,
        server_paths=[urlsplit(server.url).path for server in openapi.servers or []],
        tag_descriptions={tag.name: tag.description for tag in openapi.tags or []},
        tag_order=[tag.name for tag in openapi.tags or []],
        client_reserved=reserved.client_reserved() | taken,
        resource_reserved=reserved.resource_reserved(),
    )
    plan = planner.plan(warnings)
    _warn_duplicate_ids(raws, plan.placements, warnings)
    return plan


def _settled_access(
    schemas: SchemaParser,
    page_models: Mapping[str, NamedType],
    tree: _Tree,
    events: list[ir.TypeRef],
) -> dict[str, NamedType]:
    """The named types (the page models with renamed fields in place of the parser's) with
    required read-only fields of the models requests use, and write-only ones of those
    responses (and the events the API sends) use, optional (see SchemaParser.relaxed)."""
    everything = tree.typed()
    sent = {name for op in everything for name in _response_types(op)}
    return schemas.relaxed(
        {name for op in everything for name in _request_types(op)},
        sent | {name for event in events for name in named_types_in(event)},
        page_models,
    )


def _homed(webhooks: ir.Webhooks | None, modules: tuple[ir.ModelModule, ...]) -> ir.Webhooks | None:
    """The webhooks with the modules their union and generic event were grouped into."""
    if webhooks is None:
        return None
    homes = {t.name: m.name for m in modules for t in m.models}
    homes |= {t.name: m.name for m in modules for t in m.aliases}
    return replace(
        webhooks,
        union_module=homes[webhooks.union],
        unknown_module=homes.get(webhooks.unknown or ""),
    )


class _RequestShapes:
    """The model modules, with a `<Name>Param` TypedDict for each model a request uses;
    `arguments` then gives each operation the arguments a request accepts."""

    def __init__(
        self,
        order: list[str],
        named: dict[str, NamedType],
        pointers: Mapping[str, str],
        operations: list[ir.Operation],
        warnings: list[SpecWarning],
        parents: Mapping[str, str],
    ) -> None:
        named = with_bases(order, named, parents)
        self.named = named
        requested = request_models(operations, named)
        modules = group_modules(order, named, warnings, pointers, request_models=requested)
        params = param_names(requested, named)
        self.shapes = Shapes(
            params, union_params(named, params), open_models(named), string_aliases(named)
        )
        homes = {model.name: module.name for module in modules for model in module.models}
        param_homes = {param: homes[model] for model, param in params.items()}
        self.modules = tuple(_with_params(module, self.shapes, param_homes) for module in modules)

    def arguments(self, operation: ir.Operation) -> ir.Operation:
        """The operation with its arguments as a request accepts them: parameters typed so,
        an object body as keyword arguments (a streaming alternative behind a switch keeps
        the arguments of the operation it was made from)."""
        return keyword_body(accepted_parameters(operation, self.shapes), self.named, self.shapes)


def _api(
    spec: LoadedSpec,
    package: str,
    resources: tuple[ir.Resource, ...],
    client_operations: tuple[ir.Operation, ...],
    modules: tuple[ir.ModelModule, ...],
    security: SecurityParser,
    *,
    http: ir.HttpLibrary,
) -> ir.Api:
    exports = tuple(
        (name, module.name)
        for module in modules
        for name in [e.name for e in module.enums]
        + [m.name for m in module.models]
        + [m.param_name for m in module.models if m.param_name]
        + [a.name for a in module.aliases]
    )
    info = spec.openapi.info
    servers = api_servers(spec.openapi.servers or [])
    models = {model.name for module in modules for model in module.models}
    error_types = error_classes(_all_operations(resources, client_operations), models)
    return ir.Api(
        package=package,
        title=info.title,
        version=info.version,
        package_version=info.version if _PEP440.match(info.version) else "0.0.0",
        description=info.description,
        servers=servers,
        base_url=next((s.url for s in servers if re.match(r"^https?://", s.url)), None),
        resources=resources,
        client_operations=client_operations,
        modules=modules,
        http=http,
        security_schemes=tuple(security.schemes.values()),
        main_scheme=security.main,
        exports=tuple(sorted(exports)),
        call_options=call_options(),
        error_classes=error_names() + tuple(e.name for e in error_types if e.status),
        error_types=error_types,
    )


def _prose(spec: LoadedSpec) -> Callable[[ir.Api], ir.Api]:
    return lambda api: with_markdown_prose(api, docs_base(spec.openapi, prose_texts(api)))


class _Tree:
    """The planned resource tree as ir.Resources: class and module names, parsed operations."""

    def __init__(self, plan: Plan, raws: list[RawOperation]) -> None:
        self.plan = plan
        self.raws = raws
        self.class_names = NameRegistry(reserved.OPERATION_MODULE_CLASSES)
        self.module_names = NameRegistry({"__init__"})
        self.identities: dict[int, tuple[str, str]] = {}
        self.parsed: dict[int, tuple[ir.Operation, ...]] = {}
        self._name(plan.root, "", ())

    def type_operations(self, parser: OperationParser, pages: Pages) -> None:
        """Every operation typed, with its pages (which claim their class names here)."""
        for node in self.plan.root.walk():
            self.parsed[id(node)] = self._parse(node, parser, pages)

    def _name(self, node: Node, parent_class: str, chain: tuple[str, ...]) -> None:
        for attr, child in node.children.items():
            if not chain:
                wanted = class_name(child.label, prefix="Tag")
            else:
                wanted = parent_class + class_name(child.label or attr, prefix="Tag")
            name = wanted
            while name in self.class_names or "Async" + name in self.class_names:
                name += "_"
            self.class_names.claim(name)
            self.class_names.claim("Async" + name)
            module = self.module_names.claim("_".join((*chain, attr)))
            self.identities[id(child)] = (name, module)
            self._name(child, name, (*chain, attr))

    def _parse(
        self, node: Node, parser: OperationParser, pages: Pages
    ) -> tuple[ir.Operation, ...]:
        constants = NameRegistry()
        parsed = []
        for index in self._order(node):
            placement = self.plan.placements[index]
            constant = constants.claim("_" + placement.method.upper().strip("_"))
            raw = self.raws[index]
            # inline schemas are named after the operationId (or method and path) as before,
            # not after the method: `list` is the name of many operations
            hint = pascal_case(raw.operation.operationId or default_method_name(raw))
            operation = parser.parse(raw, placement.method, constant, hint, placement.source)
            pagination = pages.pagination(operation, raw)
            parsed.append(operation if pagination is None else paginated(operation, pagination))
        return tuple(parsed)

    def attach_callbacks(self, callbacks: Mapping[str, tuple[ir.Callback, ...]]) -> None:
        """Each operation with the callbacks it declares (by its pointer), for its docstring."""
        for node in self.plan.root.walk():
            self.parsed[id(node)] = tuple(
                replace(op, callbacks=callbacks.get(self.raws[index].pointer, ()))
                for op, index in zip(self.parsed[id(node)], self._order(node), strict=True)
            )

    def _order(self, node: Node) -> list[int]:
        """The node's operations (their indexes) in method order: a method named `list`
        goes last, before the others it would shadow the builtin in their annotations (mypy
        reads the class scope first)."""
        return sorted(node.operations, key=lambda i: self.plan.placements[i].method == "list")

    def typed(self) -> list[ir.Operation]:
        """Every operation as step 4 typed it (streaming alternatives inside theirs)."""
        return [op for ops in self.parsed.values() for op in ops]

    def operations(self, node: Node, arguments: _Arguments) -> tuple[ir.Operation, ...]:
        """The node's methods: its operations, each streaming alternative without a switch
        as a method of its own, with their `arguments`."""
        return tuple(arguments(op) for op in split_stream_methods(self.parsed[id(node)]))

    def resource(
        self, node: Node, arguments: _Arguments, chain: tuple[str, ...] = ()
    ) -> ir.Resource:
        name, module = self.identities[id(node)]
        path = (*chain, node.attr)
        return ir.Resource(
            attr_name=node.attr,
            class_name=name,
            module=module,
            description=node.description,
            operations=self.operations(node, arguments),
            children=tuple(
                self.resource(child, arguments, path) for child in node.children.values()
            ),
            path=".".join(path),
        )


def _warn_duplicate_ids(
    raws: list[RawOperation], placements: tuple[Placement, ...], warnings: list[SpecWarning]
) -> None:
    first: dict[str, str] = {}
    for raw, placement in zip(raws, placements, strict=True):
        operation_id = raw.operation.operationId
        if not operation_id:
            continue
        seen = first.setdefault(operation_id, raw.pointer)
        if seen != raw.pointer:
            where = ".".join(("client", *placement.resource, placement.method))
            warnings.append(
                SpecWarning(
                    raw.pointer,
                    f"duplicate operationId {operation_id!r} (first used at #{seen}); "
                    f"this operation is {where}",
                )
            )


def _all_operations(
    resources: tuple[ir.Resource, ...], client_operations: tuple[ir.Operation, ...]
) -> list[ir.Operation]:
    nested = [op for r in resources for node in r.walk() for op in node.operations]
    return [*client_operations, *nested]


def _with_params(module: ir.ModelModule, shapes: Shapes, home: dict[str, str]) -> ir.ModelModule:
    """A module's models with their TypedDict names, importing the sibling TypedDicts
    theirs refer to (from the modules the models come from: those of a union alias's
    variants may be modules this one did not import from yet). `home`: TypedDict name ->
    its module."""
    models = tuple(with_params(model, shapes) for model in module.models)
    used = {name for m in models for f in m.param_fields for name in named_types_in(f.type)}
    imports = set(module.imports)
    imports |= {(home[n], n) for n in used if n in home and home[n] != module.name}
    return replace(module, models=models, imports=tuple(sorted(imports)))


def _request_types(operation: ir.Operation) -> set[str]:
    found = named_types_in(operation.body.type if operation.body else None)
    for param in operation.path_params + operation.params:
        found |= named_types_in(param.type)
    return found


def _response_types(operation: ir.Operation) -> set[str]:
    found = named_types_in(operation.event_type)
    for response in operation.responses + operation.errors:
        found |= named_types_in(response.type)
    alternative = operation.result.stream_alternative
    if alternative is not None:
        found |= _response_types(alternative.operation)
    return found
