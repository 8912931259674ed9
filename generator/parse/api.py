"""The whole spec -> ir.Api: resources by tag, client methods, model modules, servers."""

from __future__ import annotations

import re

from openapi_pydantic.v3.v3_1 import Server

from generator import ir
from generator.errors import Warning
from generator.load import LoadedSpec
from generator.parse.modules import group_modules
from generator.parse.names import NameRegistry, class_name, safe_identifier, snake_case
from generator.parse.operations import (
    OperationParser,
    RawOperation,
    collect_operations,
    default_method_name,
)
from generator.parse.schemas import SchemaParser

# Attributes of the generated Client that a tag or an untagged operation must not take.
CLIENT_RESERVED = frozenset(
    {
        "close",
        "with_options",
        "base_url",
        "timeout",
        "max_retries",
        "request",
        "models",
        "errors",
        "default_headers",
        "http_client",
        "aclose",
    }
)
# Names that resource and client modules import; resource classes must not shadow them.
MODULE_RESERVED = frozenset(
    {
        "Any",
        "Mapping",
        "Endpoint",
        "RequestOptions",
        "NotGiven",
        "NOT_GIVEN",
        "SyncResource",
        "AsyncResource",
        "Client",
        "AsyncClient",
        "SyncAPIClient",
        "AsyncAPIClient",
        "Timeout",
        "ParamSpec",
        "ResponseSpec",
        "Body",
        "models",
        "httpx",
        "TYPE_CHECKING",
        "annotations",
    }
)
RESOURCE_RESERVED = frozenset({"with_raw_response", "with_streaming_response"})
_PEP440 = re.compile(r"^\d+(\.\d+)*((a|b|rc)\d+)?(\.post\d+)?(\.dev\d+)?$")


def parse_api(spec: LoadedSpec, package: str, warnings: list[Warning]) -> ir.Api:
    openapi = spec.openapi
    schemas = SchemaParser(spec.file, spec.document, warnings)
    if openapi.components is not None and openapi.components.schemas:
        schemas.register_components(dict(openapi.components.schemas))
    operations = OperationParser(spec.file, spec.document, schemas, warnings)
    raw_operations = collect_operations(dict(openapi.paths or {}), warnings)

    tag_descriptions = {tag.name: tag.description for tag in openapi.tags or []}
    tag_order = [tag.name for tag in openapi.tags or []]
    for raw in raw_operations:
        if raw.tag is not None and raw.tag not in tag_order:
            tag_order.append(raw.tag)
    used_tags = [tag for tag in tag_order if any(raw.tag == tag for raw in raw_operations)]

    client_names = NameRegistry(CLIENT_RESERVED)
    class_names = NameRegistry(MODULE_RESERVED)
    module_names = NameRegistry({"__init__"})
    resources = []
    for tag in used_tags:
        attr = client_names.claim(safe_identifier(snake_case(tag), "tag"))
        name = class_name(tag, prefix="Tag")
        while name in class_names or "Async" + name in class_names:
            name += "_"
        class_names.claim(name)
        class_names.claim("Async" + name)
        module = module_names.claim(safe_identifier(snake_case(tag), "tag"))
        tagged = [raw for raw in raw_operations if raw.tag == tag]
        resources.append((tag, attr, name, module, tagged))

    parsed_resources = []
    for tag, attr, name, module, tagged in resources:
        method_names = NameRegistry(RESOURCE_RESERVED)
        parsed = _parse_operations(tagged, method_names, operations, warnings)
        parsed_resources.append(
            ir.Resource(
                attr_name=attr,
                class_name=name,
                module=module,
                description=tag_descriptions.get(tag),
                operations=parsed,
            )
        )
    untagged = [raw for raw in raw_operations if raw.tag is None]
    client_operations = _parse_operations(untagged, client_names, operations, warnings)

    modules = group_modules(schemas.order, schemas.named, warnings)
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
        exports=tuple(sorted(exports)),
    )


def _parse_operations(
    raws: list[RawOperation], names: NameRegistry, parser: OperationParser, warnings: list[Warning]
) -> tuple[ir.Operation, ...]:
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
        if method != wanted:
            warnings.append(
                Warning(
                    raw.pointer, f"method name {wanted!r} is taken; this operation is {method!r}"
                )
            )
        constant = constants.claim("_" + method.upper().strip("_"))
        parsed.append(parser.parse(raw, method, constant))
    return tuple(parsed)


def _servers(servers: list[Server]) -> list[ir.Server]:
    """Servers with their variables set to the defaults."""
    result = []
    for server in servers:
        url = server.url
        for key, variable in (server.variables or {}).items():
            url = url.replace("{" + key + "}", str(variable.default))
        result.append(ir.Server(url=url, description=server.description))
    return result
