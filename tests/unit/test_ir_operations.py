"""An ir.Operation says what its method takes and returns: arguments in order, the result."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from generator import ir
from tests.helpers import minimal_spec, operation, parse_dict

STR = ir.TypeRef(kind="scalar", scalar="str")
INT = ir.TypeRef(kind="scalar", scalar="int")
NONE_DEFAULT = ir.Default(value=None)


def _ok(content_type: str = "application/json", schema: Any = None) -> dict[str, Any]:
    schema = schema if schema is not None else {"$ref": "#/components/schemas/Thing"}
    return {"200": {"description": "ok", "content": {content_type: {"schema": schema}}}}


THING = {"type": "object", "properties": {"name": {"type": "string"}}}


def _spec() -> dict[str, Any]:
    update = {
        "operationId": "updateThing",
        "tags": ["Things"],
        "parameters": [
            {"name": "limit", "in": "query", "schema": {"type": "integer"}},
            {"name": "X-Trace", "in": "header", "description": "a trace id", "schema": STRING},
            {"name": "q", "in": "query", "required": True, "schema": STRING},
            {"name": "session", "in": "cookie", "schema": STRING},
            {
                "name": "filter",
                "in": "query",
                "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Thing"}}},
            },
            {
                "name": "deep",
                "in": "query",
                "style": "deepObject",
                "schema": {"type": "object", "additionalProperties": STRING},
            },
        ],
        "requestBody": {
            "required": True,
            "description": "the new thing",
            "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Thing"}}},
        },
        "responses": _ok(),
    }
    return minimal_spec(
        paths={
            "/things/{thing_id}/parts/{part-no}": {
                "parameters": [
                    {
                        "name": "part-no",
                        "in": "path",
                        "required": True,
                        "schema": {"type": "integer"},
                    },
                    {"name": "thing_id", "in": "path", "required": True, "schema": STRING},
                ],
                "put": update,
            },
            "/things": {
                "get": {
                    "operationId": "listThings",
                    "tags": ["Things"],
                    "parameters": [{"name": "page", "in": "query", "schema": {"type": "integer"}}],
                    "x-sdkforge-pagination": {"type": "page", "page_param": "page"},
                    "responses": _ok(
                        schema={"type": "array", "items": {"$ref": "#/components/schemas/Thing"}}
                    ),
                },
                "delete": {
                    "operationId": "clearThings",
                    "tags": ["Things"],
                    "requestBody": {
                        "content": {"text/plain": {"schema": STRING}},
                    },
                    "responses": {"204": {"description": "gone"}},
                },
            },
            "/file": {"get": {"operationId": "download", "responses": _ok("application/pdf", {})}},
            "/events": {
                "get": {"operationId": "watch", "responses": _ok("text/event-stream", STRING)}
            },
        },
        components={"schemas": {"Thing": THING}},
    )


STRING = {"type": "string"}
EXTRA_DOC = "Keys sent in the body besides the ones above."
WHOLE_DOC = "the new thing (whole, instead of its keys: a model or a dict)"


def test_arguments_in_signature_order_with_kind_names_types_defaults_and_docs(
    tmp_path: Path,
) -> None:
    api, _ = parse_dict(tmp_path, _spec())
    op = operation(api, "update_thing")
    thing = ir.TypeRef(kind="named", name="Thing")
    summary = [
        (a.kind, a.name, a.wire_name, a.required, a.positional, a.default, a.doc)
        for a in op.arguments
    ]
    assert summary == [
        # path parameters, positional, in the order of the path (not of the declarations)
        ("path", "thing_id", "thing_id", True, True, None, None),
        ("path", "part_no", "part-no", True, True, None, None),
        # the required parameters, then the optional ones in spec order
        ("query", "q", "q", True, False, None, None),
        ("query", "limit", "limit", False, False, NONE_DEFAULT, None),
        ("header", "x_trace", "X-Trace", False, False, NONE_DEFAULT, "a trace id"),
        ("cookie", "session", "session", False, False, NONE_DEFAULT, None),
        ("query", "filter", "filter", False, False, NONE_DEFAULT, None),
        ("query", "deep", "deep", False, False, NONE_DEFAULT, None),
        # an object body: its keys (optional ones after the parameters), more keys, or whole
        ("body_field", "name", "name", False, False, None, None),
        ("extra_body", "extra_body", None, False, False, NONE_DEFAULT, EXTRA_DOC),
        ("body", "body", None, True, False, NONE_DEFAULT, WHOLE_DOC),
    ]
    types = {a.name: a.type for a in op.arguments}
    assert types["thing_id"] == STR and types["part_no"] == INT
    assert types["q"] == STR
    # an optional argument's type is nullable: None means "not given"
    assert types["limit"] == ir.TypeRef(kind="scalar", scalar="int", nullable=True)
    # a model body also takes the same data as its TypedDict
    thing_param = ir.TypeRef(kind="named", name="ThingParam")
    assert types["body"] == ir.TypeRef(kind="union", args=(thing, thing_param), nullable=True)
    # a parameter with JSON `content` is sent as JSON text of its type
    assert [(a.name, a.json_type) for a in op.arguments if a.json_type] == [("filter", thing)]


def test_styles_are_resolved_and_only_the_non_default_ones_marked(tmp_path: Path) -> None:
    api, _ = parse_dict(tmp_path, _spec())
    op = operation(api, "update_thing")
    styles = {
        p.wire_name: (p.style, p.explode, p.default_style) for p in op.path_params + op.params
    }
    assert styles["part-no"] == ("simple", False, True)
    assert styles["limit"] == ("form", True, True)
    assert styles["X-Trace"] == ("simple", False, True)
    assert styles["session"] == ("form", True, True)
    assert styles["deep"] == ("deepObject", False, False)


def test_an_optional_body_comes_after_the_parameters(tmp_path: Path) -> None:
    api, _ = parse_dict(tmp_path, _spec())
    op = operation(api, "clear_things")
    body = op.arguments[-1]
    assert (body.kind, body.required, body.default) == ("body", False, NONE_DEFAULT)
    assert body.type == ir.TypeRef(kind="scalar", scalar="str", nullable=True)


def test_the_result_says_what_the_method_returns(tmp_path: Path) -> None:
    api, _ = parse_dict(tmp_path, _spec())
    thing = ir.TypeRef(kind="named", name="Thing")
    results = {
        name: operation(api, name).result
        for name in ("update_thing", "list_things", "clear_things", "download", "watch")
    }
    assert results["update_thing"] == ir.Result(kind="value", type=thing)
    assert results["list_things"] == ir.Result(kind="page", type=thing, page_class="ListThingsPage")
    assert results["clear_things"] == ir.Result(kind="none", type=ir.TypeRef(kind="none"))
    assert results["download"] == ir.Result(
        kind="download", type=ir.TypeRef(kind="scalar", scalar="bytes")
    )
    assert results["watch"] == ir.Result(kind="events", type=STR)
