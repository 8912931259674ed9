"""The passes of parse run in the order ARCHITECTURE.md lists: an operation's pages are
decided as it is typed, so access (which needs every operation typed) and everything after
it read the page models as pagination left them, and nothing marks an operation again."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from generator.parse.pages import Pages
from generator.parse.schemas import SchemaParser
from tests.helpers import minimal_spec, model, operation, parse_dict


def _spec() -> dict[str, Any]:
    """A cursor page whose fields are named like a page's methods (`next_page`), and whose
    required read-only `next_page` a request sends back too (so access relaxes it)."""
    page = {
        "type": "object",
        "required": ["data", "next_page"],
        "properties": {
            "data": {"type": "array", "items": {"type": "string"}},
            "next_page": {"type": "string", "readOnly": True},
        },
    }
    listing = {
        "operationId": "listThings",
        "parameters": [{"name": "cursor", "in": "query", "schema": {"type": "string"}}],
        "x-sdkforge-pagination": {
            "type": "cursor",
            "cursor_param": "cursor",
            "next_cursor": "next_page",
            "items": "data",
        },
        "responses": {
            "200": {
                "description": "ok",
                "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Page"}}},
            }
        },
    }
    replay = {
        "operationId": "replayThings",
        "requestBody": {
            "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Page"}}}
        },
        "responses": {"204": {"description": "done"}},
    }
    return minimal_spec(
        paths={"/things": {"get": listing, "post": replay}},
        components={"schemas": {"Page": page}},
    )


def test_pages_are_decided_as_operations_are_typed_before_access(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    calls: list[str] = []
    replaced_seen: list[dict[str, Any]] = []
    pagination, relaxed = Pages.pagination, SchemaParser.relaxed

    def recording_pagination(self: Pages, *args: Any) -> Any:
        calls.append("pages")
        return pagination(self, *args)

    def recording_relaxed(self: SchemaParser, *args: Any) -> Any:
        calls.append("access")
        replaced_seen.append(dict(args[2]) if len(args) > 2 else {})
        return relaxed(self, *args)

    monkeypatch.setattr(Pages, "pagination", recording_pagination)
    monkeypatch.setattr(SchemaParser, "relaxed", recording_relaxed)
    api, warnings = parse_dict(tmp_path, _spec())

    # every operation's pages are settled before access runs, and access runs once
    assert calls.count("access") == 1
    assert calls.index("access") > max(i for i, call in enumerate(calls) if call == "pages")
    # access is handed the page model with its field renamed, in place of the parser's
    assert [f.name for f in replaced_seen[0]["Page"].fields] == ["data", "next_page_"]
    listed = operation(api, "list")
    assert listed.pagination is not None and listed.pagination.next_cursor == ("next_page_",)
    # the model the SDK defines is both: renamed by pagination, relaxed by access
    fields = {f.wire_name: f for f in model(api, "Page").fields}
    assert (fields["next_page"].name, fields["next_page"].required) == ("next_page_", False)
    assert any("have a method 'next_page'" in w.message for w in warnings)
