"""`x-sdkforge-pagination` (or the same marking from the config) -> ir.Pagination."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import replace
from typing import Any

from generator import ir
from generator.parse.names import pascal_case

# the keys each kind takes: (required, optional)
_KEYS: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    "cursor": (("cursor_param", "next_cursor"), ("items", "limit_param", "has_more")),
    "item_cursor": (("cursor_param", "has_more"), ("items", "limit_param", "item_cursor")),
    "link": ((), ("items", "limit_param", "next_url")),
    "offset": (("offset_param",), ("items", "limit_param", "total")),
    "page": (("page_param",), ("items", "limit_param", "total")),
    "single": ((), ("items",)),
}
_PARAM_KEY = {
    "cursor": "cursor_param",
    "item_cursor": "cursor_param",
    "offset": "offset_param",
    "page": "page_param",
}
KINDS = tuple(_KEYS)

Fail = Callable[[str, str], Exception]  # (key, message) -> the error to raise


def check_marking(marking: Any, fail: Fail) -> dict[str, str]:
    """The marking as plain strings, or the error `fail` builds for what is wrong with it."""
    if not isinstance(marking, Mapping):
        raise fail("", "must be a table/object with a 'type'")
    kind = marking.get("type")
    if kind not in _KEYS:
        raise fail("type", f"'type' must be one of {', '.join(KINDS)}, not {kind!r}")
    required, optional = _KEYS[kind]
    for key, value in marking.items():
        if key != "type" and key not in required + optional:
            raise fail(str(key), f"unknown key {key!r} for type {kind!r}")
        if not isinstance(value, str) or not value:
            raise fail(str(key), f"{key!r} must be a non-empty string")
    for key in required:
        if key not in marking:
            raise fail("", f"type {kind!r} needs {key!r}")
    return {str(key): str(value) for key, value in marking.items()}


class PaginationResolver:
    """Finds the fields a marking names in the response model of the operation."""

    def __init__(self, named: Mapping[str, ir.Model | ir.Enum | ir.Alias]) -> None:
        self.named = named

    def resolve(
        self,
        marking: dict[str, str],
        operation: ir.Operation,
        fail: Fail,
    ) -> ir.Pagination:
        kind = marking["type"]
        response = self.unalias(operation.return_type)
        item_type: ir.TypeRef | None
        if "items" in marking:
            items = self._path(response, marking["items"], fail, "items")
            item_type = self._list_item(self._type_at(response, marking["items"]))
            if item_type is None:
                raise fail("items", f"{marking['items']!r} is not a list in the response")
            root_list = False
        else:
            item_type = self._list_item(response)
            if item_type is None:
                raise fail("items", "'items' is required unless the response is a list")
            items, root_list = ("items",), True
        next_cursor: tuple[str, ...] = ()
        if kind == "cursor":
            if root_list:
                raise fail("next_cursor", "a cursor page must be an object with the next cursor")
            next_cursor = self._path(response, marking["next_cursor"], fail, "next_cursor")
        item_cursor: tuple[str, ...] = ()
        if kind == "item_cursor":
            if root_list:
                raise fail("has_more", "an item cursor page must be an object with 'has_more'")
            item_cursor = self._path(
                item_type, marking.get("item_cursor", "id"), fail, "item_cursor"
            )
        has_more = self._optional_path(response, marking, "has_more", fail)
        next_url = self._optional_path(response, marking, "next_url", fail)
        total = self._optional_path(response, marking, "total", fail)
        param = marking[_PARAM_KEY[kind]] if kind in _PARAM_KEY else ""
        limit_param = marking.get("limit_param")
        defaults = {p.wire_name: p.default for p in operation.params if p.location == "query"}
        start = _int_default(defaults.get(param))
        return ir.Pagination(
            kind=kind,  # type: ignore[arg-type]
            param=param,
            limit_param=limit_param,
            items=items,
            next_cursor=next_cursor,
            item_type=item_type,
            # a page is the model, a class to subclass: never `Model | None` (a nullable response)
            page_model=replace(operation.return_type, nullable=False),
            page_class=pascal_case(operation.operation_id or operation.method_name) + "Page",
            root_list=root_list,
            start=start,
            default_limit=_int_default(defaults.get(limit_param)) if limit_param else None,
            has_more=has_more,
            item_cursor=item_cursor,
            total=total,
            next_url=next_url,
        )

    def _optional_path(
        self, response: ir.TypeRef, marking: dict[str, str], key: str, fail: Fail
    ) -> tuple[str, ...]:
        if key not in marking:
            return ()
        if self._list_item(response) is not None:
            raise fail(key, f"{key!r} needs a page that is an object, not a list")
        return self._path(response, marking[key], fail, key)

    def unalias(self, ref: ir.TypeRef) -> ir.TypeRef:
        return ir.unalias(ref, self.named)

    def fields(self, ref: ir.TypeRef) -> tuple[ir.Field, ...]:
        """The fields of the model `ref` names (none for anything else)."""
        ref = self.unalias(ref)
        model = self.named.get(ref.name or "") if ref.kind == "named" else None
        return model.fields if isinstance(model, ir.Model) else ()

    def list_item(self, ref: ir.TypeRef | None) -> ir.TypeRef | None:
        """The item type of the list `ref` is (through aliases), or None."""
        return self._list_item(ref)

    def _list_item(self, ref: ir.TypeRef | None) -> ir.TypeRef | None:
        ref = self.unalias(ref) if ref is not None else None
        if ref is not None and ref.kind == "list":
            return ref.args[0]
        return None

    def _field(self, ref: ir.TypeRef, wire: str) -> ir.Field | None:
        ref = self.unalias(ref)
        model = self.named.get(ref.name or "") if ref.kind == "named" else None
        if not isinstance(model, ir.Model):
            return None
        return next((f for f in model.fields if f.wire_name == wire), None)

    def _path(self, ref: ir.TypeRef, dotted: str, fail: Fail, key: str) -> tuple[str, ...]:
        """Python attribute names along a dotted path of wire names."""
        names = []
        for wire in dotted.split("."):
            found = self._field(ref, wire)
            if found is None:
                raise fail(key, f"the response has no field {dotted!r}")
            names.append(found.name)
            ref = found.type
        return tuple(names)

    def _type_at(self, ref: ir.TypeRef, dotted: str) -> ir.TypeRef | None:
        for wire in dotted.split("."):
            found = self._field(ref, wire)
            if found is None:
                return None
            ref = found.type
        return ref


def _int_default(default: ir.Default | None) -> int | None:
    if default is None or isinstance(default.value, bool) or not isinstance(default.value, int):
        return None
    return default.value
