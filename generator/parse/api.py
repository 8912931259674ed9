"""The whole spec -> ir.Api: the resource tree (placed and named by generator.parse.naming),
model modules, servers."""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import replace
from typing import Any
from urllib.parse import urlsplit

from openapi_pydantic.v3.v3_1 import Server

from generator import ir
from generator.config import SdkOptions
from generator.errors import ConfigError, SpecError, SpecWarning, join_pointer
from generator.load import LoadedSpec
from generator.load.pointers import resolve_pointer
from generator.parse import reserved
from generator.parse.enum_values import with_enum_values
from generator.parse.modules import group_modules
from generator.parse.names import NameRegistry, class_name, pascal_case
from generator.parse.naming import NamingPlanner, Node, Placement, Plan
from generator.parse.operations import (
    OperationParser,
    RawOperation,
    collect_operations,
    default_method_name,
    named_types_in,
    paginated,
    split_stream_methods,
)
from generator.parse.pagination import Fail, PaginationResolver, check_marking
from generator.parse.pagination_detect import declares_link_header, detect
from generator.parse.pagination_vendors import (
    FERN,
    SPEAKEASY,
    Unreadable,
    from_fern,
    from_speakeasy,
)
from generator.parse.prose import docs_origin, with_markdown_prose
from generator.parse.request_shapes import (
    apply_to_resource,
    keyword_body,
    param_names,
    request_models,
    union_params,
    with_params,
)
from generator.parse.schemas import SchemaParser
from generator.parse.security import SecurityParser
from generator.runtime_source import call_options, error_names

PAGINATION_EXTENSION = "x-sdkforge-pagination"

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
    credentials by securityScheme key (see generator.parse.security)."""
    options = options or SdkOptions()
    openapi = spec.openapi
    schemas = SchemaParser(spec.file, spec.document, warnings)
    if openapi.components is not None and openapi.components.schemas:
        schemas.register_components(dict(openapi.components.schemas))
    security = SecurityParser(spec.file, spec.document, package, warnings, options.auth)
    operations = OperationParser(spec.file, spec.document, schemas, security, warnings)
    raw_operations = collect_operations(dict(openapi.paths or {}), warnings)
    for name in openapi.webhooks or {}:
        warnings.append(
            SpecWarning(
                join_pointer("/webhooks", name),
                "webhooks are requests the API sends to you; no client code is generated",
                skipped="webhook",
            )
        )

    tag_descriptions = {tag.name: tag.description for tag in openapi.tags or []}
    tag_order = [tag.name for tag in openapi.tags or []]
    planner = NamingPlanner(
        raw_operations,
        spec.file,
        mode=options.naming,
        names=options.names,
        server_paths=[urlsplit(server.url).path for server in openapi.servers or []],
        tag_descriptions=tag_descriptions,
        tag_order=tag_order,
        client_reserved=reserved.client_reserved(),
        resource_reserved=reserved.resource_reserved(),
    )
    plan = planner.plan(warnings)
    _warn_duplicate_ids(raw_operations, plan.placements, warnings)

    tree = _Tree(plan, raw_operations, operations)
    everything = [op for ops in tree.parsed.values() for op in ops]
    schemas.relax_access(
        {name for op in everything for name in _request_types(op)},
        {name for op in everything for name in _response_types(op)},
    )
    pages = _Pages(spec, schemas, tree.class_names, options.pagination, warnings)
    parsed_resources = tuple(tree.resource(child, pages) for child in plan.root.children.values())
    client_operations = tree.operations(plan.root, pages)
    pages.check_config_used()

    # request shapes: TypedDicts for the models requests use, object bodies as keywords
    requested = request_models(_all_operations(parsed_resources, client_operations), schemas.named)
    modules = group_modules(
        schemas.order, schemas.named, warnings, schemas.pointers, request_models=requested
    )
    params = param_names(requested, schemas.named)
    unions = union_params(schemas.named, params)
    homes = {model.name: module.name for module in modules for model in module.models}
    param_homes = {param: homes[model] for model, param in params.items()}
    modules = tuple(_with_params(module, params, unions, param_homes) for module in modules)
    parsed_resources = tuple(
        apply_to_resource(r, schemas.named, params, unions) for r in parsed_resources
    )
    client_operations = tuple(
        keyword_body(op, schemas.named, params, unions) for op in client_operations
    )
    exports = tuple(
        (name, module.name)
        for module in modules
        for name in [e.name for e in module.enums]
        + [m.name for m in module.models]
        + [m.param_name for m in module.models if m.param_name]
        + [a.name for a in module.aliases]
    )
    info = openapi.info
    servers = tuple(_servers(openapi.servers or []))
    api = ir.Api(
        package=package,
        title=info.title,
        version=info.version,
        package_version=info.version if _PEP440.match(info.version) else "0.0.0",
        description=info.description,
        servers=servers,
        base_url=next((s.url for s in servers if re.match(r"^https?://", s.url)), None),
        resources=parsed_resources,
        client_operations=client_operations,
        modules=modules,
        security_schemes=tuple(security.schemes.values()),
        exports=tuple(sorted(exports)),
        call_options=call_options(),
        error_classes=error_names(),
    )
    api = with_enum_values(api)
    docs = openapi.externalDocs
    return with_markdown_prose(api, docs_origin(str(docs.url) if docs is not None else None))


class _Pages:
    """Adds pagination to the operations marked in the spec or in the config."""

    def __init__(
        self,
        spec: LoadedSpec,
        schemas: SchemaParser,
        class_names: NameRegistry,
        configured: Mapping[str, Any],
        warnings: list[SpecWarning],
    ) -> None:
        self.spec = spec
        self.warnings = warnings
        self.schemas = schemas
        self.resolver = PaginationResolver(schemas.named)
        self.class_names = class_names
        self.configured = configured
        self.used: set[str] = set()

    def mark(
        self, operations: tuple[ir.Operation, ...], raws: list[RawOperation]
    ) -> tuple[ir.Operation, ...]:
        return tuple(self._mark(op, raw) for op, raw in zip(operations, raws, strict=True))

    def _mark(self, operation: ir.Operation, raw: RawOperation) -> ir.Operation:
        """The operation with the pagination its marking (first found of: the config,
        `x-sdkforge-pagination`, `x-speakeasy-pagination`, `x-fern-pagination`) or
        else detection gives it; a marking `false` turns pagination off."""
        operation_id = raw.operation.operationId
        node = resolve_pointer(self.spec.document, raw.pointer)
        node = node if isinstance(node, dict) else {}
        if operation_id is not None and operation_id in self.configured:
            self.used.add(operation_id)
            where = f"[tool.sdkforge] pagination.{operation_id}"

            def fail(key: str, message: str) -> Exception:
                return ConfigError(f"{where}{'.' + key if key else ''}: {message}")

            marking = self.configured[operation_id]
        elif node.get(PAGINATION_EXTENSION) is not None:
            marking = node[PAGINATION_EXTENSION]
            pointer = join_pointer(raw.pointer, PAGINATION_EXTENSION)

            def fail(key: str, message: str) -> Exception:
                return SpecError(
                    self.spec.file, join_pointer(pointer, key) if key else pointer, message
                )
        else:
            return self._unmarked(operation, raw, node)
        if marking is False:
            return operation  # pagination turned off: not even detected
        checked = check_marking(marking, fail)
        if operation.event_type is not None:
            raise fail("", "an event stream cannot be paginated")
        return self._paginate(operation, checked, fail)

    def _paginate(
        self, operation: ir.Operation, marking: dict[str, str], fail: Fail, detected: bool = False
    ) -> ir.Operation:
        pagination = self.resolver.resolve(marking, operation, fail)
        if self._free_page_fields(pagination, operation.method_name):
            pagination = self.resolver.resolve(marking, operation, fail)  # by the new names
        page_class = self.class_names.claim(pagination.page_class)
        self.class_names.claim("Async" + page_class)
        return paginated(operation, replace(pagination, page_class=page_class, detected=detected))

    def _unmarked(
        self, operation: ir.Operation, raw: RawOperation, node: dict[str, Any]
    ) -> ir.Operation:
        """Another generator's marking, read as ours; else what detection finds."""
        for extension in (SPEAKEASY, FERN):
            if extension not in node:
                continue
            pointer = join_pointer(raw.pointer, extension)
            try:
                if extension == SPEAKEASY:
                    marking = from_speakeasy(node[extension])
                else:
                    marking = from_fern(node[extension], self.spec.document.get(FERN))
                checked = check_marking(marking, _unreadable)
                if operation.event_type is not None:
                    raise Unreadable("an event stream cannot be paginated")
                return self._paginate(operation, checked, _unreadable)
            except Unreadable as error:
                self.warnings.append(
                    SpecWarning(pointer, f"not read ({error}); pagination is detected instead")
                )
            break
        if operation.event_type is not None:
            return operation
        found = detect(operation, self.resolver, declares_link_header(self.spec.document, node))
        if found is None:
            return operation
        try:
            return self._paginate(operation, check_marking(found, _unreadable), _unreadable, True)
        except Unreadable:
            return operation  # a shape detection cannot resolve is not paginated

    def _free_page_fields(self, pagination: ir.Pagination, method: str) -> bool:
        """Renames the page model's fields that a page's own methods would hide (a field
        `next_page` over `next_page()`); True when it did."""
        if pagination.root_list:
            return False
        model = self.schemas.named.get(self.resolver.unalias(pagination.page_model).name or "")
        if not isinstance(model, ir.Model):
            return False
        page_names = reserved.page_reserved()
        if not any(f.name in page_names for f in model.fields):
            return False
        names = NameRegistry(page_names | {f.name for f in model.fields})
        fields = []
        for f in model.fields:
            if f.name not in page_names:
                fields.append(f)
                continue
            renamed = names.claim(f.name + "_")
            self.warnings.append(
                SpecWarning(
                    self.schemas.pointers.get(model.name, ""),
                    f"field {f.wire_name!r} of {model.name} is {renamed!r}: the pages of "
                    f"{method} have a method {f.name!r}",
                )
            )
            fields.append(replace(f, name=renamed))
        self.schemas.named[model.name] = replace(model, fields=tuple(fields))
        return True

    def check_config_used(self) -> None:
        unknown = sorted(set(self.configured) - self.used)
        if unknown:
            raise ConfigError(
                f"[tool.sdkforge] pagination.{unknown[0]}: the spec has no operation with this operationId"
            )


def _unreadable(key: str, message: str) -> Exception:
    """The error of a marking sdkforge did not write (another tool's, or detection's)."""
    return Unreadable(f"{key}: {message}" if key else message)


class _Tree:
    """The planned resource tree as ir.Resources: class and module names, parsed operations."""

    def __init__(self, plan: Plan, raws: list[RawOperation], parser: OperationParser) -> None:
        self.plan = plan
        self.raws = raws
        self.class_names = NameRegistry(reserved.OPERATION_MODULE_CLASSES)
        self.module_names = NameRegistry({"__init__"})
        self.identities: dict[int, tuple[str, str]] = {}
        self.parsed: dict[int, tuple[ir.Operation, ...]] = {}
        self._name(plan.root, "", ())
        for node in plan.root.walk():
            self.parsed[id(node)] = self._parse(node, parser)

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

    def _parse(self, node: Node, parser: OperationParser) -> tuple[ir.Operation, ...]:
        constants = NameRegistry()
        parsed = []
        # a method named `list` goes last: before the others it would shadow the builtin
        # in their annotations (mypy reads the class scope first)
        order = sorted(node.operations, key=lambda i: self.plan.placements[i].method == "list")
        for index in order:
            placement = self.plan.placements[index]
            constant = constants.claim("_" + placement.method.upper().strip("_"))
            raw = self.raws[index]
            # inline schemas are named after the operationId (or method and path) as before,
            # not after the method: `list` is the name of many operations
            hint = pascal_case(raw.operation.operationId or default_method_name(raw))
            operation = parser.parse(raw, placement.method, constant, hint)
            parsed.append(
                replace(
                    operation,
                    operation_id=raw.operation.operationId,
                    name_source=placement.source,
                )
            )
        return tuple(parsed)

    def operations(self, node: Node, pages: _Pages) -> tuple[ir.Operation, ...]:
        order = sorted(node.operations, key=lambda i: self.plan.placements[i].method == "list")
        marked = pages.mark(self.parsed[id(node)], [self.raws[i] for i in order])
        return split_stream_methods(marked)

    def resource(self, node: Node, pages: _Pages, chain: tuple[str, ...] = ()) -> ir.Resource:
        name, module = self.identities[id(node)]
        path = (*chain, node.attr)
        return ir.Resource(
            attr_name=node.attr,
            class_name=name,
            module=module,
            description=node.description,
            operations=self.operations(node, pages),
            children=tuple(self.resource(child, pages, path) for child in node.children.values()),
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


def _with_params(
    module: ir.ModelModule,
    params: dict[str, str],
    unions: dict[str, tuple[str, ...]],
    home: dict[str, str],
) -> ir.ModelModule:
    """A module's models with their TypedDict names, importing the sibling TypedDicts
    theirs refer to (from the modules the models come from: those of a union alias's
    variants may be modules this one did not import from yet). `home`: TypedDict name ->
    its module."""
    models = tuple(with_params(model, params, unions) for model in module.models)
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


def _servers(servers: list[Server]) -> list[ir.Server]:
    """Servers with their variables set to the defaults."""
    result = []
    for server in servers:
        url = server.url
        variables = []
        for key, variable in (server.variables or {}).items():
            url = url.replace("{" + key + "}", str(variable.default))
            variables.append(
                ir.ServerVariable(
                    name=key,
                    default=str(variable.default),
                    enum=tuple(str(value) for value in variable.enum or ()),
                    description=variable.description,
                )
            )
        result.append(
            ir.Server(
                url=url,
                description=server.description,
                template=server.url,
                variables=tuple(variables),
            )
        )
    return result
