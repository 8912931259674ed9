"""Bundling external refs: which keys hold data (left alone) and which hold names."""

from __future__ import annotations

from pathlib import Path

from tests.helpers import field, minimal_spec, model, operation, parse_dict, write_spec

ERR = {"type": "object", "properties": {"code": {"type": "integer"}}}


def _other_file(tmp_path: Path) -> None:
    write_spec(
        tmp_path,
        {
            "Err": {"description": "error", "content": {"application/json": {"schema": ERR}}},
            "Schemas": {"E": ERR, "V": {"type": "object", "properties": {"v": {"type": "string"}}}},
        },
        "other.json",
    )


def test_a_default_response_ref_to_another_file_is_followed(tmp_path: Path) -> None:
    # `default` here is a status, not a default value
    _other_file(tmp_path)
    paths = {
        "/a": {
            "get": {
                "operationId": "getA",
                "responses": {"200": {"description": "ok"}, "default": {"$ref": "other.json#/Err"}},
            }
        }
    }
    api, _ = parse_dict(tmp_path, minimal_spec(paths=paths))
    (default,) = [r for r in operation(api, "get_a").errors if r.status == "default"]
    assert default.description == "error"  # the response from other.json
    assert default.type is not None and default.type.name == "GetAError"
    assert field(api, "GetAError", "code").type.scalar == "int"


def test_a_default_response_whose_schema_refs_another_file(tmp_path: Path) -> None:
    _other_file(tmp_path)
    schema = {"$ref": "other.json#/Schemas/E"}
    paths = {
        "/a": {
            "get": {
                "operationId": "getA",
                "responses": {
                    "default": {
                        "description": "error",
                        "content": {"application/json": {"schema": schema}},
                    }
                },
            }
        }
    }
    api, _ = parse_dict(tmp_path, minimal_spec(paths=paths))
    assert field(api, "E", "code").type.scalar == "int"


def test_component_schemas_named_like_data_keys(tmp_path: Path) -> None:
    _other_file(tmp_path)
    schemas = {
        "value": {"$ref": "other.json#/Schemas/V"},
        "default": {"type": "object", "properties": {"e": {"$ref": "other.json#/Schemas/E"}}},
        "enum": {"type": "object", "properties": {"d": {"$ref": "#/components/schemas/default"}}},
    }
    api, _ = parse_dict(tmp_path, minimal_spec(components={"schemas": schemas}))
    assert field(api, "E", "code").type.scalar == "int"
    assert field(api, "V", "v").type.scalar == "str"
    assert model(api, "Enum").fields[0].wire_name == "d"


def test_data_keys_of_objects_stay_data(tmp_path: Path) -> None:
    # a `$ref` inside a default, an example or an enum value is text: not followed
    schemas = {
        "A": {
            "type": "object",
            "properties": {
                "a": {"type": "object"},
                "b": {"type": "string", "enum": ["x"], "const": "x"},
                "c": {"type": "object", "enum": [{"$ref": "missing.json#/Z"}]},
            },
            "default": {"a": {"$ref": "missing.json#/X"}},
            "example": {"$ref": "missing.json#/Y"},
        }
    }
    api, _ = parse_dict(tmp_path, minimal_spec(components={"schemas": schemas}))
    assert model(api, "A").fields[0].wire_name == "a"
