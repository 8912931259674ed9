"""Pagination found in operations nobody marked: the shapes large APIs use -> a marking.

Few real specs carry `x-sdkforge-pagination`, but their list operations follow a handful
of shapes. Detection is conservative: a GET returning JSON whose query has the page
parameter AND whose response has the matching fields; a near miss is not paginated (the
method then returns the first page as a plain model, as before). The marking it makes
goes through the same resolver as `x-sdkforge-pagination`, so a detected operation pages
exactly as a marked one would. Styles, first match wins:

- item_cursor: `has_more` (bool) and a `data` list of items with an `id`, and a
  `starting_after` (or `after`) query parameter taking the last item's id;
- cursor, a token in the body that a query parameter takes back: `next_cursor`, `next`,
  `cursor`, `next_page_token`... for `cursor`, `page_token`...; `next_<param>` or
  `next<Param>` for that parameter (`next_page` -> `page` or `page_token`, `nextToken` ->
  `token` or `nextToken`); a field of a `next...` object named like the parameter
  (`paging.next.after` -> `after`, `next_page.offset` -> `offset`). Both strings, or both
  integers; at the top of the response or in a holder object (`meta`, `pagination`,
  `paging`, `links`, a `next...` object), two deep at most; with `has_more` if there is one;
- link: a `Link` header declared on the success response (RFC 8288, as GitHub sends it);
- link, the next page's URL in the body: a string `next_url`, `next_page_url`, `nextLink`...,
  a `url`/`uri`/`href`/`link` in a `next...` object (`paging.next.link`, HAL's
  `_links.next.href`), or a `next` beside a `previous` (Django REST framework's pages) or in
  a `links`/`pages` object; at the same places as a token;
- offset: `offset` and `limit` query parameters; page: `page` and `per_page` (or
  `page_size`); with a list in the response, and a `total`/`total_count` if there is one;
- single: a GET of a collection (the path ends in a fixed segment) answering an object that
  wraps a `data`, `items` or `results` list with nothing but scalars beside it (`object`,
  `url`...): one page that iterates its items, so `for x in client.things.list()` yields
  things, never the wrapper model's `(name, value)` field pairs.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any

from generator import ir
from generator.load import SpecView
from generator.parse.pagination import PaginationResolver

ITEM_CURSOR_PARAMS = ("starting_after", "after")
# a response field -> the query parameters that take it back (beyond `next_<param>`)
CURSOR_FIELDS: dict[str, tuple[str, ...]] = {
    "next_cursor": ("cursor", "next_cursor", "starting_after"),
    "nextCursor": ("cursor", "nextCursor"),
    "next": ("cursor",),
    "cursor": ("cursor",),
    "next_page_token": ("page_token",),
    "nextPageToken": ("pageToken", "page_token"),
}
# the objects of a response that hold what leads to the next page (besides `next...` ones),
# in the spelling `_plain` gives
HOLDERS = frozenset({"meta", "pagination", "paging", "pageinfo", "links", "pages"})
# holder objects whose `next` is a URL (JSON:API's `links.next`, DigitalOcean's `links.pages`)
LINK_HOLDERS = frozenset({"links", "pages"})
HOLDER_DEPTH = 2
# a string field with one of these (plain) names is the next page's URL
NEXT_URL_FIELDS = frozenset(
    {"nexturl", "nextpageurl", "nextlink", "nextpagelink", "nexthref", "nexturi", "nextpageuri"}
)
# ... and so is one of these in a `next...` object
URL_WORDS = frozenset({"url", "uri", "href", "link"})
PREVIOUS = frozenset({"previous", "prev"})
# which list holds the items when the response has more than one
ITEMS_NAMES = ("data", "items", "results")
LIMIT_PARAMS = ("limit", "per_page", "page_size", "pageSize")
PAGE_SIZE_PARAMS = ("per_page", "page_size")
TOTAL_FIELDS = ("total", "total_count", "totalCount")
TOTAL_PARENTS = ("", "meta", "pagination")
# the types a token may have: the field's and the parameter's must be the same
TOKEN_SCALARS = ("str", "int")


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
    scalars = [] if root_list else list(_scalars(resolver, fields, items))
    found = (
        _item_cursor(resolver, fields, query)
        or _cursor(scalars, fields, query)
        or ({"type": "link"} if link_header else None)
        or _next_url(scalars)
        or _numbered(resolver, fields, query, limit)
    )
    if found is None and items is not None:
        found = _single(resolver, operation, fields, items)
        marking = {"items": items} if found else marking
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


def _plain(name: str) -> str:
    """A name without case, `_` or `-`: `nextPageToken`, `next_page_token` -> `nextpagetoken`."""
    return name.replace("_", "").replace("-", "").lower()


def _is_next(name: str) -> bool:
    """`next`, `next_page`, `nextPage`...: a holder or field that is about the next page."""
    return _plain(name).startswith("next")


class _Scalar:
    """A string or integer field of the response, at `path` (wire names) from its top;
    `siblings`: the wire names beside it."""

    __slots__ = ("field", "path", "siblings")

    def __init__(self, path: tuple[str, ...], field: ir.Field, siblings: frozenset[str]) -> None:
        self.path = path
        self.field = field
        self.siblings = siblings

    @property
    def holder(self) -> str:
        return self.path[-2] if len(self.path) > 1 else ""

    @property
    def dotted(self) -> str:
        return ".".join(self.path)


def _scalars(
    resolver: PaginationResolver,
    fields: dict[str, ir.Field],
    items: str | None,
    prefix: tuple[str, ...] = (),
) -> Iterator[_Scalar]:
    """The string and integer fields at the top of the response, then in its holders (the
    objects a page keeps its links or tokens in), breadth first, two holders deep at most."""
    siblings = frozenset(fields)
    holders = []
    for wire, field in fields.items():
        if field.type.kind == "scalar" and field.type.scalar in TOKEN_SCALARS:
            yield _Scalar((*prefix, wire), field, siblings)
        elif wire != items and (_plain(wire) in HOLDERS or _is_next(wire)):
            holders.append((wire, field))
    if len(prefix) >= HOLDER_DEPTH:
        return
    for wire, field in holders:
        inner = _fields(resolver, field.type)
        if inner:
            yield from _scalars(resolver, inner, None, (*prefix, wire))


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
    scalars: list[_Scalar], fields: dict[str, ir.Field], query: dict[str, ir.Parameter]
) -> dict[str, str] | None:
    """A token in the body that a query parameter of the same type takes back."""
    by_plain = {_plain(wire): p for wire, p in query.items()}
    for found in scalars:
        for name in _token_params(found):
            param = by_plain.get(_plain(name))
            if param is not None and _is(param, found.field.type.scalar or ""):
                marking = {
                    "type": "cursor",
                    "cursor_param": param.wire_name,
                    "next_cursor": found.dotted,
                }
                if _scalar(fields.get("has_more"), "bool"):
                    marking["has_more"] = "has_more"
                return marking
    return None


def _token_params(found: _Scalar) -> list[str]:
    """The names of the query parameters that may take the token `found` back."""
    leaf = found.path[-1]
    if leaf == "next" and PREVIOUS & found.siblings:
        return []  # `next`/`previous` pairs are URLs (Django REST framework's pages)
    plain = _plain(leaf)
    if plain in NEXT_URL_FIELDS:
        return []
    names = list(CURSOR_FIELDS.get(leaf, ()))
    if plain.startswith("next") and len(plain) > len("next"):
        rest = plain[len("next") :]
        names += [rest, rest + "token", plain]  # next_page: page, page_token; NextToken
    if _is_next(found.holder) and plain not in URL_WORDS | {"path"}:
        names.append(plain)  # paging.next.after -> after; next_page.offset -> offset
    return names


def _next_url(scalars: list[_Scalar]) -> dict[str, str] | None:
    """A string field that holds the next page's URL."""
    for found in scalars:
        if found.field.type.scalar != "str":
            continue
        plain = _plain(found.path[-1])
        if (
            plain in NEXT_URL_FIELDS
            or (plain in URL_WORDS and _is_next(found.holder))
            or (
                plain == "next"
                and (PREVIOUS & found.siblings or _plain(found.holder) in LINK_HOLDERS)
            )
        ):
            return {"type": "link", "next_url": found.dotted}
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
    for parent in TOTAL_PARENTS:
        holder = fields.get(parent) if parent else None
        if parent and holder is None:
            continue
        inner = _fields(resolver, holder.type) if holder is not None else fields
        for name in TOTAL_FIELDS:
            if _scalar(inner.get(name), "int"):
                return f"{parent}.{name}" if parent else name
    return None


def _single(
    resolver: PaginationResolver,
    operation: ir.Operation,
    fields: dict[str, ir.Field],
    items: str,
) -> dict[str, str] | None:
    """A list wrapper with no paging (`{"object": "list", "data": [...]}`) from a GET of a
    collection: one page, so iterating the result yields its items."""
    if items not in ITEMS_NAMES or operation.path.rstrip("/").endswith("}"):
        return None
    others = (f.type for wire, f in fields.items() if wire != items)
    if not all(_is_plain_value(resolver, ref) for ref in others):
        return None  # more than a list and its metadata: a model of its own
    return {"type": "single"}


def _is_plain_value(resolver: PaginationResolver, ref: ir.TypeRef) -> bool:
    """A scalar, a literal, an enum, or a union of these (through aliases)."""
    ref = resolver.unalias(ref)
    if ref.kind in ("scalar", "literal", "none"):
        return True
    if ref.kind == "union":
        return all(_is_plain_value(resolver, arg) for arg in ref.args)
    return ref.kind == "named" and isinstance(resolver.named.get(ref.name or ""), ir.Enum)
