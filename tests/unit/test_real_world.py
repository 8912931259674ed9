"""Real-world schema and parameter shapes, each on a small inline spec."""

from __future__ import annotations

import importlib
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from types import ModuleType
from typing import Any
from urllib.parse import unquote, unquote_plus

import httpx
import pytest

from generator import ir
from generator.config import SdkOptions
from generator.errors import SpecError
from generator.output import write_tree
from generator.parse.schemas import ANY
from generator.pipeline import generate_files
from tests.helpers import field, minimal_spec, model, named, operation, parse_dict, write_spec


def ok(schema: dict[str, Any] | None = None) -> dict[str, Any]:
    if schema is None:
        return {"204": {"description": "ok"}}
    return {"200": {"description": "ok", "content": {"application/json": {"schema": schema}}}}


def ref(name: str) -> dict[str, str]:
    return {"$ref": f"#/components/schemas/{name}"}


def json_body(schema: dict[str, Any]) -> dict[str, Any]:
    return {"required": True, "content": {"application/json": {"schema": schema}}}


@contextmanager
def generated(folder: Path, spec: dict[str, Any], package: str) -> Iterator[ModuleType]:
    """The package generated from `spec`, imported (and forgotten afterwards).

    These tests call the runtime, not the naming rules: methods keep their operationId
    names (`naming = "operation-id"`), untagged ones on the client.
    """
    folder.mkdir(parents=True, exist_ok=True)
    files = generate_files(write_spec(folder, spec), package, options=SdkOptions(naming="operation-id")).files
    write_tree(files, folder / "out")
    sys.path.insert(0, str(folder / "out"))
    try:
        yield importlib.import_module(package)
    finally:
        sys.path.remove(str(folder / "out"))
        for name in [n for n in sys.modules if n == package or n.startswith(package + ".")]:
            del sys.modules[name]


def recording_client(
    sdk: ModuleType, sent: list[httpx.Request], body: Any = None, base_url: str = "http://test"
) -> Any:
    def handler(request: httpx.Request) -> httpx.Response:
        sent.append(request)
        return httpx.Response(200, json=body) if body is not None else httpx.Response(204)

    transport = httpx.MockTransport(handler)
    return sdk.Client(base_url=base_url, http_client=httpx.Client(transport=transport))


def test_read_only_and_write_only_fields_are_optional_where_they_are_not_sent(
    tmp_path: Path,
) -> None:
    access = {
        "type": "object",
        "required": ["id", "password", "name"],
        "properties": {
            "id": {"type": "string", "readOnly": True},
            "password": {"type": "string", "writeOnly": True},
            "name": {"type": "string"},
        },
    }
    spec = minimal_spec(
        paths={
            "/both": {
                "post": {"requestBody": json_body(ref("Both")), "responses": ok(ref("Both"))}
            },
            "/in": {"post": {"requestBody": json_body(ref("In")), "responses": ok()}},
            "/out": {"get": {"responses": ok({"type": "array", "items": ref("Out")})}},
            "/nested": {"get": {"responses": ok(ref("Holder"))}},
        },
        components={
            "schemas": {
                "Both": access,
                "In": access,
                "Out": access,
                # reached through another model; readOnly on the $ref target
                "Holder": {
                    "type": "object",
                    "required": ["inner", "token"],
                    "properties": {"inner": ref("Inner"), "token": ref("Secret")},
                },
                "Inner": access,
                "Secret": {"type": "string", "writeOnly": True},
            }
        },
    )
    api, _ = parse_dict(tmp_path, spec)

    def required(model: str) -> dict[str, bool]:
        return {f: field(api, model, f).required for f in ("id", "password", "name")}

    assert required("Both") == {"id": False, "password": False, "name": True}
    assert required("In") == {"id": False, "password": True, "name": True}
    assert required("Out") == {"id": True, "password": False, "name": True}
    assert required("Inner") == {"id": True, "password": False, "name": True}
    token = field(api, "Holder", "token")
    assert token.write_only and not token.required
    assert field(api, "Both", "id").read_only and field(api, "Both", "password").write_only
    assert field(api, "Both", "id").type == ir.TypeRef(kind="scalar", scalar="str")


def schemas_only(schemas: dict[str, Any]) -> dict[str, Any]:
    return minimal_spec(components={"schemas": schemas})


def test_pattern_and_additional_properties(tmp_path: Path) -> None:
    strings = {"type": "string"}
    spec = schemas_only(
        {
            "M": {
                "type": "object",
                "properties": {
                    "pattern": {"type": "object", "patternProperties": {"^x-": strings}},
                    "untyped_pattern": {"patternProperties": {"^[0-9]+$": {"type": "integer"}}},
                    "two_patterns": {
                        "type": "object",
                        "patternProperties": {"^s": strings, "^i": {"type": "integer"}},
                        "additionalProperties": False,
                    },
                    "pattern_and_extra": {
                        "type": "object",
                        "patternProperties": {"^s": strings},
                        "additionalProperties": {"type": "boolean"},
                    },
                    "pattern_open": {
                        "type": "object",
                        "patternProperties": {"^s": strings},
                        "additionalProperties": True,
                    },
                    "extra_true": {"type": "object", "additionalProperties": True},
                    "extra_false": {"type": "object", "additionalProperties": False},
                    "extra_schema": {"additionalProperties": ref("M")},
                    "closed_model": {
                        "type": "object",
                        "additionalProperties": False,
                        "properties": {"a": strings},
                    },
                },
            }
        }
    )
    api, _ = parse_dict(tmp_path, spec)

    def dict_of(*values: ir.TypeRef) -> ir.TypeRef:
        value = values[0] if len(values) == 1 else ir.TypeRef(kind="union", args=values)
        return ir.TypeRef(kind="dict", args=(value,))

    str_, int_, bool_ = (ir.TypeRef(kind="scalar", scalar=s) for s in ("str", "int", "bool"))
    assert field(api, "M", "pattern").type == dict_of(str_)
    assert field(api, "M", "untyped_pattern").type == dict_of(int_)
    assert field(api, "M", "two_patterns").type == dict_of(str_, int_)
    assert field(api, "M", "pattern_and_extra").type == dict_of(str_, bool_)
    assert field(api, "M", "pattern_open").type == dict_of(ANY)
    assert field(api, "M", "extra_true").type == dict_of(ANY)
    assert field(api, "M", "extra_false").type == dict_of(ANY)
    assert field(api, "M", "extra_schema").type == dict_of(ir.TypeRef(kind="named", name="M"))
    closed = field(api, "M", "closed_model").type
    assert closed.kind == "named"
    assert [f.name for f in model(api, closed.name or "").fields] == ["a"]


def test_enums_of_numbers_bools_and_mixed_values_keep_a_plain_type(tmp_path: Path) -> None:
    spec = schemas_only(
        {
            "M": {
                "type": "object",
                "properties": {
                    "floats": {"enum": [1.5, 2, 3]},
                    "bools": {"enum": [True, False]},
                    "mixed": {"enum": [1, "a", True, None]},
                    "typed_floats": {"type": "number", "enum": [0.5, 1.5]},
                    "objects": {"enum": [{"a": 1}, [1]]},
                },
            },
            "Ints": {"enum": [1, 2, 3]},
            "Strings": {"type": "string", "enum": ["a", "b"]},
        }
    )
    api, _ = parse_dict(tmp_path, spec)
    float_, bool_ = (ir.TypeRef(kind="scalar", scalar=s) for s in ("float", "bool"))
    assert field(api, "M", "floats").type == float_
    assert field(api, "M", "bools").type == bool_
    assert field(api, "M", "mixed").type == ir.TypeRef(
        kind="union",
        args=(
            ir.TypeRef(kind="scalar", scalar="int"),
            ir.TypeRef(kind="scalar", scalar="str"),
            bool_,
        ),
        nullable=True,
    )
    assert field(api, "M", "typed_floats").type == float_
    assert field(api, "M", "objects").type == ANY
    ints = named(api, "Ints")
    assert isinstance(ints, ir.Enum) and ints.value_type == "int"
    assert [m.name for m in ints.members] == ["VALUE_1", "VALUE_2", "VALUE_3"]
    strings = named(api, "Strings")
    assert isinstance(strings, ir.Enum) and strings.value_type == "str"


def test_not_is_ignored_with_a_warning_and_empty_schemas_are_any(tmp_path: Path) -> None:
    spec = schemas_only(
        {
            "M": {
                "type": "object",
                "properties": {
                    "not_string": {"not": {"type": "string"}},
                    "narrowed": {"type": "integer", "not": {"enum": [0]}},
                    "never": False,
                    "empty": {},
                    "described": {"description": "anything"},
                },
            }
        }
    )
    api, warnings = parse_dict(tmp_path, spec)
    assert field(api, "M", "not_string").type == ANY
    assert field(api, "M", "narrowed").type == ir.TypeRef(kind="scalar", scalar="int")
    assert field(api, "M", "empty").type == ANY
    assert field(api, "M", "described").type == ANY
    assert [(w.pointer, w.message) for w in warnings] == [
        (
            "/components/schemas/M/properties/not_string/not",
            "'not' ignored: the type is not narrowed",
        ),
        (
            "/components/schemas/M/properties/narrowed/not",
            "'not' ignored: the type is not narrowed",
        ),
    ]


def test_content_encoded_parameters_are_sent_as_json_text(tmp_path: Path) -> None:
    filter_schema = {
        "type": "object",
        "properties": {"name": {"type": "string"}, "min-age": {"type": "integer"}},
    }
    spec = minimal_spec(
        paths={
            "/pets/{where}": {
                "get": {
                    "operationId": "listPets",
                    "parameters": [
                        {
                            "name": "where",
                            "in": "path",
                            "required": True,
                            "content": {"application/json": {"schema": {"type": "array"}}},
                        },
                        {
                            "name": "filter",
                            "in": "query",
                            "content": {"application/json": {"schema": filter_schema}},
                        },
                        {
                            "name": "X-Meta",
                            "in": "header",
                            "content": {"application/json": {"schema": {"type": "object"}}},
                        },
                        {
                            "name": "plain",
                            "in": "query",
                            "content": {"text/plain": {"schema": {"type": "string"}}},
                        },
                    ],
                    "responses": ok(),
                }
            }
        }
    )
    api, _ = parse_dict(tmp_path, spec)
    params = {p.wire_name: p for p in operation(api, "list_pets").path_params}
    params.update({p.wire_name: p for p in operation(api, "list_pets").params})
    assert [name for name, p in params.items() if p.json_encoded] == ["where", "filter", "X-Meta"]
    assert params["filter"].type.kind == "named"

    with generated(tmp_path / "gen", spec, "json_params_sdk") as sdk:
        sent: list[httpx.Request] = []
        client = recording_client(sdk, sent)
        client.list_pets(
            [1, "a"],
            filter=sdk.models.ListPetsFilter(min_age=3),
            x_meta={"k": [1]},
            plain="as is",
        )
        client.list_pets([])
    request = sent[0]
    assert request.url.path == '/pets/[1,"a"]'
    assert dict(request.url.params) == {"filter": '{"min-age":3}', "plain": "as is"}
    assert request.headers["X-Meta"] == '{"k":[1]}'
    assert sent[1].url.path == "/pets/[]" and not sent[1].url.params


def test_servers_variables_and_relative_urls(tmp_path: Path) -> None:
    spec = minimal_spec(
        servers=[
            {"url": "/api/v3", "description": "where the spec is served"},
            {
                "url": "https://{region}.example.com/{version}",
                "description": "Regional",
                "variables": {
                    "region": {"default": "eu", "enum": ["eu", "us"]},
                    "version": {"default": "v1"},
                },
            },
            {"url": "https://sandbox.example.com", "description": "Sandbox"},
        ],
        paths={"/ping": {"get": {"operationId": "ping", "responses": ok()}}},
    )
    api, _ = parse_dict(tmp_path, spec)
    assert [s.url for s in api.servers] == [
        "/api/v3",
        "https://eu.example.com/v1",
        "https://sandbox.example.com",
    ]
    assert api.base_url == "https://eu.example.com/v1"  # the first absolute one
    regional = api.servers[1]
    assert regional.template == "https://{region}.example.com/{version}"
    assert regional.variables == (
        ir.ServerVariable("region", "eu", ("eu", "us")),
        ir.ServerVariable("version", "v1"),
    )
    with generated(tmp_path / "gen", spec, "servers_sdk") as sdk:
        assert sdk.SERVERS == (
            "/api/v3",
            "https://eu.example.com/v1",
            "https://sandbox.example.com",
        )
        assert sdk.DEFAULT_BASE_URL == "https://eu.example.com/v1"
        sent: list[httpx.Request] = []
        recording_client(sdk, sent, base_url=sdk.SERVERS[2]).ping()
        assert str(sent[0].url) == "https://sandbox.example.com/ping"
    source = (tmp_path / "gen" / "out" / "servers_sdk" / "_client.py").read_text()
    assert "- `SERVERS[0]`: /api/v3: where the spec is served (relative to the host" in source
    assert "from https://{region}.example.com/{version} with region=eu (or us), version=v1" in (
        " ".join(source.split())
    )

    (tmp_path / "relative").mkdir()
    api, _ = parse_dict(tmp_path / "relative", minimal_spec(servers=[{"url": "/v1"}]))
    assert api.base_url is None and [s.url for s in api.servers] == ["/v1"]


def nested_objects(depth: int) -> dict[str, Any]:
    node: dict[str, Any] = {"type": "string"}
    for level in range(depth):
        node = {"type": "object", "properties": {f"level{level}": node}}
    return node


def test_deep_nesting_generates_or_fails_with_one_clear_error(tmp_path: Path) -> None:
    spec = schemas_only({"Deep": nested_objects(60)})
    with generated(tmp_path / "ok", spec, "deep_sdk") as sdk:
        deep = sdk.models.Deep.model_validate(
            {"level59": {"level58": {"level57": {"level56": {}}}}}
        )
        assert deep.level59.level58.level57.level56.level55 is None

    too_deep = write_spec(tmp_path, schemas_only({"Deep": nested_objects(400)}))
    with pytest.raises(SpecError, match=r"nests? too deeply"):
        generate_files(too_deep, "deep_sdk")


def test_huge_enums_and_models(tmp_path: Path) -> None:
    spec = schemas_only(
        {
            "Big": {"type": "string", "enum": [f"value-{i}" for i in range(3000)] + ["VALUE_1"]},
            "Wide": {
                "type": "object",
                "properties": {f"field-{i}": {"type": "integer"} for i in range(1500)},
            },
        }
    )
    api, _ = parse_dict(tmp_path, spec)
    big = named(api, "Big")
    assert isinstance(big, ir.Enum) and len(big.members) == 3001
    assert len({m.name for m in big.members}) == 3001  # VALUE_1 of "value-1" and the literal
    assert len(model(api, "Wide").fields) == 1500


def test_cycles_through_all_of_and_recursive_models(tmp_path: Path) -> None:
    spec = schemas_only(
        {
            # A is B plus `a`; B is A plus `b`: each gets the properties of both, once
            "A": {"allOf": [ref("B"), {"type": "object", "properties": {"a": {"type": "string"}}}]},
            "B": {"allOf": [ref("A"), {"type": "object", "properties": {"b": ref("A")}}]},
            "Node": {
                "type": "object",
                "properties": {
                    "children": {"type": "array", "items": ref("Node")},
                    "parent": {"allOf": [ref("Node")], "nullable": True},
                },
            },
        }
    )
    api, _ = parse_dict(tmp_path, spec)
    assert sorted(f.name for f in model(api, "A").fields) == ["a", "b"]
    assert sorted(f.name for f in model(api, "B").fields) == ["a", "b"]
    with generated(tmp_path / "gen", spec, "cycles_sdk") as sdk:
        b = sdk.models.B.model_validate({"a": "x", "b": {"a": "y", "b": {"b": {}}}})
        assert b.b.b.b.a is None and b.b.a == "y"
        node = sdk.models.Node.model_validate({"children": [{"children": []}], "parent": None})
        assert node.children[0].children == []


def style_param(name: str, where: str, style: str, explode: bool, schema: Any) -> dict[str, Any]:
    return {
        "name": name,
        "in": where,
        "required": where == "path",
        "style": style,
        "explode": explode,
        "schema": schema,
    }


ARRAY = {"type": "array", "items": {"type": "integer"}}
OBJECT = {"type": "object", "additionalProperties": {"type": "string"}}


def styles_spec(where: str, style: str, explode: bool) -> dict[str, Any]:
    path = "/s/{p}" if where == "path" else "/s"
    return minimal_spec(
        paths={
            path: {
                "get": {
                    "operationId": "arr",
                    "parameters": [style_param("p", where, style, explode, ARRAY)],
                    "responses": ok(),
                },
                "put": {
                    "operationId": "obj",
                    "parameters": [style_param("p", where, style, explode, OBJECT)],
                    "responses": ok(),
                },
                "post": {
                    "operationId": "one",
                    "parameters": [style_param("p", where, style, explode, {"type": "integer"})],
                    "responses": ok(),
                },
            }
        }
    )


# (location, style, explode) -> what [3, 4], {"a": "x", "b": "y"} and 5 look like on the wire
# (OpenAPI 3.1, "Style Examples"); the query column is the decoded query string
STYLE_CASES = {
    ("path", "simple", False): ("3,4", "a,x,b,y", "5"),
    ("path", "simple", True): ("3,4", "a=x,b=y", "5"),
    ("path", "label", False): (".3,4", ".a,x,b,y", ".5"),
    ("path", "matrix", False): (";p=3,4", ";p=a,x,b,y", ";p=5"),
    ("query", "form", True): ("p=3&p=4", "a=x&b=y", "p=5"),
    ("query", "form", False): ("p=3,4", "p=a,x,b,y", "p=5"),
    ("query", "spaceDelimited", False): ("p=3 4", None, "p=5"),
    ("query", "pipeDelimited", False): ("p=3|4", None, "p=5"),
    ("query", "deepObject", True): (None, "p[a]=x&p[b]=y", "p=5"),
}
# label and matrix with explode=true repeat the prefix per item
EXPLODED_PATH_CASES = {
    ("path", "label", True): (".3.4", ".a=x.b=y", ".5"),
    ("path", "matrix", True): (";p=3;p=4", ";a=x;b=y", ";p=5"),
}


def sent_for(sdk: ModuleType, where: str) -> list[str | None]:
    sent: list[httpx.Request] = []
    client = recording_client(sdk, sent)
    client.arr([3, 4]) if where == "path" else client.arr(p=[3, 4])
    client.obj({"a": "x", "b": "y"}) if where == "path" else client.obj(p={"a": "x", "b": "y"})
    client.one(5) if where == "path" else client.one(p=5)
    if where == "path":
        return [unquote(r.url.raw_path.decode())[len("/s/") :] for r in sent]
    # httpx writes a space in the query as `+`, which servers read as a space
    return [unquote_plus(r.url.query.decode()) for r in sent]


@pytest.mark.parametrize(
    ("where", "style", "explode"),
    [
        *STYLE_CASES,
        *EXPLODED_PATH_CASES,
    ],
)
def test_parameter_styles_on_the_wire(
    tmp_path: Path, where: str, style: str, explode: bool
) -> None:
    spec = styles_spec(where, style, explode)
    api, _ = parse_dict(tmp_path, spec)
    params = operation(api, "arr").path_params or operation(api, "arr").params
    assert (params[0].style, params[0].explode) == (style, explode)
    package = f"styles_{where}_{style.lower()}_{int(explode)}_sdk"
    with generated(tmp_path / "gen", spec, package) as sdk:
        got = sent_for(sdk, where)
    expected = (STYLE_CASES | EXPLODED_PATH_CASES)[(where, style, explode)]
    for wanted, actual in zip(expected, got, strict=True):
        if wanted is not None:
            assert actual == wanted


def test_all_of_unions_discriminators_enums_type_arrays_and_formats(tmp_path: Path) -> None:
    spec = schemas_only(
        {
            "Base": {
                "type": "object",
                "required": ["size"],
                "properties": {"name": {"type": "string"}, "size": {"type": "integer"}},
            },
            # a ref and an inline object; the inline one overrides `size`
            "Derived": {
                "allOf": [
                    ref("Base"),
                    {"type": "object", "properties": {"size": {"type": "string"}, "ok": {}}},
                ]
            },
            "Cat": {"type": "object", "properties": {"kind": {"type": "string"}}},
            "Dog": {"type": "object", "properties": {"kind": {"type": "string"}}},
            "Plain": {"oneOf": [ref("Cat"), ref("Dog"), {"type": "string"}]},
            "Either": {"anyOf": [ref("Cat"), {"type": "integer"}, {"type": "null"}]},
            "Pet": {"oneOf": [ref("Cat"), ref("Dog")], "discriminator": {"propertyName": "kind"}},
            "Holder": {
                "type": "object",
                "properties": {
                    "status": {"type": "string", "enum": ["on", "off"]},
                    "inner": {
                        "type": "object",
                        "properties": {"level": {"type": "integer", "enum": [1, 2]}},
                    },
                    "several": {"type": ["integer", "string", "null"]},
                    "ip": {"type": "string", "format": "ipv4"},
                    "duration": {"type": "string", "format": "duration"},
                    "uri": {"type": "string", "format": "uri"},
                    "big": {"type": "integer", "format": "int64"},
                    "ratio": {"type": "number", "format": "decimal"},
                    "when": {"type": "string", "format": "date-time"},
                },
            },
        }
    )
    api, _ = parse_dict(tmp_path, spec)
    derived = {f.name: f for f in model(api, "Derived").fields}
    assert list(derived) == ["name", "size", "ok"]
    assert derived["size"].type == ir.TypeRef(kind="scalar", scalar="str")
    assert derived["size"].required  # required by Base, typed by the override

    def alias(name: str) -> ir.TypeRef:
        found = named(api, name)
        assert isinstance(found, ir.Alias)
        return found.type

    cat, dog = ir.TypeRef(kind="named", name="Cat"), ir.TypeRef(kind="named", name="Dog")
    str_, int_ = ir.TypeRef(kind="scalar", scalar="str"), ir.TypeRef(kind="scalar", scalar="int")
    assert alias("Plain") == ir.TypeRef(kind="union", args=(cat, dog, str_))
    assert alias("Either") == ir.TypeRef(kind="union", args=(cat, int_), nullable=True)
    pet = alias("Pet")
    assert pet.discriminator is not None
    assert pet.discriminator.mapping == (("Cat", "Cat"), ("Dog", "Dog"))  # schema names

    holder = {f.name: f.type for f in model(api, "Holder").fields}
    status = named(api, holder["status"].name or "")
    assert isinstance(status, ir.Enum) and status.name == "HolderStatus"
    level = field(api, holder["inner"].name or "", "level").type
    assert isinstance(named(api, level.name or ""), ir.Enum)
    assert holder["several"] == ir.TypeRef(kind="union", args=(int_, str_), nullable=True)
    for name in ("ip", "duration", "uri"):
        assert holder[name] == str_
    assert holder["big"] == int_
    assert holder["ratio"] == ir.TypeRef(kind="scalar", scalar="float")
    assert holder["when"] == ir.TypeRef(kind="scalar", scalar="datetime")


def test_content_types_and_status_ranges(tmp_path: Path) -> None:
    def content(*types: str) -> dict[str, Any]:
        return {t: {"schema": ref("Item")} for t in types}

    spec = minimal_spec(
        paths={
            "/a": {
                "get": {
                    "operationId": "vendorJson",
                    "responses": {
                        "2XX": {"description": "ok", "content": content("application/vnd.x+json")},
                        "4XX": {
                            "description": "bad",
                            "content": content("application/problem+json"),
                        },
                        "default": {"description": "other"},
                    },
                },
                "post": {
                    "operationId": "jsonPreferred",
                    "requestBody": {"content": content("application/xml", "application/json")},
                    "responses": {
                        "201": {
                            "description": "ok",
                            "content": content("text/xml", "application/json"),
                        }
                    },
                },
                "put": {
                    "operationId": "textAndBinary",
                    "requestBody": {"content": {"text/csv": {"schema": {"type": "string"}}}},
                    "responses": {
                        "200": {"description": "ok", "content": {"text/plain": {}}},
                        "206": {"description": "part", "content": {"image/png": {}}},
                    },
                },
                "delete": {
                    "operationId": "rangesLast",
                    "requestBody": {"content": content("application/*+json", "text/json")},
                    "responses": {"200": {"description": "ok", "content": content("text/json")}},
                },
                "head": {
                    "operationId": "onlyARange",
                    "requestBody": {"content": content("application/*+json")},
                    "responses": ok(),
                },
                "patch": {
                    "operationId": "binaryUpload",
                    "requestBody": {"content": {"application/octet-stream": {}}},
                    "responses": {"default": {"description": "ok", "content": content("*/*")}},
                },
            }
        },
        components={
            "schemas": {"Item": {"type": "object", "properties": {"a": {"type": "string"}}}}
        },
    )
    api, _ = parse_dict(tmp_path, spec)
    item = ir.TypeRef(kind="named", name="Item")
    vendor = operation(api, "vendor_json")
    assert [(r.status, r.kind, r.type) for r in vendor.responses] == [("2XX", "json", item)]
    assert [(r.status, r.kind) for r in vendor.errors] == [("4XX", "json"), ("default", "empty")]
    preferred = operation(api, "json_preferred")
    assert preferred.body is not None and preferred.body.content_type == "application/json"
    assert preferred.return_type == item
    text = operation(api, "text_and_binary")
    assert text.body is not None and text.body.kind == "text"
    assert [(r.kind, r.type) for r in text.responses] == [
        ("text", ir.TypeRef(kind="scalar", scalar="str")),
        ("bytes", ir.TypeRef(kind="scalar", scalar="bytes")),
    ]
    # a media range is what a server accepts; the request names a concrete type
    ranges = operation(api, "ranges_last")
    assert ranges.body is not None and ranges.body.content_type == "text/json"
    assert [(r.kind, r.type) for r in ranges.responses] == [("json", item)]
    only = operation(api, "only_a_range")
    assert only.body is not None and (only.body.kind, only.body.content_type) == (
        "json",
        "application/json",
    )
    upload = operation(api, "binary_upload")
    assert upload.body is not None and upload.body.kind == "bytes"
    assert upload.body.accepted_type == ir.TypeRef(kind="scalar", scalar="binary_body")
    # `default` is the success response when no 2xx is declared
    assert [(r.status, r.type) for r in upload.responses] == [("default", item)]


def test_name_collisions_keywords_case_non_ascii_and_long_names(tmp_path: Path) -> None:
    long_name = "Very" + "LongSchemaName" * 10
    get = {"responses": ok()}
    spec = minimal_spec(
        paths={
            "/models/{class}": {
                "get": {
                    "tags": ["with_options"],
                    "operationId": "with_raw_response",
                    "parameters": [
                        {"name": "class", "in": "path", "required": True, "schema": ARRAY},
                        {"name": "timeout", "in": "query", "schema": {"type": "integer"}},
                        {"name": "page-size", "in": "query", "schema": {"type": "integer"}},
                        {"name": "page_size", "in": "query", "schema": {"type": "integer"}},
                    ],
                    "responses": ok(ref(long_name)),
                }
            },
            "/plain/{id}": {"get": get, "post": {**get, "tags": ["宠物"]}},
        },
        components={
            "schemas": {
                "Pet": {"type": "object", "properties": {"a": {"type": "string"}}},
                "PET": {"type": "object", "properties": {"b": {"type": "string"}}},
                "Field": {"type": "string"},
                "Über": {"type": "string"},
                "Uber": {"type": "string"},
                "a.b.Pet": {"type": "string"},
                long_name: {"type": "object", "properties": {"a": {"type": "string"}}},
                long_name + "2": {"type": "object", "properties": {"a": {"type": "string"}}},
                "Fields": {
                    "type": "object",
                    "properties": {
                        "pet-status": {"type": "string"},
                        "pet_status": {"type": "string"},
                        "class": {"type": "string"},
                        "model_config": {"type": "string"},
                        "名前": {"type": "string"},
                    },
                },
            }
        },
    )
    api, warnings = parse_dict(tmp_path, spec)
    (tmp_path / "again").mkdir()
    again, _ = parse_dict(tmp_path / "again", spec)
    assert api == again  # the same names every time
    names = dict(api.exports)
    assert {"Pet", "PET", "Field2", "Uber", "Uber2", "ABPet"} <= set(names)
    assert "schema 'Field' is Field2: the model modules import Field" in [
        w.message for w in warnings
    ]
    # module files differ in more than case (case-insensitive file systems)
    assert len({module.lower() for module in names.values()}) == len(names)
    long_classes = [n for n in names if n.startswith("VeryLong")]
    assert len(long_classes) == 2 and all(len(n) <= 80 for n in long_classes)
    # a tag named like a client attribute, a path resource, a tag with no ASCII letters (a
    # stable digest)
    assert [r.attr_name for r in api.resources] == ["with_options_", "plain", "x82a3a5f0"]
    op = operation(api, "with_raw_response")
    assert op.method_name == "retrieve"  # GET on an item: the rules, not the operationId
    assert [p.name for p in op.path_params + op.params] == [
        "class_",
        "timeout_",
        "page_size",
        "page_size2",
    ]
    assert [op.method_name for op in api.resources[1].operations] == ["retrieve"]
    assert not api.client_operations
    assert [f.name for f in model(api, "Fields").fields][:4] == [
        "pet_status",
        "pet_status2",
        "class_",
        "model_config_",
    ]


def test_defaults_written_as_text_and_enum_defaults_before_their_enum(tmp_path: Path) -> None:
    spec = schemas_only(
        {
            # refers to Kind and Size, which come later in the spec
            "Account": {
                "type": "object",
                "properties": {
                    "kind": {"$ref": "#/components/schemas/Kind", "default": "checking"},
                    "size": {"allOf": [ref("Size")], "default": 6},
                    "max_tokens": {"type": "integer", "default": "1024"},
                    "stream": {"type": "boolean", "default": "false"},
                    "seed": {"type": "integer", "nullable": True, "default": "null"},
                    "ratio": {"type": "number", "default": "abc"},
                    "name": {"type": "string", "default": "1024"},
                },
            },
            "Kind": {"type": "string", "enum": ["savings", "checking"]},
            "Size": {"type": "string", "enum": ["6", "12"]},
        }
    )
    api, warnings = parse_dict(tmp_path, spec)

    def default(name: str) -> ir.Default | None:
        return field(api, "Account", name).default

    assert default("kind") == ir.Default("checking", enum_name="Kind", enum_member="CHECKING")
    assert default("size") == ir.Default("6", enum_name="Size", enum_member="VALUE_6")
    assert default("max_tokens") == ir.Default(1024)
    assert default("stream") == ir.Default(False)
    assert default("seed") == ir.Default(None)
    assert default("ratio") is None
    assert default("name") == ir.Default("1024")
    assert [(w.pointer.split("/")[-2], w.message) for w in warnings] == [
        ("size", "default 6 is not a string; read as '6'"),
        ("max_tokens", "default '1024' is a string; read as 1024"),
        ("stream", "default 'false' is a string; read as false"),
        ("seed", "default 'null' is a string; read as null"),
        ("ratio", "default 'abc' ignored: it does not match the schema type"),
    ]


def _responses(status: str, media_type: str, schema: dict[str, Any] | None = None) -> Any:
    media = {"schema": schema} if schema is not None else {}
    return {status: {"description": "r", "content": {media_type: media}}}


@pytest.mark.parametrize(
    ("responses", "accept"),
    [
        # a server that negotiates (Prism, Vimeo) answers 406 to a type it does not declare
        (ok({"type": "object"}), "application/json"),
        (
            _responses("200", "application/vnd.vimeo.user+json", {"type": "object"}),
            "application/vnd.vimeo.user+json",
        ),
        # a media range read as JSON asks for JSON; `application/*+json` is no Accept range
        (_responses("200", "*/*", {"type": "object"}), "application/json"),
        (_responses("200", "application/*+json", {"type": "object"}), "application/json"),
        # a download may come as another type than the one declared: anything, weighted lower
        (_responses("200", "application/octet-stream"), "application/octet-stream, */*;q=0.5"),
        (_responses("200", "image/*"), "image/*, */*;q=0.5"),
        (_responses("200", "*/*", {"type": "string", "format": "binary"}), "*/*"),
        # error bodies are read too: their media types follow, each once
        (
            {
                **ok({"type": "object"}),
                **_responses("4XX", "application/problem+json", {}),
                **_responses("default", "application/json", {}),
            },
            "application/json, application/problem+json",
        ),
        (_responses("200", "text/event-stream", {"type": "object"}), "text/event-stream"),
        # a key no header may carry is left out (an unknown type is read as bytes)
        (
            _responses("200", "application/json\r\nX-Evil: 1", {"type": "object"}),
            "application/json, */*;q=0.5",
        ),
        ({"204": {"description": "none"}}, "application/json"),
    ],
)
def test_accept_header_names_the_declared_media_types(
    tmp_path: Path, responses: dict[str, Any], accept: str
) -> None:
    spec = minimal_spec(
        paths={"/thing": {"get": {"operationId": "getThing", "responses": responses}}}
    )
    api, _ = parse_dict(tmp_path, spec)
    assert operation(api, "get_thing").accept == accept


def test_accept_header_is_sent(tmp_path: Path) -> None:
    vendor = _responses("200", "application/vnd.api+json", {"type": "object"})
    binary = _responses("200", "application/pdf")
    spec = minimal_spec(
        paths={
            "/file": {"get": {"operationId": "getFile", "responses": binary}},
            "/thing": {"get": {"operationId": "getThing", "responses": vendor}},
        }
    )
    with generated(tmp_path, spec, "accept_sdk") as sdk:
        sent: list[httpx.Request] = []
        client = recording_client(sdk, sent, body={})
        client.get_file()
        client.get_thing()
        assert sent[0].headers["accept"] == "application/pdf, */*;q=0.5"
        assert sent[1].headers["accept"] == "application/vnd.api+json"


def test_a_204_with_declared_content_reads_as_empty(tmp_path: Path) -> None:
    """Adyen declares `204: content: application/json: {}`; the body is empty all the same."""
    no_content = {"204": {"description": "gone", "content": {"application/json": {}}}}
    spec = minimal_spec(
        paths={"/thing": {"delete": {"operationId": "deleteThing", "responses": no_content}}}
    )
    with generated(tmp_path, spec, "no_content_sdk") as sdk:
        sent: list[httpx.Request] = []
        assert recording_client(sdk, sent).delete_thing() is None


def test_a_multipart_body_without_files_is_still_multipart(tmp_path: Path) -> None:
    """httpx turns `data=` without `files=` into a urlencoded form; Prism answers 415."""
    form = {
        "type": "object",
        "required": ["name"],
        "properties": {"name": {"type": "string"}, "tags": {"type": "array", "items": {}}},
    }
    body = {"required": True, "content": {"multipart/form-data": {"schema": form}}}
    spec = minimal_spec(
        paths={"/up": {"post": {"operationId": "upload", "requestBody": body, "responses": ok()}}}
    )
    with generated(tmp_path, spec, "multipart_sdk") as sdk:
        sent: list[httpx.Request] = []
        recording_client(sdk, sent).upload(body={"name": 'a "b"', "tags": ["x", "y"]})
        content_type = sent[0].headers["content-type"]
        assert content_type.startswith("multipart/form-data; boundary=")
        boundary = content_type.split("boundary=", 1)[1]
        text = sent[0].content.decode()
        assert text.count('name="tags"') == 2
        assert 'name="name"\r\n\r\na "b"\r\n' in text
        assert text.endswith(f"--{boundary}--\r\n")


def test_declared_redirects_are_answers_and_other_3xx_are_errors(tmp_path: Path) -> None:
    """GitHub's artifact download declares only a 302 (the file's URL in `Location`)."""
    redirect = {"302": {"description": "see Location"}, "304": {"description": "not modified"}}
    spec = minimal_spec(
        paths={
            "/artifact": {"get": {"operationId": "getArtifact", "responses": redirect}},
            "/thing": {
                "get": {
                    "operationId": "getThing",
                    "responses": {**ok({"type": "object"}), "3XX": {"description": "moved"}},
                }
            },
        }
    )
    with generated(tmp_path, spec, "redirect_sdk") as sdk:
        statuses = iter([302, 304, 307, 200])

        def handler(request: httpx.Request) -> httpx.Response:
            status = next(statuses)
            headers = {"location": "https://files.example/a.zip"} if status != 200 else {}
            return httpx.Response(status, headers=headers, json={} if status == 200 else None)

        http = httpx.Client(transport=httpx.MockTransport(handler))
        client = sdk.Client(base_url="http://test", http_client=http, max_retries=0)
        raw = client.with_raw_response.get_artifact()
        assert raw.status_code == 302 and raw.parse() is None
        assert raw.headers["location"] == "https://files.example/a.zip"
        with pytest.raises(sdk.APIStatusError) as caught:
            client.get_artifact()  # 304 answers only a conditional request: an error
        assert caught.value.status_code == 304
        assert client.get_thing() is None  # the 307 the range `3XX` declares
        assert client.get_thing() == {}


def test_a_response_that_drifted_from_the_spec_is_read_leniently(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    """Xero's own examples have `dateOfBirth: null` for a required date; real APIs drift
    like that. Each part that validates is typed, each part that does not is kept as sent."""
    pet = {
        "type": "object",
        "required": ["id", "born"],
        "properties": {
            "id": {"type": "integer"},
            "born": {"type": "string", "format": "date"},
            "owner": ref("Owner"),
            "toys": {"type": "array", "items": ref("Owner")},
        },
    }
    owner = {"type": "object", "required": ["name"], "properties": {"name": {"type": "string"}}}
    spec = minimal_spec(
        paths={
            "/pets": {
                "get": {
                    "operationId": "listPets",
                    "responses": ok({"type": "array", "items": ref("Pet")}),
                }
            }
        },
        components={"schemas": {"Pet": pet, "Owner": owner}},
    )
    body = [
        {"id": 1, "born": "2020-01-02", "owner": {"name": "Ann"}},
        {"id": "2", "born": None, "owner": {"name": 5}, "toys": [{"name": "ball"}, {}], "x": 1},
    ]
    with generated(tmp_path, spec, "drift_sdk") as sdk:
        sent: list[httpx.Request] = []
        client = recording_client(sdk, sent, body=body)
        good, drifted = client.list_pets()
        client.list_pets()
        (warning,) = [r.getMessage() for r in caplog.records if r.name == "drift_sdk"]
        assert warning.startswith("the 200 response of GET /pets does not match")
        assert " at *.born, *.owner.name, *.toys.*.name;" in warning  # once per drift, no values
        assert good == sdk.models.Pet(id=1, born="2020-01-02", owner={"name": "Ann"})
        assert isinstance(drifted, sdk.models.Pet)
        assert drifted.id == 2  # "2" validates as the declared int
        assert drifted.born is None  # kept as sent
        assert isinstance(drifted.owner, sdk.models.Owner) and drifted.owner.name == 5
        assert drifted.toys[0] == sdk.models.Owner(name="ball")
        assert isinstance(drifted.toys[1], sdk.models.Owner) and drifted.toys[1].name is None
        assert drifted.model_extra == {"x": 1}
        assert drifted.model_fields_set == {"id", "born", "owner", "toys"}

        strict = recording_client(sdk, sent, body=body)
        strict._strict_response_validation = True
        with pytest.raises(sdk.APIResponseValidationError):
            strict.list_pets()
        for wrong_shape in ({"id": 1}, [3], [{"nothing": "known"}]):
            with pytest.raises(sdk.APIResponseValidationError):
                recording_client(sdk, sent, body=wrong_shape).list_pets()


def test_a_drifted_error_body_is_still_the_declared_error_model(tmp_path: Path) -> None:
    error = {
        "type": "object",
        "required": ["code", "message"],
        "properties": {"code": {"type": "integer"}, "message": {"type": "string"}},
    }
    not_found = {"description": "no", "content": {"application/json": {"schema": ref("Error")}}}
    spec = minimal_spec(
        paths={"/x": {"get": {"operationId": "getX", "responses": {**ok(), "404": not_found}}}},
        components={"schemas": {"Error": error}},
    )
    with generated(tmp_path, spec, "drift_error_sdk") as sdk:
        bodies = iter([{"code": None, "message": "gone"}, {"detail": "gone"}])

        def handler(request: httpx.Request) -> httpx.Response:
            return httpx.Response(404, json=next(bodies))

        http = httpx.Client(transport=httpx.MockTransport(handler))
        client = sdk.Client(base_url="http://test", http_client=http)
        with pytest.raises(sdk.NotFoundError) as caught:
            client.get_x()
        assert isinstance(caught.value.body, sdk.models.Error)
        assert caught.value.body.message == "gone" and caught.value.body.code is None
        with pytest.raises(sdk.NotFoundError) as caught:
            client.get_x()
        # not the error model at all: still one (every 404 is one), what came kept as extra
        body = caught.value.body
        assert isinstance(body, sdk.models.Error) and (body.code, body.message) == (None, None)
        assert body.model_extra == {"detail": "gone"}


def test_lenient_reading_of_a_recursive_model_and_a_union(tmp_path: Path) -> None:
    node = {
        "type": "object",
        "required": ["name"],
        "properties": {
            "name": {"type": "string"},
            "children": {"type": "array", "items": ref("Node")},
            "payload": {"oneOf": [ref("Leaf"), {"type": "array", "items": {"type": "integer"}}]},
        },
    }
    leaf = {"type": "object", "required": ["size"], "properties": {"size": {"type": "integer"}}}
    spec = minimal_spec(
        paths={"/tree": {"get": {"operationId": "getTree", "responses": ok(ref("Node"))}}},
        components={"schemas": {"Node": node, "Leaf": leaf}},
    )
    body = {
        "name": "root",
        "children": [{"name": "a", "children": [{"name": None}]}],
        "payload": {"size": "big"},
    }
    with generated(tmp_path, spec, "tree_sdk") as sdk:
        tree = recording_client(sdk, [], body=body).get_tree()
        grandchild = tree.children[0].children[0]
        assert isinstance(grandchild, sdk.models.Node) and grandchild.name is None
        assert isinstance(tree.payload, sdk.models.Leaf) and tree.payload.size == "big"


def test_a_success_with_an_empty_body_returns_none_unless_strict(tmp_path: Path) -> None:
    """HubSpot's token revoke answers 200 with no body where JSON is declared."""
    thing = {"type": "object", "required": ["id"], "properties": {"id": {"type": "string"}}}
    spec = minimal_spec(
        paths={"/x": {"post": {"operationId": "makeX", "responses": ok(ref("Thing"))}}},
        components={"schemas": {"Thing": thing}},
    )
    with generated(tmp_path, spec, "empty_body_sdk") as sdk:
        http = httpx.Client(transport=httpx.MockTransport(lambda _: httpx.Response(200)))
        assert sdk.Client(base_url="http://test", http_client=http).make_x() is None
        strict = sdk.Client(
            base_url="http://test", http_client=http, strict_response_validation=True
        )
        with pytest.raises(sdk.APIResponseValidationError):
            strict.make_x()


def test_an_all_of_of_a_scalar_and_annotations_is_that_scalar(tmp_path: Path) -> None:
    """Box: `sequence_id: allOf: [{type: string, nullable: true}, {nullable: false}]`."""
    item = {
        "type": "object",
        "properties": {
            "sequence_id": {
                "allOf": [{"type": "string", "nullable": True}, {"nullable": False}],
            },
            "size": {"allOf": [{"type": "integer"}, {"description": "bytes"}]},
            "both": {"allOf": [{"type": "string"}, {"type": "object", "properties": {}}]},
        },
    }
    spec = minimal_spec(
        paths={"/x": {"get": {"operationId": "getX", "responses": ok(ref("Item"))}}},
        components={"schemas": {"Item": item, "Count": {"allOf": [{"type": "integer"}, {}]}}},
    )
    api, _ = parse_dict(tmp_path, spec)
    fields = {f.name: f.type for f in model(api, "Item").fields}
    assert fields["sequence_id"] == ir.TypeRef(kind="scalar", scalar="str", nullable=True)
    assert fields["size"] == ir.TypeRef(kind="scalar", scalar="int")
    assert fields["both"].kind == "named"  # an object part: still a model
    count = named(api, "Count")
    assert isinstance(count, ir.Alias) and count.type == ir.TypeRef(kind="scalar", scalar="int")


def test_a_union_of_aliases_of_one_scalar_is_not_a_union(tmp_path: Path) -> None:
    """Oxide's `IpNet: oneOf [allOf [Ipv4Net], allOf [Ipv6Net]]`, both strings: Python folds
    `str | str` into `str`, so a stub that said union would fail stubtest."""
    schemas = {
        "Ipv4Net": {"type": "string", "pattern": "^[0-9.]+/[0-9]+$"},
        "Ipv6Net": {"type": "string"},
        "Day": {"type": "string", "format": "date"},
        "IpNet": {"oneOf": [{"allOf": [ref("Ipv4Net")]}, {"allOf": [ref("Ipv6Net")]}]},
        "IpOrDay": {"oneOf": [ref("Ipv4Net"), ref("Day")]},
    }
    spec = minimal_spec(
        paths={"/x": {"get": {"operationId": "getX", "responses": ok(ref("IpNet"))}}},
        components={"schemas": schemas},
    )
    api, _ = parse_dict(tmp_path, spec)
    ip_net = named(api, "IpNet")
    assert isinstance(ip_net, ir.Alias)
    assert ip_net.type == ir.TypeRef(kind="named", name="Ipv4Net")
    ip_or_day = named(api, "IpOrDay")
    assert isinstance(ip_or_day, ir.Alias) and ip_or_day.type.kind == "union"  # str | dt.date
