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

from .. import errors
from ._types import fields_repr

if TYPE_CHECKING:
    from ._base_client import Call


class PaginationSpec:
    """How an operation pages: the query parameter to change, and where the page keeps things.

    `items` and `next_cursor` are attribute paths on the page; `start` is the first page
    (or offset) when the caller gave none; `default_limit` the page size the API defaults to.
    """

    __slots__ = (
        "default_limit",
        "items",
        "kind",
        "limit_param",
        "next_cursor",
        "param",
        "root_list",
        "start",
    )

    def __init__(
        self,
        kind: Literal["cursor", "offset", "page"],
        param: str,
        items: tuple[str, ...],
        next_cursor: tuple[str, ...] = (),
        limit_param: str | None = None,
        root_list: bool = False,
        start: int | None = None,
        default_limit: int | None = None,
    ) -> None:
        self.kind: Final = kind
        self.param: Final = param
        self.items: Final = items
        self.next_cursor: Final = next_cursor
        self.limit_param: Final = limit_param
        self.root_list: Final = root_list
        self.start: Final = start
        self.default_limit: Final = default_limit

    def __repr__(self) -> str:
        return fields_repr(self, ("kind", "param", "items", "next_cursor"))


class PageContext:
    """The call that fetched a page, to repeat with another page parameter."""

    __slots__ = ("call", "client", "pagination")

    def __init__(self, client: Any, call: Call, pagination: PaginationSpec) -> None:
        self.client: Final = client
        self.call: Final = call
        self.pagination: Final = pagination


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

    def _next_query(self) -> dict[str, Any] | None:
        """The query of the next page, or None on the last page."""
        context = self._context()
        spec = context.pagination
        query: Mapping[str, Any] = context.call.query or {}
        items = self._page_items()
        if spec.kind == "cursor":
            cursor = _attribute(self, spec.next_cursor)
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
        current = query.get(spec.param)
        if spec.kind == "offset":
            offset = current if isinstance(current, int) else (spec.start or 0)
            return {**query, spec.param: offset + len(items)}
        page = (
            current
            if isinstance(current, int)
            else (spec.start if spec.start is not None else 1)
        )
        return {**query, spec.param: page + 1}

    def has_next_page(self) -> bool:
        return (
            getattr(self, "_page_context", None) is not None
            and self._next_query() is not None
        )

    def _next_call(self) -> tuple[Any, Call, type[Self]]:
        query = self._next_query()
        if query is None:
            raise RuntimeError("this is the last page: check has_next_page() first")
        context = self._context()
        call = context.call
        earlier = call.earlier_pages | {_page_key(call.query)}
        if _page_key(query) in earlier:
            # a server whose cursors go round (a -> b -> a) would be asked forever
            raise errors.PaginationLoopError(
                f"{call.endpoint.method} {call.endpoint.path}: the next page asks for "
                f"a page fetched before ({context.pagination.param}="
                f"{query.get(context.pagination.param)!r}, after {len(earlier)} pages); "
                "stopped, as it would loop"
            )
        return (
            context.client,
            replace(call, query=query, earlier_pages=earlier),
            type(self),
        )


def _page_key(query: Mapping[str, Any] | None) -> str:
    """What tells one page's request from another's: its query, in a stable spelling."""
    return repr(sorted((query or {}).items(), key=lambda item: item[0]))
