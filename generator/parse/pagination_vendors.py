"""The pagination other generators' users already wrote -> an `x-sdkforge-pagination` marking.

`x-speakeasy-pagination` (`type: offsetLimit|cursor|url`, `inputs` naming the query
parameters, `outputs` JSONPaths like `$.data`, `nextUrl` the next page's URL in the body) and `x-fern-pagination` (`cursor: $request.x`,
`next_cursor: $response.y`, `results: $response.z`, or `offset:` with an optional `step:`).
A shape that cannot be read the same way raises Unreadable with what is wrong; the caller
warns with the pointer and lets detection decide.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any

SPEAKEASY = "x-speakeasy-pagination"
FERN = "x-fern-pagination"

_JSON_PATH = re.compile(r"^\$(\.[A-Za-z_][\w-]*)*$")
_FERN_PATH = re.compile(r"^\$(request|response)((\.[A-Za-z_][\w-]*)+)$")


class Unreadable(Exception):
    """A vendor marking this generator cannot read as it is meant."""


def from_speakeasy(value: Any) -> dict[str, str]:
    if not isinstance(value, Mapping):
        raise Unreadable("expected an object with 'type', 'inputs' and 'outputs'")
    kind = value.get("type")
    inputs = value.get("inputs") or []
    outputs = value.get("outputs") or {}
    if not isinstance(inputs, list) or not isinstance(outputs, Mapping):
        raise Unreadable("'inputs' must be a list and 'outputs' an object")
    params: dict[str, str] = {}
    for entry in inputs:
        if not isinstance(entry, Mapping) or entry.get("in", "parameters") != "parameters":
            raise Unreadable("only inputs 'in: parameters' are read (not a request body)")
        name, role = entry.get("name"), entry.get("type")
        if not isinstance(name, str) or role not in ("page", "offset", "limit", "cursor"):
            raise Unreadable(
                f"an input needs a 'name' and a type page|offset|limit|cursor: {dict(entry)!r}"
            )
        params[str(role)] = name
    marking: dict[str, str] = {}
    results = outputs.get("results")
    if results is not None:
        items = _json_path(results, "outputs.results")
        if items:
            marking["items"] = items
    if "limit" in params:
        marking["limit_param"] = params["limit"]
    if kind == "offsetLimit":
        if "offset" in params:
            return {"type": "offset", "offset_param": params["offset"], **marking}
        if "page" in params:
            return {"type": "page", "page_param": params["page"], **marking}
        raise Unreadable("type offsetLimit needs an input of type offset or page")
    if kind == "cursor":
        if "cursor" not in params or "nextCursor" not in outputs:
            raise Unreadable("type cursor needs an input of type cursor and outputs.nextCursor")
        cursor = _json_path(outputs["nextCursor"], "outputs.nextCursor")
        if not cursor:
            raise Unreadable("outputs.nextCursor must name a field")
        return {
            "type": "cursor",
            "cursor_param": params["cursor"],
            "next_cursor": cursor,
            **marking,
        }
    if kind == "url":
        next_url = _json_path(outputs.get("nextUrl"), "outputs.nextUrl")
        if not next_url:
            raise Unreadable("outputs.nextUrl must name a field")
        return {"type": "link", "next_url": next_url, **marking}
    raise Unreadable(f"type {kind!r} is not read (offsetLimit, cursor and url are)")


def from_fern(value: Any, root: Any) -> dict[str, str]:
    """`root`: the document's own `x-fern-pagination`, which `true` on an operation means."""
    if value is True:
        value = root
    if not isinstance(value, Mapping):
        raise Unreadable("expected an object with 'results' and 'cursor' or 'offset'")
    if "results" not in value:
        raise Unreadable("'results' is required")
    results = _fern_path(value["results"], "response", "results")
    marking: dict[str, str] = {"items": results} if results else {}
    if "cursor" in value:
        if "next_cursor" not in value:
            raise Unreadable("'cursor' needs 'next_cursor'")
        cursor = _fern_path(value["cursor"], "request", "cursor")
        next_cursor = _fern_path(value["next_cursor"], "response", "next_cursor")
        return {"type": "cursor", "cursor_param": cursor, "next_cursor": next_cursor, **marking}
    if "offset" in value:
        offset = _fern_path(value["offset"], "request", "offset")
        if "step" in value:  # the offset moves by the page size: an item offset
            step = _fern_path(value["step"], "request", "step")
            return {"type": "offset", "offset_param": offset, "limit_param": step, **marking}
        return {"type": "page", "page_param": offset, **marking}  # moves by one: a page number
    raise Unreadable("expected 'cursor' or 'offset'")


def _json_path(value: Any, key: str) -> str:
    """`$.a.b` -> `a.b`; `$` -> `` (the body itself)."""
    if not isinstance(value, str) or not _JSON_PATH.match(value):
        raise Unreadable(f"{key} {value!r} is not a plain JSONPath like '$.data'")
    return value[2:]


def _fern_path(value: Any, side: str, key: str) -> str:
    match = _FERN_PATH.match(value) if isinstance(value, str) else None
    if match is None or match.group(1) != side:
        raise Unreadable(f"{key} {value!r} is not like '${side}.name'")
    dotted = match.group(2)[1:]
    if side == "request" and "." in dotted:
        raise Unreadable(f"{key} {value!r}: only a query parameter is read, not a body field")
    return dotted
