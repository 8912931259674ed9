"""`sdkforge lint --fix`: an OpenAPI Overlay with the fixes lint can make itself, so the
vendor's file is never edited. Names: an operation numbered by a clash gets a name from its
operationId (`x-sdkforge-name`). Pagination: a list that looks paged gets the
`x-sdkforge-pagination` marking its parameters and response spell out."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from generator import ir
from generator.lint.rules import named_types, numbered, placed_operations
from generator.parse.names import snake_case
from generator.parse.naming import NAME_EXTENSION
from generator.parse.pages import PAGINATION_EXTENSION
from generator.parse.pagination_detect import ITEMS_NAMES, LIMIT_PARAMS, TOTAL_FIELDS

_OFFSET_PARAMS = ("offset", "skip")
_PAGE_PARAMS = ("page", "page_number", "pageNumber")
_CURSOR_PARAMS = ("cursor", "page_token", "pageToken", "marker", "continuation_token")


def json_path(*tokens: str) -> str:
    """The normalized path (RFC 9535, 2.7) of a member: `$['paths']['/a']['get']`."""
    escaped = (token.replace("\\", "\\\\").replace("'", "\\'") for token in tokens)
    return "$" + "".join(f"['{token}']" for token in escaped)


def fix_overlay(api: ir.Api, title: str) -> dict[str, Any] | None:
    """The overlay document, or None when lint has no fix to make."""
    actions = [*_names(api), *_pagination(api)]
    if not actions:
        return None
    return {
        "overlay": "1.0.0",
        "info": {"title": f"sdkforge lint fixes for {title}", "version": "1.0.0"},
        "actions": actions,
    }


def _target(operation: ir.Operation) -> str:
    return json_path("paths", operation.path, operation.http_method.lower())


def _names(api: ir.Api) -> Iterator[dict[str, Any]]:
    for resource, operation in placed_operations(api):
        if not numbered(operation) or not operation.operation_id:
            continue
        name = ".".join(part for part in (resource, snake_case(operation.operation_id)) if part)
        yield {
            "target": _target(operation),
            "description": f"{operation.method_name} was numbered by a name clash",
            "update": {NAME_EXTENSION: name},
        }


def _pagination(api: ir.Api) -> Iterator[dict[str, Any]]:
    models = {named.name: named for named in named_types(api) if isinstance(named, ir.Model)}
    for _, operation in placed_operations(api):
        if operation.pagination is not None or operation.http_method != "GET":
            continue
        marking = _marking(operation, models)
        if marking is not None:
            yield {
                "target": _target(operation),
                "description": f"{operation.method_name} pages by {marking['type']}",
                "update": {PAGINATION_EXTENSION: marking},
            }


def _marking(operation: ir.Operation, models: dict[str, ir.Model]) -> dict[str, str] | None:
    query = {p.wire_name for p in operation.params if p.location == "query"}
    result = operation.result.type
    fields: tuple[ir.Field, ...] = ()
    marking: dict[str, str] = {}
    if result.kind == "named" and result.name in models:
        fields = models[result.name].fields
        lists = [f.wire_name for f in fields if f.type.kind == "list"]
        named_list = [name for name in ITEMS_NAMES if name in lists]
        if named_list or len(lists) == 1:
            marking["items"] = (named_list or lists)[0]
        else:
            return None
    elif result.kind != "list":
        return None
    offset = next((p for p in _OFFSET_PARAMS if p in query), None)
    page = next((p for p in _PAGE_PARAMS if p in query), None)
    cursor = next((p for p in _CURSOR_PARAMS if p in query), None)
    next_field = next(
        (
            f.wire_name
            for f in fields
            if f.type.scalar == "str" and any(w in f.wire_name.lower() for w in ("next", "cursor", "token"))
        ),
        None,
    )
    if cursor is not None and next_field is not None:
        marking.update(type="cursor", cursor_param=cursor, next_cursor=next_field)
    elif offset is not None:
        marking.update(type="offset", offset_param=offset)
    elif page is not None:
        marking.update(type="page", page_param=page)
    else:
        return None
    limit = next((p for p in (*LIMIT_PARAMS, "top", "count") if p in query), None)
    if limit is not None:
        marking["limit_param"] = limit
    total = next((f.wire_name for f in fields if f.wire_name in TOTAL_FIELDS), None)
    if total is not None and marking["type"] in ("offset", "page"):
        marking["total"] = total
    return {"type": marking.pop("type"), **marking}
