"""Pages: the response model of a paginated operation, plus walking to the next pages.

A generated page class is `class ListThingsPage(SyncPage, models.ThingList)`: it has the
declared fields, and iterating it yields the items of this page and of every later page,
fetched one page at a time, only when the iteration gets there.

This module plans the next request, with no I/O; the pages that fetch are `AsyncPage`
(_async_pagination.py, the source) and `SyncPage` (_sync_pagination.py, derived from it
by scripts/unasync.py).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import replace
from typing import TYPE_CHECKING, Any, Final, Literal, Self

import httpx

from .. import errors
from ._endpoint import operation_server
from ._types import fields_repr

if TYPE_CHECKING:
    from ._base_client import Call


class PaginationSpec:
    """How an operation pages: the query parameter to change, and where the page keeps things.

    `items`, `next_cursor`, `has_more` and `total` are attribute paths on the page,
    `item_cursor` one on an item; `start` is the first page (or offset) when the caller
    gave none; `default_limit` the page size the API defaults to. Kinds: `cursor` (the
    page names the next cursor), `item_cursor` (the last item's `item_cursor` while
    `has_more` is true), `link` (the URL of the `Link: <...>; rel="next"` header, or of
    the page's attribute `next_url` when set; `param` is empty), `offset` and `page` (a
    short page or `total` items end the walk), `single` (the API answers the whole list at
    once: the page iterates its items and has no next page).
    """

    __slots__ = (
        "default_limit",
        "has_more",
        "item_cursor",
        "items",
        "kind",
        "limit_param",
        "next_cursor",
        "next_url",
        "param",
        "root_list",
        "start",
        "total",
    )

    def __init__(
        self,
        kind: Literal["cursor", "item_cursor", "link", "offset", "page", "single"],
        param: str,
        items: tuple[str, ...],
        next_cursor: tuple[str, ...] = (),
        limit_param: str | None = None,
        root_list: bool = False,
        start: int | None = None,
        default_limit: int | None = None,
        has_more: tuple[str, ...] = (),
        item_cursor: tuple[str, ...] = (),
        total: tuple[str, ...] = (),
        next_url: tuple[str, ...] = (),
    ) -> None:
        self.kind: Final = kind
        self.param: Final = param
        self.items: Final = items
        self.next_cursor: Final = next_cursor
        self.limit_param: Final = limit_param
        self.root_list: Final = root_list
        self.start: Final = start
        self.default_limit: Final = default_limit
        self.has_more: Final = has_more
        self.item_cursor: Final = item_cursor
        self.total: Final = total
        self.next_url: Final = next_url

    def __repr__(self) -> str:
        return fields_repr(self, ("kind", "param", "items", "next_cursor"))


class PageContext:
    """The call that fetched a page, to repeat with another page parameter; `next_link`
    is the URL of the response's `rel="next"` link (or of the page's `next_url` field),
    resolved against the request's URL."""

    __slots__ = ("call", "client", "next_link", "pagination")

    def __init__(
        self,
        client: Any,
        call: Call,
        pagination: PaginationSpec,
        next_link: str | None = None,
    ) -> None:
        self.client: Final = client
        self.call: Final = call
        self.pagination: Final = pagination
        self.next_link: Final = next_link


def _attribute(value: Any, path: tuple[str, ...]) -> Any:
    for name in path:
        if value is None:
            return None
        value = getattr(value, name, None)
    return value


class _PageLogic:
    """What sync and async pages share: reading this page and planning the next request."""

    _page_context: PageContext | None

    def _bind(self, context: PageContext) -> Self:
        object.__setattr__(self, "_page_context", context)
        return self

    def _context(self) -> PageContext:
        context: PageContext | None = getattr(self, "_page_context", None)
        if context is None:
            raise RuntimeError(
                "this page was not fetched by a client, so it has no next page"
            )
        return context

    def _page_items(self) -> list[Any]:
        context = getattr(self, "_page_context", None)
        if context is None:
            return []
        items = _attribute(self, context.pagination.items)
        return list(items) if items is not None else []

    def _next_request(self) -> Call | None:
        """The call of the next page, or None on the last page."""
        context = self._context()
        if context.pagination.kind == "single":
            return None
        if context.pagination.kind == "link":
            if context.next_link is None:
                return None
            return replace(context.call, url=context.next_link)
        query = self._next_query()
        return None if query is None else replace(context.call, query=query)

    def _next_query(self) -> dict[str, Any] | None:
        """The query of the next page, or None on the last page."""
        context = self._context()
        spec = context.pagination
        query: Mapping[str, Any] = context.call.query or {}
        items = self._page_items()
        if spec.has_more and _attribute(self, spec.has_more) is False:
            return None  # the page says it is the last one
        if spec.kind == "cursor":
            cursor = _attribute(self, spec.next_cursor)
            if cursor is None or cursor == "" or cursor == query.get(spec.param):
                return None
            return {**query, spec.param: cursor}
        if spec.kind == "item_cursor":
            if not items or _attribute(self, spec.has_more) is not True:
                return None
            cursor = _attribute(items[-1], spec.item_cursor)
            if cursor is None or cursor == "" or cursor == query.get(spec.param):
                return None
            return {**query, spec.param: cursor}
        if not items:
            return None
        limit = query.get(spec.limit_param) if spec.limit_param else None
        if limit is None:
            limit = spec.default_limit
        if isinstance(limit, int) and len(items) < limit:
            return None  # a short page is the last one
        total = _attribute(self, spec.total) if spec.total else None
        current = query.get(spec.param)
        if spec.kind == "offset":
            offset = current if isinstance(current, int) else (spec.start or 0)
            if isinstance(total, int) and offset + len(items) >= total:
                return None  # the page says how many there are: all are read
            return {**query, spec.param: offset + len(items)}
        first = spec.start if spec.start is not None else 1
        page = current if isinstance(current, int) else first
        if (
            isinstance(total, int)
            and isinstance(limit, int)
            and (page - first + 1) * limit >= total
        ):
            return None
        return {**query, spec.param: page + 1}

    def has_next_page(self) -> bool:
        return (
            getattr(self, "_page_context", None) is not None
            and self._next_request() is not None
        )

    def _next_call(self) -> tuple[Any, Call, type[Self]]:
        following = self._next_request()
        if following is None:
            raise RuntimeError("this is the last page: check has_next_page() first")
        context = self._context()
        call = context.call
        if following.url is not None:
            base = httpx.URL(operation_server(call.endpoint, context.client.base_url))
            try:
                host = _origin(httpx.URL(following.url))
            except httpx.InvalidURL:
                host = (
                    None  # a host that is no valid name: no origin of base_url either
                )
            if host != _origin(base):
                raise errors.PaginationLinkError(
                    f"{call.endpoint.method} {call.endpoint.path}: the next page's link "
                    f"names another origin than base_url "
                    f"({host[1] if host else 'an invalid URL'!r}); not followed, so the "
                    "client's credentials do not go there"
                )
        earlier = call.earlier_pages | {_page_key(call)}
        if _page_key(following) in earlier:
            # a server whose cursors go round (a -> b -> a) would be asked forever
            spec = context.pagination
            where = (
                "the URL of its link"
                if following.url is not None
                else f"{spec.param}={(following.query or {}).get(spec.param)!r}"
            )
            raise errors.PaginationLoopError(
                f"{call.endpoint.method} {call.endpoint.path}: the next page asks for "
                f"a page fetched before ({where}, after {len(earlier)} pages); "
                "stopped, as it would loop"
            )
        return (
            context.client,
            replace(following, earlier_pages=earlier),
            type(self),
        )


def _page_key(call: Call) -> str:
    """What tells one page's request from another's: its URL or query, in a stable spelling."""
    query = sorted((call.query or {}).items(), key=lambda item: item[0])
    return repr((call.url, query))


def _origin(url: httpx.URL) -> tuple[str, str, int | None]:
    """Scheme, host and port: what credentials are bound to (a redirect, a Link). The host
    as sent (IDNA's ASCII form): `url.host` decodes it, and raises for one that is not
    valid IDNA (`xn--ls8h`)."""
    return (
        url.scheme,
        url.raw_host.decode("ascii"),
        url.port or {"http": 80, "https": 443}.get(url.scheme),
    )
