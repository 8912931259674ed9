"""OpenAPI 3.1 boolean schemas: `true` (anything) and `false` (nothing) wherever a schema may
stand; they used to be refused outside a few JSON Schema keywords."""

from __future__ import annotations

from pathlib import Path

from generator import ir
from tests.helpers import field, minimal_spec, model, named, operation, parse_dict

ANY = ir.TypeRef(kind="scalar", scalar="any")
INT = ir.TypeRef(kind="scalar", scalar="int")
STR = ir.TypeRef(kind="scalar", scalar="str")


def _alias(api: ir.Api, name: str) -> ir.TypeRef:
    found = named(api, name)
    assert isinstance(found, ir.Alias), found
    return found.type


def test_component_schemas_may_be_true_or_false(tmp_path: Path) -> None:
    schemas = {"Anything": True, "Nothing": False}
    api, _ = parse_dict(tmp_path, minimal_spec(components={"schemas": schemas}))
    assert _alias(api, "Anything") == ANY
    assert _alias(api, "Nothing") == ANY  # no Python type admits nothing: typed loosely


def test_boolean_schemas_in_all_of_any_of_one_of(tmp_path: Path) -> None:
    schemas = {
        "AllOf": {"allOf": [True, {"type": "object", "properties": {"a": {"type": "string"}}}]},
        "AnyOf": {"anyOf": [True, {"type": "string"}]},
        # a `false` arm matches nothing: the union is the other arm
        "OneOf": {"oneOf": [{"type": "integer"}, False]},
        "Both": {"anyOf": [False, {"type": "string"}, False, {"type": "integer"}]},
    }
    api, _ = parse_dict(tmp_path, minimal_spec(components={"schemas": schemas}))
    assert field(api, "AllOf", "a").type == STR
    assert _alias(api, "AnyOf") == ANY
    assert _alias(api, "OneOf") == INT
    assert _alias(api, "Both") == ir.TypeRef(kind="union", args=(STR, INT))


def test_boolean_schemas_in_prefix_items_pattern_properties_and_defs(tmp_path: Path) -> None:
    schemas = {
        "Tuple": {"type": "array", "prefixItems": [True, {"type": "string"}, False]},
        "Obj": {
            "type": "object",
            "patternProperties": {"^x-": True},
            "$defs": {"Free": True},
            "properties": {"f": {"$ref": "#/components/schemas/Obj/$defs/Free"}},
        },
    }
    api, _ = parse_dict(tmp_path, minimal_spec(components={"schemas": schemas}))
    assert _alias(api, "Tuple").kind == "list"
    assert model(api, "Obj").fields[0].wire_name == "f"


def test_parameter_body_response_and_header_schemas_may_be_booleans(tmp_path: Path) -> None:
    paths = {
        "/a": {
            "post": {
                "operationId": "postA",
                "parameters": [
                    {"name": "q", "in": "query", "schema": True},
                    {"name": "r", "in": "query", "schema": False},
                ],
                "requestBody": {"content": {"application/json": {"schema": True}}},
                "responses": {
                    "200": {
                        "description": "ok",
                        "headers": {"X-H": {"schema": True}},
                        "content": {"application/json": {"schema": True}},
                    },
                    "400": {
                        "description": "bad",
                        "content": {"application/json": {"schema": False}},
                    },
                },
            }
        }
    }
    api, _ = parse_dict(tmp_path, minimal_spec(paths=paths))
    post = operation(api, "post_a")
    assert {p.wire_name: p.type for p in post.params} == {"q": ANY, "r": ANY}
    assert post.return_type == ANY
