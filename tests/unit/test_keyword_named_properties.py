"""Properties named like schema keywords are properties: normalisation knows a map of names
(`properties`, `$defs`, `components/schemas`) from a schema, and never reads a name as a
keyword (two public specs were refused: `.../properties/properties/readOnly: Input should be
a valid boolean`)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from generator import ir
from generator.load import load_spec
from tests.helpers import imported_sdk, minimal_spec, model, parse_dict, write_spec

KEYWORD_NAMES = ("properties", "items", "nullable", "readOnly", "type", "example")


def _thing(version: str) -> dict[str, Any]:
    properties: dict[str, Any] = {
        "properties": {
            "type": "object",
            "readOnly": True,
            "properties": {"x": {"type": "string"}},
        },
        "items": {"type": "array", "items": {"type": "string"}, "readOnly": True},
        "nullable": {"type": "boolean", "readOnly": True},
        "readOnly": {"type": "boolean", "readOnly": True},
        "type": {"type": "string", "readOnly": True},
        "example": {"type": "string", "readOnly": True, "example": "e"},
        "name": {"type": "string"},
    }
    if version.startswith("3.1"):
        # boolean schemas under names that are keywords whose value may be a boolean
        properties["required"] = True
        properties["exclusiveMinimum"] = True
    return {
        "type": "object",
        "required": ["type", "name"],
        "properties": properties,
        # data that looks like a 3.0 schema stays as written
        "example": {"minimum": 1, "exclusiveMinimum": True},
    }


def _spec(version: str) -> dict[str, Any]:
    schemas = {"Thing": _thing(version), "properties": {"type": "string", "readOnly": True}}
    return minimal_spec(openapi=version, components={"schemas": schemas})


@pytest.mark.parametrize("version", ["3.0.3", "3.1.0"])
def test_properties_named_like_keywords_keep_their_schemas(version: str, tmp_path: Path) -> None:
    api, _ = parse_dict(tmp_path, _spec(version))
    fields = {f.wire_name: f for f in model(api, "Thing").fields}
    for name in KEYWORD_NAMES:
        assert fields[name].read_only, name
    assert not fields["name"].read_only
    assert fields["properties"].type.kind == "named"  # an inline model
    assert fields["items"].type.kind == "list"
    assert fields["nullable"].type == ir.TypeRef(kind="scalar", scalar="bool")
    if version.startswith("3.1"):
        assert {"required", "exclusiveMinimum"} <= fields.keys()
    document = load_spec(write_spec(tmp_path, _spec(version))).document
    thing = document["components"]["schemas"]["Thing"]
    assert thing["example"] == {"minimum": 1, "exclusiveMinimum": True}
    # a schema named like a keyword, in the map of schemas
    assert document["components"]["schemas"]["properties"]["readOnly"] is True


@pytest.mark.parametrize("version", ["3.0.3", "3.1.0"])
def test_a_model_with_keyword_named_properties_is_generated_and_reads_them(
    version: str, tmp_path: Path
) -> None:
    wire = {
        "properties": {"x": "a"},
        "items": ["i"],
        "nullable": True,
        "readOnly": False,
        "type": "t",
        "example": "e",
        "name": "n",
    }
    package = "kwprops" + version.replace(".", "")
    with imported_sdk(tmp_path, _spec(version), package) as (sdk, _warnings):
        thing = sdk.models.Thing.model_validate(wire)
        assert thing.model_dump(by_alias=True, exclude_unset=True) == wire
