"""Schema corner cases on small specs of their own."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from generator import ir
from generator.cli import main
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
    api, warnings = parse_dict(tmp_path, minimal_spec(paths=paths), naming="operation-id")
    # the second takes a word from its path, not a number, and is warned about
    assert [o.method_name for o in api.resources[0].operations] == ["fetch", "fetch_by_b"]
    assert any("client.x.fetch_by_b (not fetch)" in w.message for w in warnings)
    # named by the rules, the two need no number; the duplicate is still reported
    api, warnings = parse_dict(tmp_path, minimal_spec(paths=paths))
    assert [r.path for r in api.resources[0].children] == ["x.a", "x.b"]
    assert any("duplicate operationId 'fetch'" in w.message for w in warnings)


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


def test_a_schema_in_a_missing_external_file_is_any_with_a_warning(tmp_path: Path) -> None:
    spec = with_schemas({"A": {"$ref": "nope.yaml#/components/schemas/A"}})
    api, warnings = parse_dict(tmp_path, spec)
    assert [w.pointer for w in warnings] == ["/components/schemas/A/$ref"]
    assert "file nope.yaml not found; typed as Any" in warnings[0].message
    alias = named(api, "A")
    assert isinstance(alias, ir.Alias) and alias.type.scalar == "any"


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


def test_a_default_is_valid_when_one_arm_of_a_union_takes_it(tmp_path: Path) -> None:
    schemas = {
        "A": {
            "type": "object",
            "properties": {
                "mode": {
                    "oneOf": [{"type": "string", "enum": ["auto"]}, {"type": "integer"}],
                    "default": "auto",
                },
                "count": {"anyOf": [{"type": "integer"}, {"type": "number"}], "default": 0},
                "limit": {"oneOf": [{"type": "integer"}, {"type": "string"}], "default": "none"},
                "bad": {"anyOf": [{"type": "integer"}, {"type": "boolean"}], "default": "x"},
            },
        }
    }
    api, warnings = parse_dict(tmp_path, with_schemas(schemas))
    mode = field(api, "A", "mode").default
    assert mode is not None and mode.value == "auto" and mode.enum_member == "AUTO"
    assert field(api, "A", "count").default == ir.Default(value=0)
    assert field(api, "A", "limit").default == ir.Default(value="none")
    assert field(api, "A", "bad").default is None
    assert [w.pointer for w in warnings] == ["/components/schemas/A/properties/bad/default"]


def test_defaults_of_dates_uuids_and_aliases_are_kept(tmp_path: Path) -> None:
    schemas = {
        "A": {
            "type": "object",
            "properties": {
                "day": {"type": "string", "format": "date", "default": "2024-01-02"},
                "at": {"type": "string", "format": "date-time", "default": "2024-01-02T03:04:05Z"},
                "id": {
                    "type": "string",
                    "format": "uuid",
                    "default": "00000000-0000-0000-0000-000000000000",
                },
                "name": {"$ref": "#/components/schemas/Name", "default": "main"},
                "wrapped": {"allOf": [{"$ref": "#/components/schemas/Name"}], "default": "x"},
                "names": {
                    "type": "array",
                    "items": {"$ref": "#/components/schemas/Name"},
                    "default": ["a", "b"],
                },
                "limit": {"$ref": "#/components/schemas/Limit", "default": 10},
                "bad_day": {"type": "string", "format": "date", "default": "yesterday"},
            },
        },
        # defined after A: the default is checked before its turn in the spec's order
        "Name": {"type": "string", "maxLength": 20},
        "Limit": {"allOf": [{"$ref": "#/components/schemas/Count"}]},
        "Count": {"type": "integer"},
    }
    api, warnings = parse_dict(tmp_path, with_schemas(schemas))
    assert field(api, "A", "day").default == ir.Default(value="2024-01-02", parse_as="date")
    assert field(api, "A", "at").default == ir.Default(
        value="2024-01-02T03:04:05Z", parse_as="datetime"
    )
    assert field(api, "A", "id").default == ir.Default(
        value="00000000-0000-0000-0000-000000000000", parse_as="uuid"
    )
    assert field(api, "A", "name").default == ir.Default(value="main")
    assert field(api, "A", "wrapped").default == ir.Default(value="x")
    assert field(api, "A", "names").default == ir.Default(value=["a", "b"])
    assert field(api, "A", "limit").default == ir.Default(value=10)
    assert field(api, "A", "bad_day").default is None
    assert [w.pointer for w in warnings] == ["/components/schemas/A/properties/bad_day/default"]


def test_kept_defaults_are_objects_of_the_field_type_at_run_time(tmp_path: Path) -> None:
    spec = with_schemas(
        {
            "A": {
                "type": "object",
                "properties": {
                    "day": {"type": "string", "format": "date", "default": "2024-01-02"},
                    "at": {
                        "type": "string",
                        "format": "date-time",
                        "default": "2024-01-02T03:04:05Z",
                    },
                    "id": {
                        "type": "string",
                        "format": "uuid",
                        "default": "0" * 8 + "-0000" * 3 + "-" + "0" * 12,
                    },
                    "when": {"$ref": "#/components/schemas/Day", "default": "2020-02-02"},
                    "mode": {
                        "oneOf": [{"type": "string", "enum": ["auto"]}, {"type": "integer"}],
                        "default": "auto",
                    },
                    # an enum of another module, through an alias of a union (Oxide)
                    "pool": {"allOf": [{"$ref": "#/components/schemas/Pool"}], "default": "b"},
                },
            },
            "Day": {"type": "string", "format": "date"},
            "Pool": {
                "oneOf": [{"type": "string", "enum": ["a"]}, {"type": "string", "enum": ["b"]}]
            },
        }
    )
    out = tmp_path / "sdk"
    assert main(["generate", str(write_spec(tmp_path, spec)), "-o", str(out), "-q"]) == 0
    script = (
        "import datetime, uuid; from sdk.models import A; a = A(); "
        "assert a.day == datetime.date(2024, 1, 2), a.day; "
        "assert a.at == datetime.datetime(2024, 1, 2, 3, 4, 5, tzinfo=datetime.UTC), a.at; "
        "assert a.id == uuid.UUID(int=0), a.id; "
        "assert a.when == datetime.date(2020, 2, 2), a.when; "
        "assert a.mode.value == 'auto', a.mode; "
        "assert a.pool.value == 'b', a.pool"
    )
    result = subprocess.run(
        [sys.executable, "-c", script], cwd=out, capture_output=True, text=True, check=False
    )
    assert result.returncode == 0, result.stderr


def test_identical_inline_response_schemas_are_one_type(tmp_path: Path) -> None:
    bucket = {"type": "object", "properties": {"name": {"type": "string"}}}
    other = {"type": "object", "properties": {"size": {"type": "integer"}}}
    spec = minimal_spec(
        paths={
            "/buckets": {
                "post": {
                    "operationId": "createBucket",
                    "responses": {
                        "200": {
                            "description": "",
                            "content": {"application/json": {"schema": bucket}},
                        },
                        "201": {
                            "description": "",
                            "content": {"application/json": {"schema": dict(bucket)}},
                        },
                        "202": {
                            "description": "",
                            "content": {"application/json": {"schema": other}},
                        },
                    },
                }
            }
        }
    )
    api, _ = parse_dict(tmp_path, spec)
    op = operation(api, "create_bucket")
    first, second, third = (response.type for response in op.responses)
    assert first == second and first is not None and first.kind == "named"
    assert third != first
    assert op.return_type == ir.TypeRef(kind="union", args=(first, third))


def test_an_any_of_of_required_lists_keeps_the_object(tmp_path: Path) -> None:
    props = {name: {"type": "string"} for name in ("a", "b", "c", "d")}
    schemas = {
        "Query": {
            "type": "object",
            "properties": props,
            "anyOf": [{"required": ["a"]}, {"required": ["b"]}],
        },
        "Either": {
            "properties": props,
            "oneOf": [{"required": ["c"]}, {"type": "object", "maxProperties": 0}],
        },
        "Lost": {"properties": props, "anyOf": [{}, {"type": "string"}]},
    }
    api, warnings = parse_dict(tmp_path, with_schemas(schemas))
    assert [f.wire_name for f in model(api, "Query").fields] == ["a", "b", "c", "d"]
    assert [f.wire_name for f in model(api, "Either").fields] == ["a", "b", "c", "d"]
    lost = named(api, "Lost")
    assert isinstance(lost, ir.Alias) and lost.type == ANY
    assert [(w.pointer, w.message) for w in warnings] == [
        (
            "/components/schemas/Lost",
            "an object with properties and a oneOf/anyOf of other types; typed as Any",
        )
    ]


def test_recursive_and_dynamic_refs_refer_to_their_component(tmp_path: Path) -> None:
    schemas = {
        "Tree": {
            "$recursiveAnchor": True,
            "type": "object",
            "properties": {"children": {"type": "array", "items": {"$recursiveRef": "#"}}},
        },
        "Node": {
            "$dynamicAnchor": "node",
            "type": "object",
            "properties": {"next": {"$dynamicRef": "#node"}},
        },
    }
    spec = with_schemas(
        schemas,
        paths={
            "/x": {
                "get": {
                    "operationId": "x",
                    "responses": {
                        "200": {
                            "description": "",
                            "content": {"application/json": {"schema": {"$recursiveRef": "#"}}},
                        }
                    },
                }
            }
        },
    )
    api, warnings = parse_dict(tmp_path, spec)
    tree = ir.TypeRef(kind="named", name="Tree")
    assert field(api, "Tree", "children").type == ir.TypeRef(kind="list", args=(tree,))
    assert field(api, "Node", "next").type == ir.TypeRef(kind="named", name="Node")
    assert operation(api, "x").return_type == ANY
    assert [w.message for w in warnings] == [
        "$recursiveRef '#' outside a component schema; typed as Any"
    ]


def test_a_map_of_itself_is_a_model_not_any(tmp_path: Path) -> None:
    schemas = {
        "Tree": {"type": "object", "additionalProperties": {"$ref": "#/components/schemas/Tree"}},
        "Forest": {
            "type": "object",
            "additionalProperties": {
                "type": "array",
                "items": {"$ref": "#/components/schemas/Forest"},
            },
        },
        "Holder": {"type": "object", "properties": {"tree": {"$ref": "#/components/schemas/Tree"}}},
    }
    api, warnings = parse_dict(tmp_path, with_schemas(schemas))
    assert warnings == []
    for name in ("Tree", "Forest"):
        tree = model(api, name)
        assert tree.fields == () and tree.extra_keys
    assert field(api, "Holder", "tree").type == ir.TypeRef(kind="named", name="Tree")
