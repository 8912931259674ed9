"""Which bodies become keyword arguments, how clashing keys are renamed, which models get
a `<Name>Param` TypedDict (the parser's decisions, read from the IR)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml

from generator import ir
from generator.render.types import annotation
from tests.helpers import ROOT, minimal_spec, model, operation, parse_dict


def _body(schema: dict[str, Any], content: str = "application/json") -> dict[str, Any]:
    return {"required": True, "content": {content: {"schema": schema}}}


SPEC = minimal_spec(
    paths={
        "/things/{id}": {
            "post": {
                "operationId": "updateThing",
                "parameters": [
                    {"name": "id", "in": "path", "required": True, "schema": {"type": "string"}},
                    {"name": "mode", "in": "query", "schema": {"type": "string"}},
                ],
                "requestBody": _body({"$ref": "#/components/schemas/ThingUpdate"}),
                "responses": {"204": {"description": "ok"}},
            }
        },
        "/lists": {
            "post": {
                "operationId": "postList",
                "requestBody": _body({"type": "array", "items": {"type": "string"}}),
                "responses": {"204": {"description": "ok"}},
            }
        },
        "/merged": {
            "post": {
                "operationId": "postMerged",
                "requestBody": _body(
                    {
                        "allOf": [
                            {"$ref": "#/components/schemas/Base"},
                            {"type": "object", "properties": {"extra": {"type": "integer"}}},
                        ]
                    }
                ),
                "responses": {"204": {"description": "ok"}},
            }
        },
    },
    components={
        "schemas": {
            "Base": {
                "type": "object",
                "required": ["name"],
                "properties": {"name": {"type": "string"}},
            },
            "Inner": {"type": "object", "properties": {"v": {"type": "integer"}}},
            "Unused": {"type": "object", "properties": {"v": {"type": "integer"}}},
            "ThingUpdate": {
                "type": "object",
                "required": ["id"],
                "properties": {
                    "id": {"type": "string"},
                    "mode": {"type": "string"},
                    "timeout": {"type": "number"},
                    "inner": {"$ref": "#/components/schemas/Inner"},
                    "created": {"type": "string", "readOnly": True},
                },
            },
        }
    },
)


def _arguments(op: ir.Operation) -> dict[str, ir.Argument]:
    return {a.name: a for a in op.arguments}


def test_clashing_keys_are_renamed_body_name(tmp_path: Path) -> None:
    api, _ = parse_dict(tmp_path, SPEC)
    arguments = _arguments(operation(api, "update_thing"))

    assert arguments["id"].kind == "path"
    assert arguments["mode"].kind == "query"
    renamed = {a.name: a.wire_name for a in arguments.values() if a.kind == "body_field"}
    assert renamed == {
        "body_id": "id",
        "body_mode": "mode",
        "body_timeout": "timeout",
        "inner": "inner",
    }  # readOnly `created` is the server's: not a keyword
    assert arguments["body_id"].required and not arguments["body_mode"].required
    assert [a.kind for a in arguments.values()][-2:] == ["extra_body", "body"]


def test_nested_models_are_accepted_as_their_typed_dict(tmp_path: Path) -> None:
    api, _ = parse_dict(tmp_path, SPEC)
    inner = _arguments(operation(api, "update_thing"))["inner"]

    assert {arg.name for arg in inner.type.args} == {"Inner", "InnerParam"}
    assert model(api, "Inner").param_name == "InnerParam"
    assert model(api, "ThingUpdate").param_name == "ThingUpdateParam"
    assert model(api, "Unused").param_name is None  # no request uses it
    keys = [f.wire_name for f in model(api, "ThingUpdate").param_fields]
    assert keys == ["id", "mode", "timeout", "inner"]


def test_an_all_of_body_is_one_object_and_an_array_keeps_body(tmp_path: Path) -> None:
    api, _ = parse_dict(tmp_path, SPEC)
    merged = _arguments(operation(api, "post_merged"))
    listed = _arguments(operation(api, "post_list"))

    assert {n for n, a in merged.items() if a.kind == "body_field"} == {"name", "extra"}
    assert merged["name"].required
    assert [(a.name, a.kind) for a in listed.values()] == [("body", "body")]


def _spelled(ref: ir.TypeRef) -> str:
    return annotation(ref, tagged=False)


def test_what_requests_accept_is_decided_in_the_ir(tmp_path: Path) -> None:
    # the request_types construct: each rule of docs/request-types.md, read from the IR
    spec = yaml.safe_load((ROOT / "tests" / "constructs" / "request_types.yaml").read_text())
    api, _ = parse_dict(tmp_path, spec)
    listing = _arguments(operation(api, "list_charges"))
    create = _arguments(operation(api, "create_charge"))

    # an object query parameter takes its TypedDict: a dict, sent by its style
    assert _spelled(listing["created"].type) == "RangeQuery | RangeQueryParam | None"
    # an enum inside a union alias (and an alias of it) takes its values, an object its dict
    assert _spelled(create["tool_choice"].type) == (
        "ToolChoice | Literal['none', 'auto', 'required'] | NamedToolParam"
    )
    assert "Literal['none', 'auto', 'required'] | NamedToolParam" in _spelled(
        create["fallback_choice"].type
    )
    # lists are sequences (a list[LineItemParam] variable fits); of strings, lists still
    assert _spelled(create["line_items"].type) == "Sequence[LineItem | LineItemParam]"
    assert _spelled(create["amounts"].type) == "Sequence[float]"
    assert _spelled(create["payment_method_types"].type) == "list[str]"
    # an object that allows more keys takes any mapping besides its TypedDict
    assert _spelled(create["metadata"].type) == "Metadata | MetadataParam | Mapping[str, Any]"
    # one signature: the keys, extra_body and the whole body; the keys may be left out
    assert [a.kind for a in create.values()][-2:] == ["extra_body", "body"]
    assert create["amount"].required and create["amount"].omittable
