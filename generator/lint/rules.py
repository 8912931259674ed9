"""The lint rules: each reads what the parser decided (the IR, its warnings, the names it
gave and where they came from) and says where that makes the SDK worse. None re-decides:
a name, a type, a pagination style is the parser's, read from `Parsed`."""

from __future__ import annotations

import re
from collections.abc import Iterator

from generator import ir
from generator.errors import join_pointer
from generator.lint.findings import Finding
from generator.parse.pagination_detect import CURSOR_FIELDS, ITEM_CURSOR_PARAMS
from generator.parse.schema_enums import member_name
from generator.pipeline import Parsed

# query parameters that say "pages": the ones detection knows, and common ones it does not
PAGE_PARAMS = frozenset(
    {
        *ITEM_CURSOR_PARAMS,
        *(param for params in CURSOR_FIELDS.values() for param in params),
        "offset",
        "page",
        "skip",
        "marker",
        "page_number",
        "pageNumber",
        "continuation_token",
        "continuationToken",
    }
)
# parameters that carry a credential on every call
CREDENTIAL_PARAMS = frozenset(
    {"authorization", "x-api-key", "api-key", "api_key", "apikey", "x-auth-token", "access_token"}
)
_TRAILING_NUMBER = re.compile(r"_?(\d+)$")
_COMPONENT_SCHEMA = re.compile(r"^/(components/schemas|definitions)/[^/]+$")


def operation_pointer(operation: ir.Operation) -> str:
    return join_pointer("/paths", operation.path, operation.http_method.lower())


def placed_operations(api: ir.Api) -> Iterator[tuple[str, ir.Operation]]:
    """Every operation with the dotted path of its resource ("" on the client)."""
    for operation in api.client_operations:
        yield "", operation
    for resource in api.all_resources():
        for operation in resource.operations:
            yield resource.path, operation


def named_types(api: ir.Api) -> Iterator[ir.Model | ir.Enum | ir.Alias]:
    for module in api.modules:
        yield from module.enums
        yield from module.models
        yield from module.aliases


def lint(parsed: Parsed) -> list[Finding]:
    """Every finding, in a stable order (pointer, then rule)."""
    findings = [
        *(Finding("lenient-reading", w.pointer, w.message) for w in parsed.load_warnings),
        *(Finding("spec-warning", w.pointer, w.message) for w in parsed.parse_warnings),
        *_names(parsed.api),
        *_inline_names(parsed),
        *_responses(parsed.api),
        *_pagination(parsed.api),
        *_untyped(parsed),
        *_enum_names(parsed),
        *_security(parsed.api),
    ]
    return sorted(findings, key=lambda finding: (finding.pointer, finding.rule))


def numbered(operation: ir.Operation) -> bool:
    """A method name whose trailing number is not the operationId's: a clash gave it."""
    match = _TRAILING_NUMBER.search(operation.method_name)
    return match is not None and not (operation.operation_id or "").endswith(match.group(1))


def _names(api: ir.Api) -> Iterator[Finding]:
    for resource, operation in placed_operations(api):
        dotted = ".".join(part for part in (resource, operation.method_name) if part)
        if numbered(operation):
            yield Finding(
                "numbered-name",
                operation_pointer(operation),
                f"{operation.http_method} {operation.path} is `{dotted}`: numbered to tell it "
                "from another method of the same name",
            )
        elif operation.name_source == "operation_id":
            yield Finding(
                "operation-id-name",
                operation_pointer(operation),
                f"{operation.http_method} {operation.path} is `{dotted}`, derived from "
                f"{'its operationId' if operation.operation_id else 'the HTTP method'}",
            )


def _inline_names(parsed: Parsed) -> Iterator[Finding]:
    for name, pointer in parsed.api.sources:
        if not _COMPONENT_SCHEMA.match(pointer):
            shown = parsed.loaded.source_pointer(pointer)
            yield Finding(
                "inline-schema-name",
                shown,
                f"an inline schema is the class {name}, a name made up from its place",
                f"Define it as #/components/schemas/<Name> and $ref it, to choose the name "
                f"(now {name})",
            )


def _responses(api: ir.Api) -> Iterator[Finding]:
    for _, operation in placed_operations(api):
        for response in operation.responses:
            at = join_pointer(operation_pointer(operation), "responses", response.status)
            if response.kind == "json" and _is_any(response.type):
                yield Finding(
                    "response-without-schema",
                    join_pointer(at, "content", response.media_type or ""),
                    f"{response.media_type} response without a schema: "
                    f"`{operation.method_name}` returns Any",
                )
            elif response.kind == "empty" and operation.http_method == "GET" and response.status == "200":
                yield Finding(
                    "response-without-schema",
                    at,
                    f"GET {operation.path} answers 200 with no content declared: "
                    f"`{operation.method_name}` returns None",
                )


def _pagination(api: ir.Api) -> Iterator[Finding]:
    for _, operation in placed_operations(api):
        if operation.pagination is not None or operation.http_method != "GET":
            continue
        paging = sorted(p.wire_name for p in operation.params if p.location == "query" and p.wire_name in PAGE_PARAMS)
        if paging and operation.result.kind == "value":
            yield Finding(
                "undetected-pagination",
                operation_pointer(operation),
                f"`{operation.method_name}` takes {', '.join(map(repr, paging))} but returns "
                "one page: no pagination style matched its response",
            )


def _untyped(parsed: Parsed) -> Iterator[Finding]:
    pointers = dict(parsed.api.sources)
    for named in named_types(parsed.api):
        at = parsed.loaded.source_pointer(pointers.get(named.name, ""))
        if isinstance(named, ir.Alias) and _is_any(named.type):
            yield Finding("untyped-schema", at, f"schema {named.name} has no type: Any")
        if isinstance(named, ir.Model):
            for field in named.fields[named.inherited :]:
                if _is_any(field.type):
                    yield Finding(
                        "untyped-schema",
                        join_pointer(at, "properties", field.wire_name),
                        f"property {field.wire_name!r} of {named.name} has no type: Any",
                    )


def _enum_names(parsed: Parsed) -> Iterator[Finding]:
    pointers = dict(parsed.api.sources)
    for named in named_types(parsed.api):
        if not isinstance(named, ir.Enum):
            continue
        first: dict[str, object] = {}
        for member in named.members:
            wanted = member_name(member.value)
            if member.name == wanted:
                first.setdefault(wanted, member.value)
                continue
            yield Finding(
                "enum-duplicate-names",
                join_pointer(parsed.loaded.source_pointer(pointers.get(named.name, "")), "enum"),
                f"{named.name}: {member.value!r} normalizes to {wanted} like "
                f"{first.get(wanted, '?')!r}; it is named {member.name}",
            )


def _security(api: ir.Api) -> Iterator[Finding]:
    operations = [operation for _, operation in placed_operations(api)]
    if api.security_schemes and not any(operation.security for operation in operations):
        keys = ", ".join(scheme.key for scheme in api.security_schemes)
        yield Finding(
            "missing-security",
            "/components/securitySchemes",
            f"security schemes ({keys}) are declared but no `security` requirement uses "
            "them: the client sends no credentials",
            "Add `security: [{<scheme>: []}]` at the root (or per operation)",
        )
    for operation in operations:
        carried = [
            p.wire_name
            for p in operation.params
            if p.wire_name.lower() in CREDENTIAL_PARAMS and not operation.security
        ]
        for name in carried:
            yield Finding(
                "missing-security",
                join_pointer(operation_pointer(operation), "parameters"),
                f"parameter {name!r} carries a credential on every call of "
                f"`{operation.method_name}`; the client cannot hold it for you",
            )


def _is_any(type_: ir.TypeRef | None) -> bool:
    return type_ is not None and type_.kind == "scalar" and type_.scalar == "any"
