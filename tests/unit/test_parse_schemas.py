"""Schema corner cases on small specs of their own."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from generator import ir
from generator.errors import SpecError
from generator.parse.schemas import ANY
from tests.helpers import field, minimal_spec, model, named, operation, parse_dict, write_spec


def with_schemas(schemas: dict[str, Any], **extra: Any) -> dict[str, Any]:
    return minimal_spec(components={"schemas": schemas}, **extra)


def test_openapi_30_nullable_and_31_type_arrays(tmp_path: Path) -> None:
    for version, schema in (
        ("3.0.3", {"type": "string", "nullable": True}),
        ("3.1.0", {"type": ["string", "null"]}),
    ):
        spec = with_schemas(
            {"A": {"type": "object", "required": ["x"], "properties": {"x": schema}}}
        )
        spec["openapi"] = version
        api, _ = parse_dict(tmp_path, spec)
        x = field(api, "A", "x")
        assert x.required and x.type == ir.TypeRef(kind="scalar", scalar="str", nullable=True), (
            version
        )


def test_enum_member_names_that_collide_stay_distinct(tmp_path: Path) -> None:
    api, _ = parse_dict(
        tmp_path,
        with_schemas(
            {"Order": {"type": "string", "enum": ["asc", "ASC", "a-b", "a_b", "", "1st"]}}
        ),
    )
    enum = named(api, "Order")
    assert isinstance(enum, ir.Enum)
    names = [m.name for m in enum.members]
    assert len(set(names)) == 6
    assert names[0] == "ASC" and names[4] == "EMPTY" and names[5] == "VALUE_1ST"
    assert [m.value for m in enum.members] == ["asc", "ASC", "a-b", "a_b", "", "1st"]


def test_integer_enum_and_null_member(tmp_path: Path) -> None:
    api, _ = parse_dict(
        tmp_path,
        with_schemas(
            {
                "Level": {"type": ["integer", "null"], "enum": [1, -2, None]},
                "Box": {
                    "type": "object",
                    "properties": {"level": {"$ref": "#/components/schemas/Level"}},
                },
            }
        ),
    )
    level = named(api, "Level")
    assert isinstance(level, ir.Enum) and [m.name for m in level.members] == [
        "VALUE_1",
        "VALUE_MINUS_2",
    ]
    assert field(api, "Box", "level").type.nullable


def test_schema_names_differing_by_case_get_distinct_classes(tmp_path: Path) -> None:
    schemas = {
        "Pet": {"type": "object", "properties": {"a": {"type": "string"}}},
        "pet": {"type": "object", "properties": {"b": {"type": "string"}}},
    }
    api, _ = parse_dict(tmp_path, with_schemas(schemas))
    assert model(api, "Pet").fields[0].wire_name == "a"
    assert model(api, "Pet2").fields[0].wire_name == "b"
    modules = dict(api.exports)
    assert modules["Pet"] != modules["Pet2"]


def test_mutual_recursion_shares_a_module(tmp_path: Path) -> None:
    schemas = {
        "A": {"type": "object", "properties": {"b": {"$ref": "#/components/schemas/B"}}},
        "B": {"type": "object", "properties": {"a": {"$ref": "#/components/schemas/A"}}},
        "C": {"type": "object", "properties": {"a": {"$ref": "#/components/schemas/A"}}},
    }
    api, _ = parse_dict(tmp_path, with_schemas(schemas))
    modules = dict(api.exports)
    assert modules["A"] == modules["B"] != modules["C"]
    module_c = next(m for m in api.modules if m.name == modules["C"])
    assert module_c.imports == ((modules["A"], "A"),)


def test_dangling_schema_ref_is_any_with_a_warning_naming_the_pointer(tmp_path: Path) -> None:
    spec = with_schemas(
        {
            "A": {
                "type": "object",
                "properties": {
                    "b": {"$ref": "#/components/schemas/Missing"},
                    "c": {"type": "array", "items": {"$ref": "#/components/schemas/Missing"}},
                },
            }
        }
    )
    api, warnings = parse_dict(tmp_path, spec)
    assert field(api, "A", "b").type == ANY
    assert field(api, "A", "c").type == ir.TypeRef(kind="list", args=(ANY,))
    assert [w.pointer for w in warnings] == [
        "/components/schemas/A/properties/b/$ref",
        "/components/schemas/A/properties/c/items/$ref",
    ]
    assert "'#/components/schemas/Missing' points to nothing; typed as Any" in warnings[0].message


def test_dangling_ref_outside_schemas_is_still_an_error(tmp_path: Path) -> None:
    spec = minimal_spec(
        paths={
            "/a": {
                "get": {
                    "parameters": [{"$ref": "#/components/parameters/Missing"}],
                    "responses": {"204": {"description": "ok"}},
                }
            }
        }
    )
    with pytest.raises(SpecError) as caught:
        parse_dict(tmp_path, spec)
    assert "#/paths/~1a/get/parameters/0/$ref" in str(caught.value)
    assert "points to nothing" in str(caught.value)


def test_cycle_of_pure_refs_is_an_error(tmp_path: Path) -> None:
    spec = with_schemas(
        {
            "A": {"$ref": "#/components/schemas/B"},
            "B": {"$ref": "#/components/schemas/A"},
            "C": {"type": "object", "properties": {"a": {"$ref": "#/components/schemas/A"}}},
        }
    )
    with pytest.raises(SpecError, match="cycle"):
        parse_dict(tmp_path, spec)


def test_defaults_are_checked_against_the_type(tmp_path: Path) -> None:
    schemas = {
        "A": {
            "type": "object",
            "properties": {
                "n": {"type": "integer", "default": 3},
                "bad": {"type": "integer", "default": "three"},
                "tags": {"type": "array", "items": {"type": "string"}, "default": ["x"]},
            },
        }
    }
    api, warnings = parse_dict(tmp_path, with_schemas(schemas))
    assert field(api, "A", "n").default == ir.Default(value=3)
    assert field(api, "A", "tags").default == ir.Default(value=["x"])
    assert field(api, "A", "bad").default is None
    assert any("/properties/bad/default" in w.pointer for w in warnings)


def test_additional_properties_make_typed_dicts(tmp_path: Path) -> None:
    schemas = {
        "Counts": {"type": "object", "additionalProperties": {"type": "integer"}},
        "Free": {"type": "object"},
    }
    api, _ = parse_dict(tmp_path, with_schemas(schemas))
    counts = named(api, "Counts")
    assert isinstance(counts, ir.Alias)
    assert counts.type == ir.TypeRef(kind="dict", args=(ir.TypeRef(kind="scalar", scalar="int"),))
    free = named(api, "Free")
    assert isinstance(free, ir.Alias) and free.type.args[0].scalar == "any"


def test_untyped_and_const_schemas(tmp_path: Path) -> None:
    schemas = {"A": {"type": "object", "properties": {"anything": {}, "version": {"const": "v1"}}}}
    api, _ = parse_dict(tmp_path, with_schemas(schemas))
    assert field(api, "A", "anything").type.scalar == "any"
    assert field(api, "A", "version").type == ir.TypeRef(kind="literal", literal="v1")


def test_unknown_type_is_an_error_with_pointer(tmp_path: Path) -> None:
    with pytest.raises(SpecError) as caught:
        parse_dict(
            tmp_path,
            with_schemas({"A": {"type": "object", "properties": {"x": {"type": "strnig"}}}}),
        )
    assert "/components/schemas/A/properties/x" in str(caught.value)


def test_duplicate_operation_ids_are_disambiguated_with_a_warning(tmp_path: Path) -> None:
    paths = {
        "/a": {
            "get": {
                "operationId": "fetch",
                "tags": ["x"],
                "responses": {"204": {"description": "ok"}},
            }
        },
        "/b": {
            "get": {
                "operationId": "fetch",
                "tags": ["x"],
                "responses": {"204": {"description": "ok"}},
            }
        },
    }
    api, warnings = parse_dict(tmp_path, minimal_spec(paths=paths))
    assert [o.method_name for o in api.resources[0].operations] == ["fetch", "fetch2"]
    assert any("fetch2" in w.message for w in warnings)


def test_parameter_names_that_clash_with_method_keywords_are_renamed(tmp_path: Path) -> None:
    paths = {
        "/a/{class}": {
            "get": {
                "operationId": "getA",
                "parameters": [
                    {"name": "class", "in": "path", "required": True, "schema": {"type": "string"}},
                    {"name": "timeout", "in": "query", "schema": {"type": "integer"}},
                    {"name": "body", "in": "query", "schema": {"type": "string"}},
                    {"name": "Accept", "in": "header", "schema": {"type": "string"}},
                ],
                "responses": {
                    "200": {
                        "description": "ok",
                        "content": {
                            "application/json": {
                                "schema": {"type": "array", "items": {"type": "string"}}
                            }
                        },
                    }
                },
            }
        }
    }
    api, _ = parse_dict(tmp_path, minimal_spec(paths=paths))
    op = operation(api, "get_a")
    assert [p.name for p in op.path_params] == ["class_"]
    assert [p.name for p in op.params] == ["timeout_", "body_"]  # Accept is the client's to set
    assert op.return_type == ir.TypeRef(
        kind="list", args=(ir.TypeRef(kind="scalar", scalar="str"),)
    )


def test_path_level_parameters_are_overridden_per_operation(tmp_path: Path) -> None:
    paths = {
        "/a": {
            "parameters": [
                {"name": "q", "in": "query", "schema": {"type": "string"}},
                {"name": "k", "in": "query", "schema": {"type": "string"}},
            ],
            "get": {
                "operationId": "getA",
                "parameters": [
                    {"name": "q", "in": "query", "required": True, "schema": {"type": "integer"}}
                ],
                "responses": {"204": {"description": "ok"}},
            },
        }
    }
    api, _ = parse_dict(tmp_path, minimal_spec(paths=paths))
    params = {p.wire_name: p for p in operation(api, "get_a").params}
    assert params["q"].required and params["q"].type.scalar == "int"
    assert "k" in params


def test_external_refs_are_bundled(tmp_path: Path) -> None:
    (tmp_path / "common").mkdir()
    write_spec(
        tmp_path / "common",
        {
            "components": {
                "schemas": {
                    "Money": {
                        "type": "object",
                        "properties": {"currency": {"$ref": "#/components/schemas/Currency"}},
                    },
                    "Currency": {"type": "string", "enum": ["EUR"]},
                }
            }
        },
        "types.json",
    )
    spec = with_schemas(
        {
            "Price": {
                "type": "object",
                "properties": {"amount": {"$ref": "common/types.json#/components/schemas/Money"}},
            }
        }
    )
    api, _ = parse_dict(tmp_path, spec)
    assert field(api, "Price", "amount").type.name == "Money"
    assert field(api, "Money", "currency").type.name == "Currency"


def test_missing_external_file_is_an_error(tmp_path: Path) -> None:
    spec = with_schemas({"A": {"$ref": "nope.yaml#/components/schemas/A"}})
    with pytest.raises(SpecError, match="nope.yaml"):
        parse_dict(tmp_path, spec)


def test_discriminator_with_variants_defined_later_and_inline(tmp_path: Path) -> None:
    schemas = {
        # the union comes first: its variants are not defined yet when it is parsed
        "Shape": {
            "oneOf": [
                {"$ref": "#/components/schemas/Circle"},
                {
                    "type": "object",
                    "properties": {
                        "kind": {"type": "string", "enum": ["square"]},
                        "side": {"type": "number"},
                    },
                },
                {"type": "null"},
            ],
            "discriminator": {"propertyName": "kind"},
        },
        "Circle": {
            "type": "object",
            "properties": {"kind": {"const": "circle"}, "r": {"type": "number"}},
        },
    }
    api, warnings = parse_dict(tmp_path, with_schemas(schemas))
    assert warnings == []
    shape = named(api, "Shape")
    assert isinstance(shape, ir.Alias) and shape.type.nullable
    assert shape.type.discriminator is not None
    # no mapping: the schema name, and the value the variant's own property allows
    assert dict(shape.type.discriminator.mapping) == {
        "Circle": "Circle",
        "circle": "Circle",
        "square": "ShapeSquare",
    }


def test_discriminator_over_non_objects_falls_back_to_a_plain_union(tmp_path: Path) -> None:
    schemas = {
        "U": {
            "oneOf": [{"type": "string"}, {"type": "integer"}],
            "discriminator": {"propertyName": "k"},
        }
    }
    api, warnings = parse_dict(tmp_path, with_schemas(schemas))
    union = named(api, "U")
    assert (
        isinstance(union, ir.Alias)
        and union.type.kind == "union"
        and union.type.discriminator is None
    )
    assert any("discriminator ignored" in w.message for w in warnings)


def test_refs_inside_vendor_extensions_are_left_alone(tmp_path: Path) -> None:
    spec = with_schemas(
        {
            "A": {
                "type": "object",
                "properties": {"a": {"type": "string"}},
                "x-policy": {"$ref": "missing.yaml#/nowhere"},
            }
        }
    )
    api, _ = parse_dict(tmp_path, spec)
    assert model(api, "A").fields[0].wire_name == "a"


def test_boolean_subschemas_and_swagger_style_required(tmp_path: Path) -> None:
    schemas = {
        "A": {
            "type": "object",
            "unevaluatedProperties": False,
            "properties": {
                "free": True,
                "list": {"type": "array", "items": True},
                "name": {"type": "string", "required": True},
            },
        }
    }
    api, _ = parse_dict(tmp_path, with_schemas(schemas))
    assert field(api, "A", "free").type.scalar == "any"
    assert field(api, "A", "list_").type == ir.TypeRef(
        kind="list", args=(ir.TypeRef(kind="scalar", scalar="any"),)
    )
    assert not field(api, "A", "name").required


def test_validation_errors_point_at_the_schema_not_at_the_ref_branch(tmp_path: Path) -> None:
    spec = with_schemas(
        {"A": {"type": "object", "properties": {"n": {"type": "integer", "maxLength": "ten"}}}}
    )
    with pytest.raises(SpecError) as caught:
        parse_dict(tmp_path, spec)
    message = str(caught.value)
    assert "#/components/schemas/A/properties/n/maxLength" in message
    assert "$ref" not in message
