"""The value synthesis and the Prism copy of scripts/contract (no Prism, no network)."""

from __future__ import annotations

import re
import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "scripts"))

from _contract_values import (
    Binary,
    media_value,
    number_value,
    parameter_value,
    prism_document,
    schema_value,
    string_value,
)

DOC: dict[str, Any] = {
    "openapi": "3.0.3",
    "components": {
        "schemas": {
            "Pet": {
                "type": "object",
                "required": ["id", "name", "kind"],
                "properties": {
                    "id": {"type": "integer", "readOnly": True},
                    "name": {"type": "string", "minLength": 2},
                    "kind": {"type": "string", "enum": ["cat", "dog"]},
                    "tag": {"type": "string"},
                },
            },
            "Cat": {
                "type": "object",
                "required": ["type", "lives"],
                "properties": {"type": {"type": "string"}, "lives": {"type": "integer"}},
            },
            "Dog": {
                "type": "object",
                "required": ["type"],
                "properties": {"type": {"type": "string"}},
            },
            "Node": {
                "type": "object",
                "required": ["next"],
                "properties": {"next": {"$ref": "#/components/schemas/Node"}},
            },
        },
        "examples": {"one": {"value": {"name": "Rex"}}},
    },
}


def value(schema: Any, **kwargs: Any) -> Any:
    return schema_value(schema, DOC, **kwargs)


def test_scalars_by_type_and_format() -> None:
    assert value({"type": "boolean"}) is True
    assert value({"type": "string", "format": "date-time"}) == "2024-01-02T03:04:05Z"
    assert value({"type": "string", "format": "uuid"}) == "3fa85f64-5717-4562-b3fc-2c963f66afa6"
    assert value({"type": "string", "format": "email"}) == "user@example.com"
    assert isinstance(value({"type": "string", "format": "binary"}), Binary)
    assert value({"type": ["null", "integer"]}) == 1


def test_examples_defaults_and_enums_come_first() -> None:
    assert value({"type": "string", "example": "hi", "default": "x"}) == "hi"
    assert value({"type": "string", "examples": ["a1"]}) == "a1"
    assert value({"type": "integer", "default": 7}) == 7
    assert value({"type": "string", "enum": [None, "b", "c"]}) == "b"
    assert value({"const": "fixed"}) == "fixed"


def test_number_bounds() -> None:
    assert number_value({"minimum": 10}, True) == 10
    assert number_value({"maximum": 0}, True) == 0
    assert number_value({"minimum": 0, "exclusiveMinimum": True}, True) == 1
    assert number_value({"exclusiveMinimum": 5}, True) == 6
    assert number_value({"minimum": 3, "multipleOf": 5}, True) == 5
    assert number_value({"minimum": -5, "maximum": -1}, False) == -5


def test_strings_meet_length_and_simple_patterns() -> None:
    assert len(string_value({"minLength": 10})) >= 10
    assert len(string_value({"maxLength": 2})) <= 2
    for pattern in (r"^[A-Z]{2}$", r"^\d{4}$", r"^[a-z]+$", r"^[A-Z]{3}$"):
        assert re.search(pattern, string_value({"pattern": pattern})), pattern
    # built from the pattern's parse tree
    for pattern in (r"^zz\d{9}q$", "^arn:aws:[a-z]+:.*", "payTo|upi_collect", r"^[^/]+/\w{3,}$"):
        assert re.search(pattern, string_value({"pattern": pattern})), pattern
    # a pattern neither the tree nor the candidates meet: a plain string
    assert string_value({"pattern": r"^(zq)\1$"}) == "string"


def test_object_required_properties_only_without_read_only() -> None:
    pet = value({"$ref": "#/components/schemas/Pet"})
    assert pet == {"name": "string", "kind": "cat"}
    at_least = {"type": "object", "minProperties": 2, "properties": {"a": {"type": "integer"}}}
    assert value(at_least) == {"a": 1, "key2": "string"}
    tags = {"type": "object", "minProperties": 1, "additionalProperties": {"type": "string"}}
    assert value(tags) == {"key1": "string"}
    # in a response, readOnly properties are there
    assert value({"$ref": "#/components/schemas/Pet"}, writing=False)["id"] == 1


def test_arrays_all_of_and_one_of_with_discriminator() -> None:
    assert value({"type": "array", "items": {"type": "integer"}, "minItems": 2}) == [1, 1]
    merged = value(
        {
            "allOf": [
                {"$ref": "#/components/schemas/Dog"},
                {"type": "object", "required": ["age"], "properties": {"age": {"type": "integer"}}},
            ]
        }
    )
    assert merged == {"type": "string", "age": 1}
    union = {
        "oneOf": [{"$ref": "#/components/schemas/Cat"}, {"$ref": "#/components/schemas/Dog"}],
        "discriminator": {
            "propertyName": "type",
            "mapping": {"cat": "#/components/schemas/Cat"},
        },
    }
    assert value(union) == {"type": "cat", "lives": 1}
    nullable = {"anyOf": [{"type": "null"}, {"type": "string", "format": "date"}]}
    assert value(nullable) == "2024-01-02"


def test_recursive_schema_terminates() -> None:
    node = value({"$ref": "#/components/schemas/Node"})
    assert isinstance(node, dict)


def test_parameter_and_media_examples() -> None:
    assert parameter_value({"name": "q", "in": "query", "example": 5}, DOC) == (True, 5)
    named = {"name": "q", "in": "query", "examples": {"a": {"value": "x"}}}
    assert parameter_value(named, DOC) == (True, "x")
    assert parameter_value({"name": "q", "in": "query", "schema": {"type": "integer"}}, DOC) == (
        False,
        1,
    )
    content = {"content": {"application/json": {"schema": {"type": "object"}}}}
    assert parameter_value({"name": "f", "in": "query", **content}, DOC) == (False, {})
    media = {"examples": {"first": {"$ref": "#/components/examples/one"}}}
    assert media_value(media, DOC) == {"name": "Rex"}
    assert media_value({"schema": {"$ref": "#/components/schemas/Dog"}}, DOC) == {"type": "string"}


def test_prism_copy_drops_refs_inside_values_and_lists_remote_refs() -> None:
    document = {
        "paths": {
            "/a": {
                "get": {
                    "responses": {
                        "200": {
                            "content": {
                                "application/json": {
                                    "schema": {"$ref": "#/components/schemas/A"},
                                    "example": {"$ref": "https://example.com/a.json", "n": 1},
                                    "examples": {
                                        "x": {"value": {"$ref": "x.json"}},
                                        "y": {"$ref": "#/components/examples/y"},
                                    },
                                }
                            }
                        }
                    },
                    "x-code": {"$ref": "elsewhere.json"},
                }
            }
        },
        "components": {
            "schemas": {
                "A": {
                    "properties": {"example": {"$ref": "#/components/schemas/B"}},
                    "default": {"$ref": "#/nope"},
                },
                "B": {"$ref": "other.yaml#/B"},
            }
        },
    }
    copy, remote = prism_document(document)
    media = copy["paths"]["/a"]["get"]["responses"]["200"]["content"]["application/json"]
    assert media["example"] == {"n": 1}
    assert media["examples"]["x"] == {"value": {}}
    assert media["examples"]["y"] == {"$ref": "#/components/examples/y"}
    assert copy["paths"]["/a"]["get"]["x-code"] == {}
    schemas = copy["components"]["schemas"]
    assert schemas["A"]["properties"]["example"] == {"$ref": "#/components/schemas/B"}
    assert schemas["A"]["default"] == {}
    assert remote == ["other.yaml#/B"]


def test_prism_copy_declares_wildcard_json_responses_as_json() -> None:
    """Prism answers a `*/*` response 406 or 500; the SDK reads it as JSON, so Prism's copy
    says JSON. A binary download and a response that also declares JSON are left alone."""
    obj = {"schema": {"$ref": "#/components/schemas/A"}}
    binary = {"schema": {"type": "string", "format": "binary"}}

    def op(content: dict[str, Any]) -> dict[str, Any]:
        return {"responses": {"200": {"description": "ok", "content": content}}}

    document = {
        "paths": {
            "/a": {"get": op({"*/*": obj}), "post": op({"application/*": obj})},
            "/b": {"get": op({"*/*": binary}), "put": op({"application/json": obj, "*/*": {}})},
        },
        "components": {"responses": {"R": {"description": "r", "content": {"*/*": obj}}}},
    }
    copy, _ = prism_document(document)

    def content(path: str, method: str) -> dict[str, Any]:
        return copy["paths"][path][method]["responses"]["200"]["content"]  # type: ignore[no-any-return]

    assert content("/a", "get") == {"application/json": obj}
    assert content("/a", "post") == {"application/json": obj}
    assert content("/b", "get") == {"*/*": binary}
    assert set(content("/b", "put")) == {"application/json", "*/*"}
    assert copy["components"]["responses"]["R"]["content"] == {"application/json": obj}
    assert "*/*" in document["paths"]["/a"]["get"]["responses"]["200"]["content"]  # not changed


def test_a_parameter_example_outside_its_enum_is_not_sent() -> None:
    """Box's `response_type` example is a random string; its enum allows only `code`."""
    parameter = {
        "name": "response_type",
        "in": "query",
        "example": "5idy",
        "schema": {"enum": ["code"]},
    }
    assert parameter_value(parameter, {}) == (False, "code")
    parameter["example"] = "code"
    assert parameter_value(parameter, {}) == (True, "code")


def test_prism_copy_drops_null_examples() -> None:
    """HubSpot's `example: null` beside a schema makes Prism answer a bare null."""
    media = {"schema": {"type": "object", "example": None}, "example": None}
    document = {
        "paths": {"/a": {"get": {"responses": {"200": {"content": {"application/json": media}}}}}}
    }
    copy, _ = prism_document(document)
    got = copy["paths"]["/a"]["get"]["responses"]["200"]["content"]["application/json"]
    assert got == {"schema": {"type": "object"}}
