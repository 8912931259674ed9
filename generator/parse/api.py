"""The whole spec -> ir.Api: resources by tag, client methods, model modules, servers."""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import replace
from typing import Any

from openapi_pydantic.v3.v3_1 import Server

from generator import ir
from generator.errors import ConfigError, SpecError, Warning, join_pointer
from generator.load import LoadedSpec
from generator.load.pointers import resolve_pointer
from generator.parse import reserved
from generator.parse.modules import group_modules
from generator.parse.names import NameRegistry, class_name, safe_identifier, snake_case
from generator.parse.operations import (
    OperationParser,
    RawOperation,
    collect_operations,
    default_method_name,
    named_types_in,
    paginated,
)
from generator.parse.pagination import PaginationResolver, check_marking
from generator.parse.schemas import SchemaParser
from generator.parse.security import SecurityParser

PAGINATION_EXTENSION = "x-sdkforge-pagination"

_PEP440 = re.compile(r"^\d+(\.\d+)*((a|b|rc)\d+)?(\.post\d+)?(\.dev\d+)?$")


def parse_api(
    spec: LoadedSpec,
    package: str,
    warnings: list[Warning],
    pagination: Mapping[str, Any] | None = None,
) -> ir.Api:
    """`pagination` marks operations by operationId, like `x-sdkforge-pagination` does."""
    openapi = spec.openapi
    schemas = SchemaParser(spec.file, spec.document, warnings)
    if openapi.components is not None and openapi.components.schemas:
        schemas.register_components(dict(openapi.components.schemas))
    security = SecurityParser(spec.file, spec.document, package, warnings)
    operations = OperationParser(spec.file, spec.document, schemas, security, warnings)
    raw_operations = collect_operations(dict(openapi.paths or {}), warnings)
    for name in openapi.webhooks or {}:
        warnings.append(
            Warning(
                join_pointer("/webhooks", name),
                "webhooks are requests the API sends to you; no client code is generated",
                skipped="webhook",
            )
        )

    tag_descriptions = {tag.name: tag.description for tag in openapi.tags or []}
    tag_order = [tag.name for tag in openapi.tags or []]
    for raw in raw_operations:
        if raw.tag is not None and raw.tag not in tag_order:
            tag_order.append(raw.tag)
    used_tags = [tag for tag in tag_order if any(raw.tag == tag for raw in raw_operations)]

    client_names = NameRegistry(reserved.client_reserved())
    class_names = NameRegistry(reserved.OPERATION_MODULE_CLASSES)
    module_names = NameRegistry({"__init__"})
    resources = []
    for tag in used_tags:
        wanted = safe_identifier(snake_case(tag), "tag")
        attr = client_names.claim(wanted)
        if attr != wanted:
            first = next(raw.pointer for raw in raw_operations if raw.tag == tag)
            warnings.append(
                Warning(first, f"tag {tag!r}: client.{wanted} is taken; this tag is client.{attr}")
            )
        name = class_name(tag, prefix="Tag")
        while name in class_names or "Async" + name in class_names:
            name += "_"
        class_names.claim(name)
        class_names.claim("Async" + name)
        module = module_names.claim(safe_identifier(snake_case(tag), "tag"))
        tagged = [raw for raw in raw_operations if raw.tag == tag]
        resources.append((tag, attr, name, module, tagged))

    seen_ids: dict[str, str] = {}
    unmarked = [
        _parse_operations(
            tagged, NameRegistry(reserved.resource_reserved()), operations, warnings, seen_ids
        )
        for *_, tagged in resources
    ]
    untagged = [raw for raw in raw_operations if raw.tag is None]
    unmarked_client = _parse_operations(untagged, client_names, operations, warnings, seen_ids)
    everything = [op for ops in (*unmarked, unmarked_client) for op in ops]
    schemas.relax_access(
        {name for op in everything for name in _request_types(op)},
        {name for op in everything for name in _response_types(op)},
    )

    pages = _Pages(spec, schemas, class_names, pagination or {}, warnings)
    parsed_resources = []
    for (tag, attr, name, module, tagged), ops in zip(resources, unmarked, strict=True):
        parsed_resources.append(
            ir.Resource(
                attr_name=attr,
                class_name=name,
                module=module,
                description=tag_descriptions.get(tag),
                operations=pages.mark(ops, tagged),
            )
        )
    client_operations = pages.mark(unmarked_client, untagged)
    pages.check_config_used()

    modules = group_modules(schemas.order, schemas.named, warnings, schemas.pointers)
    exports = tuple(
        (name, module.name)
        for module in modules
        for name in [e.name for e in module.enums]
        + [m.name for m in module.models]
        + [a.name for a in module.aliases]
    )
    info = openapi.info
    servers = tuple(_servers(openapi.servers or []))
    return ir.Api(
        package=package,
        title=info.title,
        version=info.version,
        package_version=info.version if _PEP440.match(info.version) else "0.0.0",
        description=info.description,
        servers=servers,
        base_url=next((s.url for s in servers if re.match(r"^https?://", s.url)), None),
        resources=tuple(parsed_resources),
        client_operations=client_operations,
        modules=modules,
        security_schemes=tuple(security.schemes.values()),
        exports=tuple(sorted(exports)),
    )


class _Pages:
    """Adds pagination to the operations marked in the spec or in the config."""

    def __init__(
        self,
        spec: LoadedSpec,
        schemas: SchemaParser,
        class_names: NameRegistry,
        configured: Mapping[str, Any],
        warnings: list[Warning],
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
        operation_id = raw.operation.operationId
        if operation_id is not None and operation_id in self.configured:
            self.used.add(operation_id)
            where = f"[tool.sdkforge] pagination.{operation_id}"

            def fail(key: str, message: str) -> Exception:
                return ConfigError(f"{where}{'.' + key if key else ''}: {message}")

            marking = self.configured[operation_id]
        else:
            node = resolve_pointer(self.spec.document, raw.pointer)
            marking = node.get(PAGINATION_EXTENSION) if isinstance(node, dict) else None
            if marking is None:
                return operation
            pointer = join_pointer(raw.pointer, PAGINATION_EXTENSION)

            def fail(key: str, message: str) -> Exception:
                return SpecError(
                    self.spec.file, join_pointer(pointer, key) if key else pointer, message
                )

        checked = check_marking(marking, fail)
        if operation.event_type is not None:
            raise fail("", "an event stream cannot be paginated")
        pagination = self.resolver.resolve(checked, operation, fail)
        if self._free_page_fields(pagination, operation.method_name):
            pagination = self.resolver.resolve(checked, operation, fail)  # by the new names
        page_class = self.class_names.claim(pagination.page_class)
        self.class_names.claim("Async" + page_class)
        return paginated(operation, replace(pagination, page_class=page_class))

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
                Warning(
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


def _parse_operations(
    raws: list[RawOperation],
    names: NameRegistry,
    parser: OperationParser,
    warnings: list[Warning],
    seen_ids: dict[str, str],
) -> tuple[ir.Operation, ...]:
    """`seen_ids` (operationId -> pointer of its first operation) is shared by all calls."""
    constants = NameRegistry()
    parsed = []
    for raw in raws:
        operation_id = raw.operation.operationId
        wanted = (
            safe_identifier(snake_case(operation_id), "op")
            if operation_id
            else default_method_name(raw)
        )
        wanted = safe_identifier(wanted, "op")
        method = names.claim(wanted)
        first = seen_ids.setdefault(operation_id, raw.pointer) if operation_id else raw.pointer
        if first != raw.pointer:
            warnings.append(
                Warning(
                    raw.pointer,
                    f"duplicate operationId {operation_id!r} (first used at #{first}); "
                    f"this operation's method is {method!r}",
                )
            )
        elif method != wanted:
            warnings.append(
                Warning(
                    raw.pointer, f"method name {wanted!r} is taken; this operation is {method!r}"
                )
            )
        constant = constants.claim("_" + method.upper().strip("_"))
        parsed.append(parser.parse(raw, method, constant))
    return tuple(parsed)


def _request_types(operation: ir.Operation) -> set[str]:
    found = named_types_in(operation.body.type if operation.body else None)
    for param in operation.path_params + operation.params:
        found |= named_types_in(param.type)
    return found


def _response_types(operation: ir.Operation) -> set[str]:
    found = named_types_in(operation.event_type)
    for response in operation.responses + operation.errors:
        found |= named_types_in(response.type)
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
