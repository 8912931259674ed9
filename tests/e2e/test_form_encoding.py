"""Form and multipart bodies follow the spec's `encoding`, live, sync and async.

A small SDK is generated from SPEC and calls a server on 127.0.0.1 that answers the raw body
it received; the tests check the wire format: deepObject (`a[b][c]=v`, arrays indexed
`a[0]=x`), arrays repeated otherwise, `form` with explode false joined, JSON text only where
`contentType` says so, and nested objects without an `encoding` sent deepObject-style, never
as Python repr.
"""

from __future__ import annotations

import importlib
import inspect
import sys
from collections.abc import Iterator
from types import ModuleType
from typing import Any
from urllib.parse import parse_qsl, urlencode

import pytest
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Route

from generator.cli import main
from tests.e2e.conftest import Api
from tests.servers.live import serve

pytestmark = pytest.mark.e2e

SPEC = """openapi: 3.0.3
info: {title: forms, version: '1'}
paths:
  /customers:
    post:
      operationId: createCustomer
      requestBody:
        required: true
        content:
          application/x-www-form-urlencoded:
            schema: {$ref: '#/components/schemas/CustomerForm'}
            encoding:
              metadata: {style: deepObject, explode: true}
              expand: {style: deepObject, explode: true}
              items: {style: deepObject, explode: true}
              codes: {style: form, explode: false}
              settings: {contentType: application/json}
      responses: {'200': {$ref: '#/components/responses/Seen'}}
  /uploads:
    post:
      operationId: createUpload
      requestBody:
        required: true
        content:
          multipart/form-data:
            schema:
              type: object
              required: [file]
              properties:
                file: {type: string, format: binary}
                purpose: {type: string}
                metadata: {type: object, additionalProperties: {type: string}}
                link: {type: object, properties: {create: {type: boolean}, expires: {type: integer}}}
                expand: {type: array, items: {type: string}}
                tags: {type: array, items: {type: string}}
                settings: {type: object, additionalProperties: true}
            encoding:
              metadata: {style: deepObject, explode: true}
              expand: {style: deepObject, explode: true}
              settings: {contentType: application/json}
      responses: {'200': {$ref: '#/components/responses/Seen'}}
  /balance:
    get:
      operationId: getBalance
      requestBody:
        content:
          application/x-www-form-urlencoded:
            schema: {type: object, properties: {}, additionalProperties: false}
      responses: {'200': {$ref: '#/components/responses/Seen'}}
components:
  responses:
    Seen:
      description: what the server received
      content: {application/json: {schema: {$ref: '#/components/schemas/Seen'}}}
  schemas:
    Seen:
      type: object
      properties:
        content_type: {type: string}
        body: {type: string}
    Address:
      type: object
      properties:
        city: {type: string}
        line: {type: object, properties: {first: {type: string}, second: {type: string}}}
    CustomerForm:
      type: object
      properties:
        name: {type: string}
        metadata: {type: object, additionalProperties: {type: string}}
        address: {$ref: '#/components/schemas/Address'}
        expand: {type: array, items: {type: string}}
        tags: {type: array, items: {type: string}}
        codes: {type: array, items: {type: string}}
        items:
          type: array
          items: {type: object, properties: {price: {type: string}, quantity: {type: integer}}}
        settings: {type: object, additionalProperties: true}
        active: {type: boolean}
"""

CUSTOMER: dict[str, Any] = {
    "name": "Ada Lovelace",
    "metadata": {"k": "v", "order": "7"},
    "address": {"city": "Berlin", "line": {"first": "Unter den Linden 1"}},
    "expand": ["customer", "invoice.lines"],
    "tags": ["a", "b"],
    "codes": ["x", "y"],
    "items": [{"price": "p_1", "quantity": 2}, {"price": "p_2"}],
    "settings": {"theme": "dark", "beta": True},
    "active": True,
}
CUSTOMER_WIRE = [
    ("name", "Ada Lovelace"),
    ("metadata[k]", "v"),  # deepObject, as declared
    ("metadata[order]", "7"),
    ("address[city]", "Berlin"),  # no encoding: a nested object still goes deepObject
    ("address[line][first]", "Unter den Linden 1"),
    ("expand[0]", "customer"),  # arrays under deepObject are indexed
    ("expand[1]", "invoice.lines"),
    ("tags", "a"),  # no encoding: form, exploded
    ("tags", "b"),
    ("codes", "x,y"),  # form, explode false
    ("items[0][price]", "p_1"),
    ("items[0][quantity]", "2"),
    ("items[1][price]", "p_2"),
    ("settings", '{"theme":"dark","beta":true}'),  # contentType: application/json
    ("active", "true"),
]


@pytest.fixture(scope="module")
def formsdk(tmp_path_factory: pytest.TempPathFactory) -> Iterator[ModuleType]:
    folder = tmp_path_factory.mktemp("forms")
    spec = folder / "forms.yaml"
    spec.write_text(SPEC, encoding="utf-8")
    out = folder / "formsdk"
    assert main(["generate", str(spec), "-o", str(out), "-q"]) == 0
    sys.path.insert(0, str(out))
    try:
        yield importlib.import_module("formsdk")
    finally:
        sys.path.remove(str(out))
        for name in [name for name in sys.modules if name.split(".")[0] == "formsdk"]:
            del sys.modules[name]


@pytest.fixture(scope="module")
def seen_url() -> Iterator[str]:
    async def seen(request: Request) -> Response:
        raw = await request.body()
        return JSONResponse(
            {"content_type": request.headers.get("content-type", ""), "body": raw.decode("utf-8")}
        )

    app = Starlette(
        routes=[
            Route("/customers", seen, methods=["POST"]),
            Route("/uploads", seen, methods=["POST"]),
            Route("/balance", seen, methods=["GET"]),
        ]
    )
    with serve(app) as base:
        yield base


@pytest.fixture(params=["sync", "async"])
async def api(request: pytest.FixtureRequest, formsdk: ModuleType, seen_url: str) -> Any:
    made = Api(formsdk, request.param == "async", seen_url)
    try:
        yield made
    finally:
        await made.aclose()


async def test_urlencoded_body_follows_the_encoding(api: Api) -> None:
    seen = await api.run(api.client.customers.create(body=CUSTOMER))
    assert seen.content_type == "application/x-www-form-urlencoded"
    assert parse_qsl(seen.body) == CUSTOMER_WIRE
    assert seen.body == urlencode(CUSTOMER_WIRE)  # brackets percent-encoded, spaces as +
    assert "metadata%5Bk%5D=v" in seen.body and "%27" not in seen.body  # never a Python repr


async def test_a_model_body_is_sent_the_same_way(api: Api) -> None:
    models = api.models
    body = models.CustomerForm(
        name="Ada",
        metadata={"k": "v"},
        address=models.Address(city="Berlin"),
        expand=["customer"],
        tags=["a", "b"],
        active=False,
    )
    seen = await api.run(api.client.customers.create(body=body))
    assert parse_qsl(seen.body) == [
        ("name", "Ada"),
        ("metadata[k]", "v"),
        ("address[city]", "Berlin"),
        ("expand[0]", "customer"),
        ("tags", "a"),
        ("tags", "b"),
        ("active", "false"),
    ]


def _parts(content_type: str, body: str) -> list[tuple[str, str | None, str]]:
    """(name, part Content-Type or None, value) of each part of a multipart body."""
    boundary = content_type.split("boundary=", 1)[1]
    parts = []
    for chunk in body.split(f"--{boundary}")[1:-1]:
        head, _, value = chunk.strip("\r\n").partition("\r\n\r\n")
        headers = dict(line.split(": ", 1) for line in head.split("\r\n") if ": " in line)
        name = headers["Content-Disposition"].split('name="', 1)[1].split('"', 1)[0]
        parts.append((name, headers.get("Content-Type"), value))
    return sorted(parts)


async def test_multipart_body_follows_the_same_rules(api: Api) -> None:
    seen = await api.run(
        api.client.uploads.create(
            body={
                "file": ("a.txt", b"hello", "text/plain"),
                "purpose": "docs",
                "metadata": {"k": "v"},
                "link": {"create": True, "expires": 5},
                "expand": ["a", "b"],
                "tags": ["x", "y"],
                "settings": {"n": 1},
            }
        )
    )
    assert seen.content_type.startswith("multipart/form-data; boundary=")
    assert _parts(seen.content_type, seen.body) == [
        ("expand[0]", None, "a"),
        ("expand[1]", None, "b"),
        ("file", "text/plain", "hello"),
        ("link[create]", None, "true"),
        ("link[expires]", None, "5"),
        ("metadata[k]", None, "v"),
        ("purpose", None, "docs"),
        ("settings", "application/json", '{"n":1}'),
        ("tags", None, "x"),
        ("tags", None, "y"),
    ]


async def test_an_empty_form_body_is_no_parameter(api: Api) -> None:
    assert "body" not in inspect.signature(api.client.balance.list).parameters
    seen = await api.run(api.client.balance.list())
    assert seen.body == ""
    assert seen.content_type == ""


async def test_multipart_without_files_follows_them_too(api: Api) -> None:
    # no file part: the SDK writes the multipart body itself (httpx would send urlencoded)
    body = {"purpose": "docs", "link": {"create": False}, "tags": ["x", "y"]}
    seen = await api.run(api.client.uploads.create(body=body))
    assert _parts(seen.content_type, seen.body) == [
        ("link[create]", None, "false"),
        ("purpose", None, "docs"),
        ("tags", None, "x"),
        ("tags", None, "y"),
    ]


async def test_a_tuple_of_values_is_a_list_not_a_file(api: Api) -> None:
    # list fields whose items are enums take any Sequence: a 2-tuple of texts is no
    # (filename, content) pair, only a tuple holding bytes or a file object is
    body = {"file": ("a.txt", b"hi"), "tags": ("x", "y"), "expand": ("a", "b")}
    seen = await api.run(api.client.uploads.create(body=body))
    assert _parts(seen.content_type, seen.body) == [
        ("expand[0]", None, "a"),
        ("expand[1]", None, "b"),
        ("file", "text/plain", "hi"),
        ("tags", None, "x"),
        ("tags", None, "y"),
    ]
