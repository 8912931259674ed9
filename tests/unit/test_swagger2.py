"""Swagger 2.0 input: converted to OpenAPI 3.1 while loading, then parsed like any spec."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from generator import ir
from generator.cli import main
from generator.errors import SpecError
from generator.load import load_spec
from generator.pipeline import generate_files
from tests.helpers import field, model, operation, parse_dict, parse_file, write_spec

STR = ir.TypeRef(kind="scalar", scalar="str")
BYTES = ir.TypeRef(kind="scalar", scalar="bytes")
# FileInput: bytes, a file object or a (name, content[, type]) tuple
FILE = ir.TypeRef(kind="scalar", scalar="file")


def swagger(paths: dict[str, Any] | None = None, **extra: Any) -> dict[str, Any]:
    spec: dict[str, Any] = {
        "swagger": "2.0",
        "info": {"title": "T", "version": "1.0.0"},
        "paths": paths or {},
    }
    spec.update(extra)
    return spec


def ok(schema: dict[str, Any] | None = None) -> dict[str, Any]:
    response: dict[str, Any] = {"description": "ok"}
    if schema is not None:
        response["schema"] = schema
    return {"200": response}


def document(tmp_path: Path, spec: dict[str, Any]) -> dict[str, Any]:
    return load_spec(write_spec(tmp_path, spec)).document


PET = {
    "type": "object",
    "required": ["name"],
    "properties": {"name": {"type": "string"}, "tag": {"type": "string"}},
}


def test_servers_from_host_base_path_and_schemes(tmp_path: Path) -> None:
    cases: list[tuple[dict[str, Any], list[str]]] = [
        (
            {"host": "api.example.com", "basePath": "/v1", "schemes": ["http", "https"]},
            ["http://api.example.com/v1", "https://api.example.com/v1"],
        ),
        ({"host": "api.example.com:8443", "basePath": "/"}, ["https://api.example.com:8443"]),
        ({"basePath": "/api"}, ["/api"]),
        ({}, ["/"]),
    ]
    for extra, urls in cases:
        api, _ = parse_dict(tmp_path, swagger(**extra))
        assert [s.url for s in api.servers] == urls, extra
        assert api.base_url == (urls[0] if urls[0].startswith("http") else None)


def test_body_parameter_becomes_a_request_body_per_consumes(tmp_path: Path) -> None:
    spec = swagger(
        {
            "/pets": {
                "post": {
                    "operationId": "addPet",
                    "consumes": ["application/xml", "application/json"],
                    "parameters": [
                        {
                            "name": "pet",
                            "in": "body",
                            "required": True,
                            "description": "the pet",
                            "schema": {"$ref": "#/definitions/Pet"},
                        }
                    ],
                    "responses": ok({"$ref": "#/definitions/Pet"}),
                }
            }
        },
        definitions={"Pet": PET},
    )
    body = document(tmp_path, spec)["paths"]["/pets"]["post"]["requestBody"]
    assert list(body["content"]) == ["application/xml", "application/json"]
    assert body["content"]["application/json"]["schema"] == {"$ref": "#/components/schemas/Pet"}
    api, warnings = parse_dict(tmp_path, spec)
    op = operation(api, "add_pet")
    assert op.body is not None and op.body.required and op.body.kind == "json"
    assert op.body.type == ir.TypeRef(kind="named", name="Pet")
    assert op.body.content_type == "application/json" and op.body.description == "the pet"
    assert op.return_type == ir.TypeRef(kind="named", name="Pet")
    assert field(api, "Pet", "name").required and not warnings


def test_form_data_with_a_file_is_multipart(tmp_path: Path) -> None:
    spec = swagger(
        {
            "/upload": {
                "post": {
                    "operationId": "upload",
                    "consumes": ["application/x-www-form-urlencoded"],
                    "parameters": [
                        {"name": "file", "in": "formData", "type": "file", "required": True},
                        {"name": "note", "in": "formData", "type": "string", "description": "d"},
                        {
                            "name": "ids",
                            "in": "formData",
                            "type": "array",
                            "items": {"type": "integer"},
                            "collectionFormat": "multi",
                        },
                    ],
                    "responses": ok(),
                }
            }
        }
    )
    api, warnings = parse_dict(tmp_path, spec)
    body = operation(api, "upload").body
    assert body is not None and body.kind == "multipart" and body.required
    assert body.content_type == "multipart/form-data"
    assert body.type.kind == "named" and body.type.name is not None
    assert field(api, body.type.name, "file").type == FILE
    assert field(api, body.type.name, "file").required
    note = field(api, body.type.name, "note")
    assert not note.required and note.description == "d"
    assert field(api, body.type.name, "ids").type.kind == "list"
    # consumes said urlencoded, which cannot carry a file
    assert [w.pointer for w in warnings] == ["/paths/~1upload/post/consumes"]


@pytest.mark.parametrize(
    ("consumes", "kind", "content_type"),
    [
        (None, "form", "application/x-www-form-urlencoded"),
        (["multipart/form-data"], "multipart", "multipart/form-data"),
        (["application/json"], "form", "application/x-www-form-urlencoded"),
    ],
)
def test_form_data_without_files(
    consumes: list[str] | None, kind: str, content_type: str, tmp_path: Path
) -> None:
    op: dict[str, Any] = {
        "operationId": "login",
        "parameters": [
            {"name": "user", "in": "formData", "type": "string", "required": True},
            {"name": "tags", "in": "formData", "type": "array", "items": {"type": "string"}},
        ],
        "responses": ok(),
    }
    if consumes is not None:
        op["consumes"] = consumes
    spec = swagger({"/login": {"post": op}})
    api, _ = parse_dict(tmp_path, spec)
    body = operation(api, "login").body
    assert body is not None and (body.kind, body.content_type) == (kind, content_type)
    media = document(tmp_path, spec)["paths"]["/login"]["post"]["requestBody"]["content"]
    schema = media[content_type]["schema"]
    assert schema["required"] == ["user"]
    if kind == "form":  # csv, the 2.0 default, in OpenAPI 3 terms
        assert media[content_type]["encoding"] == {"tags": {"style": "form", "explode": False}}


def test_collection_formats_become_styles(tmp_path: Path) -> None:
    def array(name: str, location: str, fmt: str | None) -> dict[str, Any]:
        param: dict[str, Any] = {
            "name": name,
            "in": location,
            "type": "array",
            "items": {"type": "string"},
        }
        if location == "path":
            param["required"] = True
        if fmt is not None:
            param["collectionFormat"] = fmt
        return param

    spec = swagger(
        {
            "/items/{ids}": {
                "get": {
                    "operationId": "list",
                    "parameters": [
                        array("csv", "query", None),
                        array("ssv", "query", "ssv"),
                        array("pipes", "query", "pipes"),
                        array("multi", "query", "multi"),
                        array("tsv", "query", "tsv"),
                        array("X-Ids", "header", "csv"),
                        array("ids", "path", "ssv"),
                    ],
                    "responses": ok(),
                }
            }
        }
    )
    api, warnings = parse_dict(tmp_path, spec)
    op = operation(api, "list")
    styles = {p.wire_name: (p.style, p.explode) for p in (*op.params, *op.path_params)}
    assert styles == {
        "csv": ("form", False),
        "ssv": ("spaceDelimited", False),
        "pipes": ("pipeDelimited", False),
        "multi": ("form", True),
        "tsv": ("form", False),
        "X-Ids": ("simple", False),
        "ids": ("simple", False),
    }
    assert all(p.type == ir.TypeRef(kind="list", args=(STR,)) for p in op.params)
    pointers = sorted(w.pointer for w in warnings)
    assert pointers == [
        "/paths/~1items~1{ids}/get/parameters/4/collectionFormat",
        "/paths/~1items~1{ids}/get/parameters/6/collectionFormat",
    ]


def test_parameter_value_fields_move_into_schema(tmp_path: Path) -> None:
    spec = swagger(
        {
            "/pets": {
                "get": {
                    "operationId": "listPets",
                    "parameters": [
                        {
                            "name": "limit",
                            "in": "query",
                            "type": "integer",
                            "format": "int32",
                            "minimum": 1,
                            "maximum": 100,
                            "default": 20,
                            "x-example": 5,
                        },
                        {"name": "sort", "in": "query", "type": "string", "enum": ["asc", "desc"]},
                    ],
                    "responses": ok(),
                }
            }
        }
    )
    params = document(tmp_path, spec)["paths"]["/pets"]["get"]["parameters"]
    assert params[0] == {
        "name": "limit",
        "in": "query",
        "schema": {
            "type": "integer",
            "format": "int32",
            "default": 20,
            "maximum": 100,
            "minimum": 1,
        },
        "x-example": 5,
    }
    api, _ = parse_dict(tmp_path, spec)
    op = operation(api, "list_pets")
    assert [p.type.kind for p in op.params] == ["scalar", "named"]


def test_security_definitions_become_security_schemes(tmp_path: Path) -> None:
    spec = swagger(
        securityDefinitions={
            "basic": {"type": "basic", "description": "user and password"},
            "key": {"type": "apiKey", "name": "X-Key", "in": "header", "x-origin": "a"},
            "implicit": {
                "type": "oauth2",
                "flow": "implicit",
                "authorizationUrl": "https://a.example/auth",
                "scopes": {"r": "read"},
            },
            "password": {
                "type": "oauth2",
                "flow": "password",
                "tokenUrl": "https://a.example/token",
            },
            "app": {
                "type": "oauth2",
                "flow": "application",
                "tokenUrl": "https://a.example/token",
                "scopes": {},
            },
            "code": {
                "type": "oauth2",
                "flow": "accessCode",
                "authorizationUrl": "https://a.example/auth",
                "tokenUrl": "https://a.example/token",
                "scopes": {"w": "write"},
            },
        },
        security=[{"key": []}],
    )
    loaded = load_spec(write_spec(tmp_path, spec))
    schemes = loaded.document["components"]["securitySchemes"]
    assert schemes["basic"] == {
        "type": "http",
        "scheme": "basic",
        "description": "user and password",
    }
    assert schemes["key"] == {"type": "apiKey", "name": "X-Key", "in": "header", "x-origin": "a"}
    assert schemes["implicit"]["flows"] == {
        "implicit": {"authorizationUrl": "https://a.example/auth", "scopes": {"r": "read"}}
    }
    assert schemes["password"]["flows"] == {
        "password": {"tokenUrl": "https://a.example/token", "scopes": {}}
    }
    assert list(schemes["app"]["flows"]) == ["clientCredentials"]
    assert schemes["code"]["flows"]["authorizationCode"] == {
        "authorizationUrl": "https://a.example/auth",
        "tokenUrl": "https://a.example/token",
        "scopes": {"w": "write"},
    }
    typed = loaded.openapi.components
    assert typed is not None and typed.securitySchemes is not None
    assert loaded.openapi.security == [{"key": []}]


def test_x_nullable_and_file_schemas(tmp_path: Path) -> None:
    spec = swagger(
        definitions={
            "Owner": {"type": "object", "properties": {"id": {"type": "integer"}}},
            "Pet": {
                "type": "object",
                "required": ["name", "owner", "kind"],
                "properties": {
                    "name": {"type": "string", "x-nullable": True},
                    "owner": {"$ref": "#/definitions/Owner", "x-nullable": True},
                    "kind": {"type": "string", "enum": ["cat", "dog"], "x-nullable": True},
                    "photo": {"type": "file"},
                    "plain": {"type": "string", "x-nullable": False},
                },
            },
        }
    )
    api, _ = parse_dict(tmp_path, spec)
    assert field(api, "Pet", "name").type == ir.TypeRef(kind="scalar", scalar="str", nullable=True)
    owner = field(api, "Pet", "owner")
    assert owner.required and owner.type == ir.TypeRef(kind="named", name="Owner", nullable=True)
    kind = field(api, "Pet", "kind")
    assert kind.type.kind == "named" and kind.type.nullable
    assert field(api, "Pet", "photo").type == FILE
    assert field(api, "Pet", "plain").type == STR
    schemas = document(tmp_path, spec)["components"]["schemas"]
    assert schemas["Pet"]["properties"]["kind"]["enum"] == ["cat", "dog", None]
    assert "x-nullable" not in schemas["Pet"]["properties"]["plain"]


def test_string_discriminator_becomes_an_object(tmp_path: Path) -> None:
    spec = swagger(
        definitions={
            "Pet": {
                "type": "object",
                "discriminator": "petType",
                "required": ["petType"],
                "properties": {"petType": {"type": "string"}},
            },
            "Cat": {
                "allOf": [
                    {"$ref": "#/definitions/Pet"},
                    {"type": "object", "properties": {"meow": {"type": "boolean"}}},
                ]
            },
        }
    )
    schemas = document(tmp_path, spec)["components"]["schemas"]
    assert schemas["Pet"]["discriminator"] == {"propertyName": "petType"}
    assert schemas["Cat"]["allOf"][0] == {"$ref": "#/components/schemas/Pet"}
    api, _ = parse_dict(tmp_path, spec)
    assert [f.wire_name for f in model(api, "Cat").fields] == ["petType", "meow"]


@pytest.mark.parametrize(
    ("produces", "content_type"),
    [
        (None, "application/octet-stream"),
        (["application/json"], "application/octet-stream"),
        (["application/json", "application/pdf"], "application/pdf"),
        (["image/png"], "image/png"),
    ],
)
def test_file_responses_are_bytes(
    produces: list[str] | None, content_type: str, tmp_path: Path
) -> None:
    op: dict[str, Any] = {"operationId": "download", "responses": ok({"type": "file"})}
    if produces is not None:
        op["produces"] = produces
    spec = swagger({"/file": {"get": op}})
    api, _ = parse_dict(tmp_path, spec)
    response = operation(api, "download").responses[0]
    assert response.kind == "bytes" and response.type == BYTES
    content = document(tmp_path, spec)["paths"]["/file"]["get"]["responses"]["200"]["content"]
    assert next(iter(content)) == content_type
    assert content[content_type]["schema"] == {"type": "string", "format": "binary"}


def test_responses_follow_produces_with_headers_and_examples(tmp_path: Path) -> None:
    spec = swagger(
        {
            "/pets": {
                "get": {
                    "operationId": "listPets",
                    "produces": ["application/json", "text/csv"],
                    "responses": {
                        "200": {
                            "description": "pets",
                            "schema": {"type": "array", "items": {"$ref": "#/definitions/Pet"}},
                            "headers": {
                                "X-Rate": {"type": "integer", "description": "left"},
                                "X-Tags": {"type": "array", "items": {"type": "string"}},
                            },
                            "examples": {"application/json": [{"name": "Rex"}]},
                        },
                        "204": {"description": "none"},
                    },
                }
            }
        },
        produces=["application/xml"],
        definitions={"Pet": PET},
    )
    response = document(tmp_path, spec)["paths"]["/pets"]["get"]["responses"]["200"]
    assert list(response["content"]) == ["application/json", "text/csv"]
    assert response["content"]["application/json"]["example"] == [{"name": "Rex"}]
    assert response["headers"] == {
        "X-Rate": {"description": "left", "schema": {"type": "integer"}},
        "X-Tags": {"schema": {"type": "array", "items": {"type": "string"}}},
    }
    api, _ = parse_dict(tmp_path, spec)
    op = operation(api, "list_pets")
    assert [(r.status, r.kind) for r in op.responses] == [("200", "json"), ("204", "empty")]


def test_refs_to_shared_parameters_responses_and_definitions(tmp_path: Path) -> None:
    spec = swagger(
        {
            "/pets": {
                "parameters": [{"$ref": "#/parameters/Trace"}],
                "post": {
                    "operationId": "addPet",
                    "parameters": [
                        {"$ref": "#/parameters/Limit"},
                        {"$ref": "#/parameters/PetBody"},
                    ],
                    "responses": {
                        "200": {"$ref": "#/responses/PetOk"},
                        "404": {"$ref": "#/responses/NotFound"},
                    },
                },
                "put": {
                    "operationId": "putPet",
                    "consumes": ["application/merge-patch+json"],
                    "produces": ["application/vnd.pet+json"],
                    "parameters": [{"$ref": "#/parameters/PetBody"}],
                    "responses": {"200": {"$ref": "#/responses/PetOk"}},
                },
            }
        },
        definitions={
            "Pet": PET,
            "Error": {"type": "object", "properties": {"m": {"type": "string"}}},
        },
        parameters={
            "Trace": {"name": "X-Trace", "in": "header", "type": "string"},
            "Limit": {"name": "limit", "in": "query", "type": "integer"},
            "PetBody": {
                "name": "pet",
                "in": "body",
                "required": True,
                "schema": {"$ref": "#/definitions/Pet"},
            },
        },
        responses={
            "PetOk": {"description": "ok", "schema": {"$ref": "#/definitions/Pet"}},
            "NotFound": {"description": "missing", "schema": {"$ref": "#/definitions/Error"}},
        },
    )
    converted = document(tmp_path, spec)
    item = converted["paths"]["/pets"]
    assert item["parameters"] == [{"$ref": "#/components/parameters/Trace"}]
    post = item["post"]
    assert post["parameters"] == [{"$ref": "#/components/parameters/Limit"}]
    assert post["requestBody"] == {"$ref": "#/components/requestBodies/PetBody"}
    assert post["responses"]["404"] == {"$ref": "#/components/responses/NotFound"}
    # other media types than the document's: converted in place
    put = item["put"]
    assert list(put["requestBody"]["content"]) == ["application/merge-patch+json"]
    assert list(put["responses"]["200"]["content"]) == ["application/vnd.pet+json"]
    components = converted["components"]
    assert list(components["parameters"]) == ["Trace", "Limit"]
    assert list(components["requestBodies"]) == ["PetBody"]
    assert list(components["responses"]) == ["PetOk", "NotFound"]

    api, warnings = parse_dict(tmp_path, spec)
    add = operation(api, "add_pet")
    assert [p.wire_name for p in add.params] == ["X-Trace", "limit"]
    assert add.body is not None and add.body.type == ir.TypeRef(kind="named", name="Pet")
    assert add.return_type == ir.TypeRef(kind="named", name="Pet")
    assert [e.type for e in add.errors] == [ir.TypeRef(kind="named", name="Error")]
    put_op = operation(api, "put_pet")
    assert put_op.body is not None and put_op.body.content_type == "application/merge-patch+json"
    assert not warnings


def test_path_level_body_and_form_parameters_reach_each_operation(tmp_path: Path) -> None:
    spec = swagger(
        {
            "/things/{id}": {
                "parameters": [
                    {"name": "id", "in": "path", "required": True, "type": "string"},
                    {"name": "thing", "in": "body", "schema": {"type": "object"}},
                ],
                "put": {"operationId": "replace", "responses": ok()},
                "patch": {
                    "operationId": "patch",
                    "parameters": [{"name": "delta", "in": "body", "schema": {"type": "string"}}],
                    "responses": ok(),
                },
            }
        }
    )
    converted = document(tmp_path, spec)["paths"]["/things/{id}"]
    assert [p["name"] for p in converted["parameters"]] == ["id"]
    api, _ = parse_dict(tmp_path, spec)
    replace = operation(api, "replace")
    assert [p.wire_name for p in replace.path_params] == ["id"]
    assert replace.body is not None and replace.body.type.kind == "dict"
    patch = operation(api, "patch")
    assert patch.body is not None and patch.body.type == STR


def test_extensions_are_kept(tmp_path: Path) -> None:
    spec = swagger(
        {
            "/a": {
                "x-item": 2,
                "get": {
                    "operationId": "a",
                    "x-op": {"$ref": "#/definitions/Nope"},
                    "responses": ok({"type": "string", "x-schema": 3}),
                },
            },
        },
        **{"x-top": {"k": "v"}},
        definitions={"A": {"type": "object", "x-go-name": "A", "properties": {}}},
    )
    converted = document(tmp_path, spec)
    assert converted["x-top"] == {"k": "v"}
    assert converted["paths"]["/a"]["x-item"] == 2
    get = converted["paths"]["/a"]["get"]
    assert get["x-op"] == {"$ref": "#/definitions/Nope"}  # opaque: not rewritten
    assert get["responses"]["200"]["content"]["application/json"]["schema"]["x-schema"] == 3
    assert converted["components"]["schemas"]["A"]["x-go-name"] == "A"


def test_refs_into_other_swagger_files(tmp_path: Path) -> None:
    write_spec(
        tmp_path,
        swagger(
            definitions={
                "Pet": {
                    **PET,
                    "properties": {
                        **PET["properties"],
                        "owner": {"$ref": "#/definitions/Owner", "x-nullable": True},
                    },
                },
                "Owner": {"type": "object", "properties": {"id": {"type": "integer"}}},
            },
            parameters={
                "PetBody": {"name": "pet", "in": "body", "schema": {"$ref": "#/definitions/Pet"}}
            },
            responses={"Gone": {"description": "gone", "schema": {"type": "file"}}},
        ),
        "common.json",
    )
    root = swagger(
        {
            "/pets": {
                "post": {
                    "operationId": "addPet",
                    "parameters": [{"$ref": "common.json#/parameters/PetBody"}],
                    "responses": {
                        "200": {
                            "description": "ok",
                            "schema": {"$ref": "common.json#/definitions/Pet"},
                        },
                        "410": {"$ref": "common.json#/responses/Gone"},
                    },
                }
            }
        },
        definitions={"Pet": {"type": "object", "properties": {"local": {"type": "string"}}}},
    )
    api, warnings = parse_file(write_spec(tmp_path, root))
    op = operation(api, "add_pet")
    # the other file's Pet does not replace this file's
    assert [f.wire_name for f in model(api, "Pet").fields] == ["local"]
    assert op.body is not None and op.body.type == ir.TypeRef(kind="named", name="Pet2")
    assert op.return_type == ir.TypeRef(kind="named", name="Pet2")
    assert field(api, "Pet2", "owner").type == ir.TypeRef(kind="named", name="Owner", nullable=True)
    assert [(e.status, e.kind) for e in op.errors] == [("410", "bytes")]
    assert not warnings


BAD: dict[str, tuple[dict[str, Any], str, str]] = {
    "body-without-schema": (
        swagger({"/a": {"post": {"parameters": [{"name": "b", "in": "body"}], "responses": ok()}}}),
        "/paths/~1a/post/parameters/0",
        "body parameter 'b' has no 'schema'",
    ),
    "body-and-form": (
        swagger(
            {
                "/a": {
                    "post": {
                        "parameters": [
                            {"name": "b", "in": "body", "schema": {}},
                            {"name": "f", "in": "formData", "type": "string"},
                        ],
                        "responses": ok(),
                    }
                }
            }
        ),
        "/paths/~1a/post/parameters/1",
        "both a body parameter and formData parameters",
    ),
    "two-bodies": (
        swagger(
            {
                "/a": {
                    "post": {
                        "parameters": [
                            {"name": "b", "in": "body", "schema": {}},
                            {"name": "c", "in": "body", "schema": {}},
                        ],
                        "responses": ok(),
                    }
                }
            }
        ),
        "/paths/~1a/post/parameters/1",
        "at most one body parameter",
    ),
    "bad-location": (
        swagger(
            {
                "/a": {
                    "get": {
                        "parameters": [{"name": "b", "in": "cookie", "type": "string"}],
                        "responses": ok(),
                    }
                }
            }
        ),
        "/paths/~1a/get/parameters/0/in",
        "parameter location must be one of",
    ),
    "missing-parameter": (
        swagger(
            {"/a": {"get": {"parameters": [{"$ref": "#/parameters/Nope"}], "responses": ok()}}}
        ),
        "/paths/~1a/get/parameters/0/$ref",
        "points to nothing",
    ),
    "security-type": (
        swagger(securityDefinitions={"s": {"type": "bearer"}}),
        "/securityDefinitions/s/type",
        "security scheme type must be basic, apiKey or oauth2",
    ),
    "oauth-flow": (
        swagger(securityDefinitions={"s": {"type": "oauth2", "flow": "device", "scopes": {}}}),
        "/securityDefinitions/s/flow",
        "oauth2 flow must be one of",
    ),
    "version": (swagger(swagger="1.2"), "/swagger", "unsupported Swagger version '1.2'"),
}


@pytest.mark.parametrize("name", sorted(BAD))
def test_malformed_swagger_is_an_error_with_a_pointer(name: str, tmp_path: Path) -> None:
    spec, pointer, message = BAD[name]
    with pytest.raises(SpecError) as caught:
        load_spec(write_spec(tmp_path, spec))
    assert caught.value.pointer == pointer
    assert message in caught.value.message


def test_warnings_point_into_the_swagger_document(tmp_path: Path) -> None:
    spec = swagger(
        {
            "/a": {
                "get": {
                    "operationId": "a",
                    "parameters": [
                        {"name": "x", "in": "query", "type": "string"},
                        {"name": "b", "in": "body", "schema": {"$ref": "#/definitions/A"}},
                    ],
                    "responses": {"200": {"description": "ok", "examples": {"text/plain": "hi"}}},
                    "frobnicate": True,
                }
            }
        },
        definitions={
            "A": {"type": "object", "properties": {"n": {"type": "integer", "default": "many"}}}
        },
    )
    result = generate_files(write_spec(tmp_path, spec), "sdk")
    assert [(w.pointer, w.message) for w in result.warnings] == [
        (
            "/paths/~1a/get/responses/200/examples/text~1plain",
            "example for 'text/plain', which the response does not produce, dropped",
        ),
        ("/paths/~1a/get/frobnicate", "unknown operation field 'frobnicate' dropped"),
        # found while parsing the converted document, reported where the user wrote it
        (
            "/definitions/A/properties/n/default",
            "default 'many' ignored: it does not match the schema type",
        ),
    ]
    assert "sdk/_client.py" in result.files


def test_parse_errors_point_into_the_swagger_document(tmp_path: Path) -> None:
    spec = swagger(
        {"/a": {"get": {"operationId": "a", "responses": ok({"$ref": "#/definitions/A"})}}},
        definitions={"A": {"type": "object", "properties": {"n": {"type": "frob"}}}},
    )
    with pytest.raises(SpecError) as caught:
        generate_files(write_spec(tmp_path, spec), "sdk")
    assert caught.value.pointer == "/definitions/A/properties/n/type"


def test_a_dropped_trace_operation_is_counted_as_not_generated(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    spec = write_spec(
        tmp_path, swagger({"/a": {"get": {"responses": ok()}, "trace": {"responses": ok()}}})
    )
    assert main(["generate", str(spec), "-o", str(tmp_path / "sdk"), "-q"]) == 0
    lines = capsys.readouterr().err.strip().splitlines()
    assert "warning: #/paths/~1a/trace: Swagger 2.0 has no 'trace' operations" in lines[0]
    assert lines[-1].endswith(
        "1 warning; not generated: 1 operation (#/paths/~1a/trace) (see the warnings above for why)"
    )


def test_accept_names_what_produces_says_when_a_response_has_no_schema(tmp_path: Path) -> None:
    error = {"description": "gone", "schema": {"type": "object"}}
    spec = swagger(
        {
            "/photo": {
                "get": {
                    "operationId": "photo",
                    "produces": ["image/png", "image/jpeg"],
                    "responses": {"200": {"description": "the image"}},
                }
            },
            "/thumb": {
                "get": {
                    "operationId": "thumb",
                    "produces": ["image/png", "application/json"],
                    "responses": {"200": {"description": "the image"}, "404": error},
                }
            },
            "/done": {
                "delete": {"operationId": "done", "responses": {"204": {"description": "ok"}}}
            },
        },
        produces=["application/json"],
    )
    api, _ = parse_dict(tmp_path, spec)
    assert operation(api, "photo").accept == "image/png, image/jpeg"
    # the image first, the error's JSON after it
    assert operation(api, "thumb").accept == "image/png, application/json"
    assert operation(api, "done").accept == "application/json"


def test_items_written_as_a_list_is_a_list_of_any_of_them(tmp_path: Path) -> None:
    spec = swagger(
        definitions={
            "Message": {
                "type": "object",
                "properties": {
                    "parts": {"type": "array", "items": [{"type": "string"}, {"type": "integer"}]},
                    "one": {"type": "array", "items": [{"type": "int"}]},
                },
            }
        }
    )
    api, warnings = parse_dict(tmp_path, spec)
    assert field(api, "Message", "parts").type == ir.TypeRef(
        kind="list",
        args=(ir.TypeRef(kind="union", args=(STR, ir.TypeRef(kind="scalar", scalar="int"))),),
    )
    assert field(api, "Message", "one").type == ir.TypeRef(
        kind="list", args=(ir.TypeRef(kind="scalar", scalar="int"),)
    )
    assert [w.pointer for w in warnings] == [
        "/definitions/Message/properties/parts/items",
        "/definitions/Message/properties/one/items",
        "/definitions/Message/properties/one/items/0/type",
    ]
    assert "read as a list whose items may be any of the listed schemas" in warnings[0].message


def test_a_declared_content_type_names_a_binary_body_more_exactly(tmp_path: Path) -> None:
    # Docker's /build: the body is `application/octet-stream`, the declared header (an enum
    # of one) says `application/x-tar`, which is what the server expects
    header = {
        "name": "Content-type",
        "in": "header",
        "type": "string",
        "enum": ["application/x-tar"],
        "default": "application/x-tar",
    }
    body = {"name": "context", "in": "body", "schema": {"type": "string", "format": "binary"}}
    form = {"name": "file", "in": "formData", "type": "file"}
    spec = swagger(
        {
            "/build": {
                "post": {
                    "operationId": "build",
                    "consumes": ["application/octet-stream"],
                    "parameters": [body, header],
                    "responses": ok(),
                }
            },
            "/upload": {
                "post": {
                    "operationId": "upload",
                    "consumes": ["multipart/form-data"],
                    "parameters": [form, header],
                    "responses": ok(),
                }
            },
        }
    )
    api, warnings = parse_dict(tmp_path, spec)
    build = operation(api, "build").body
    assert build is not None and build.content_type == "application/x-tar"
    upload = operation(api, "upload").body
    assert upload is not None and upload.content_type == "multipart/form-data"
    assert [(w.pointer, w.message) for w in warnings] == [
        (
            "/paths/~1upload/post",
            (
                "header parameter 'Content-Type: application/x-tar' not sent: the multipart "
                "body is sent as 'multipart/form-data'"
            ),
        )
    ]
