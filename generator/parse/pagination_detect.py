"""Pagination found in operations nobody marked: the shapes large APIs use -> a marking.

Few real specs carry `x-sdkforge-pagination`, but their list operations follow a handful
of shapes. Detection is conservative: a GET returning JSON whose query has the page
parameter AND whose response has the matching fields; a near miss is not paginated (the
method then returns the first page as a plain model, as before). The marking it makes
goes through the same resolver as `x-sdkforge-pagination`, so a detected operation pages
exactly as a marked one would. Styles, first match wins:

- item_cursor: `has_more` (bool) and a `data` list of items with an `id`, and a
  `starting_after` (or `after`) query parameter taking the last item's id;
- cursor: a string `next_cursor`, `next`, `cursor` or `next_page_token` (or its camelCase
  spelling) at the top of the response or under `meta`/`pagination`, and the query
  parameter that takes it back (`cursor`, `page_token`...);
- link: a `Link` header declared on the success response (RFC 8288, as GitHub sends it);
- offset: `offset` and `limit` query parameters; page: `page` and `per_page` (or
  `page_size`); with a list in the response, and a `total`/`total_count` if there is one.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from generator import ir
from generator.load import SpecView
from generator.parse.pagination import PaginationResolver

ITEM_CURSOR_PARAMS = ("starting_after", "after")
# a response field -> the query parameters that take it back
CURSOR_FIELDS: dict[str, tuple[str, ...]] = {
    "next_cursor": ("cursor", "next_cursor", "starting_after"),
    "nextCursor": ("cursor", "nextCursor"),
    "next": ("cursor",),
    "cursor": ("cursor",),
    "next_page_token": ("page_token",),
    "nextPageToken": ("pageToken", "page_token"),
}
# where a cursor or total is looked for: the top of the response, or one of these objects
PARENTS = ("", "meta", "pagination")
# which list holds the items when the response has more than one
ITEMS_NAMES = ("data", "items", "results")
LIMIT_PARAMS = ("limit", "per_page", "page_size", "pageSize")
PAGE_SIZE_PARAMS = ("per_page", "page_size")
TOTAL_FIELDS = ("total", "total_count", "totalCount")


def detect(
    operation: ir.Operation, resolver: PaginationResolver, link_header: bool
) -> dict[str, str] | None:
    """The marking of the style `operation` pages by, or None when none matches.

    `link_header`: the success response declares a `Link` header.
    """
    if (
        operation.http_method != "GET"
        or operation.result.kind != "value"
        or operation.result.stream_alternative is not None
    ):
        return None
    query = {p.wire_name: p for p in operation.params if p.location == "query"}
    response = resolver.unalias(operation.return_type)
    root_list = resolver.list_item(response) is not None
    fields = _fields(resolver, response)
    items = _items_field(resolver, fields)
    if not root_list and items is None:
        return None  # no list of something: not a listing
    marking: dict[str, str] = {} if root_list or items is None else {"items": items}
    limit = next((name for name in LIMIT_PARAMS if _is(query.get(name), "int")), None)
    if limit is not None:
        marking["limit_param"] = limit
    found = (
        _item_cursor(resolver, fields, query)
        or _cursor(resolver, fields, query)
        or ({"type": "link"} if link_header else None)
        or _numbered(resolver, fields, query, limit)
    )
    return None if found is None else {**marking, **found}


def declares_link_header(view: SpecView, operation_node: Mapping[str, Any]) -> bool:
    """Whether the operation's success response declares a `Link` header."""
    responses = view.follow(operation_node.get("responses"))
    if not isinstance(responses, dict):
        return False
    success = [(str(code), value) for code, value in responses.items() if str(code)[:1] == "2"]
    if not success:
        return False
    success.sort(key=lambda pair: pair[0])  # 200 before 2XX before 206
    response = view.follow(success[0][1])
    headers = view.follow(response.get("headers")) if isinstance(response, dict) else None
    return isinstance(headers, dict) and any(str(name).lower() == "link" for name in headers)


def _fields(resolver: PaginationResolver, ref: ir.TypeRef) -> dict[str, ir.Field]:
    return {f.wire_name: f for f in resolver.fields(ref)}


def _items_field(resolver: PaginationResolver, fields: dict[str, ir.Field]) -> str | None:
    lists = [wire for wire, f in fields.items() if resolver.list_item(f.type) is not None]
    if len(lists) == 1:
        return lists[0]
    return next((name for name in ITEMS_NAMES if name in lists), None)


def _is(parameter: ir.Parameter | None, scalar: str) -> bool:
    return (
        parameter is not None
        and parameter.type.kind == "scalar"
        and (parameter.type.scalar == scalar)
    )


def _scalar(field: ir.Field | None, scalar: str) -> bool:
    return field is not None and field.type.kind == "scalar" and field.type.scalar == scalar


def _item_cursor(
    resolver: PaginationResolver, fields: dict[str, ir.Field], query: dict[str, ir.Parameter]
) -> dict[str, str] | None:
    param = next((name for name in ITEM_CURSOR_PARAMS if _is(query.get(name), "str")), None)
    data = fields.get("data")
    item = resolver.list_item(data.type) if data is not None else None
    if param is None or item is None or not _scalar(fields.get("has_more"), "bool"):
        return None
    if "id" not in _fields(resolver, item):
        return None
    return {"type": "item_cursor", "cursor_param": param, "has_more": "has_more", "items": "data"}


def _cursor(
    resolver: PaginationResolver, fields: dict[str, ir.Field], query: dict[str, ir.Parameter]
) -> dict[str, str] | None:
    for parent in PARENTS:
        if parent:
            holder = fields.get(parent)
            if holder is None:
                continue
            inner = _fields(resolver, holder.type)
        else:
            inner = fields
        for name, params in CURSOR_FIELDS.items():
            if not _scalar(inner.get(name), "str"):
                continue
            if name == "next" and ({"previous", "prev"} & set(inner)):
                continue  # `next`/`previous` pairs are URLs (Django REST framework's pages)
            param = next((p for p in params if _is(query.get(p), "str")), None)
            if param is not None:
                dotted = f"{parent}.{name}" if parent else name
                return {"type": "cursor", "cursor_param": param, "next_cursor": dotted}
    return None


def _numbered(
    resolver: PaginationResolver,
    fields: dict[str, ir.Field],
    query: dict[str, ir.Parameter],
    limit: str | None,
) -> dict[str, str] | None:
    if _is(query.get("offset"), "int") and limit == "limit":
        found = {"type": "offset", "offset_param": "offset"}
    elif _is(query.get("page"), "int") and limit in PAGE_SIZE_PARAMS:
        found = {"type": "page", "page_param": "page"}
    else:
        return None
    total = _total(resolver, fields)
    return {**found, "total": total} if total else found


def _total(resolver: PaginationResolver, fields: dict[str, ir.Field]) -> str | None:
    for parent in PARENTS:
        holder = fields.get(parent) if parent else None
        if parent and holder is None:
            continue
        inner = _fields(resolver, holder.type) if holder is not None else fields
        for name in TOTAL_FIELDS:
            if _scalar(inner.get(name), "int"):
                return f"{parent}.{name}" if parent else name
    return None
