"""Declared `Accept` / `Content-Type` header parameters with a value are sent.

OpenAPI says to ignore them, but an incident-management API declares a required
`Content-Type: application/json` (an enum of one) and a vendor `Accept` on every operation,
GETs included, and a validating server refuses calls without them. A small SDK generated from
such a spec calls a live echo server, sync and async.
"""

from __future__ import annotations

import importlib
import sys
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Route

from generator.cli import main
from tests.e2e.conftest import Api
from tests.servers.live import serve

pytestmark = pytest.mark.e2e

VENDOR = "application/vnd.pagerduty+json;version=2"
ECHO = (
    "{description: ok, content: {application/json: {schema: {$ref: '#/components/schemas/Echo'}}}}"
)
SPEC = f"""openapi: 3.0.3
info: {{title: media, version: '1'}}
paths:
  /things:
    get:
      operationId: listThings
      parameters:
        - $ref: '#/components/parameters/Accept'
        - $ref: '#/components/parameters/ContentType'
      responses: {{'200': {ECHO}}}
    post:
      operationId: createThing
      parameters:
        - $ref: '#/components/parameters/Accept'
        - $ref: '#/components/parameters/ContentType'
      requestBody:
        content: {{application/json: {{schema: {{type: object, properties: {{name: {{type: string}}}}}}}}}}
      responses: {{'200': {ECHO}}}
  /plain:
    get:
      operationId: plain
      parameters:
        - {{name: Accept, in: header, schema: {{type: string, enum: [application/json, text/csv]}}}}
      responses: {{'200': {ECHO}}}
components:
  parameters:
    Accept:
      {{name: Accept, in: header, required: true, schema: {{type: string, default: '{VENDOR}'}}}}
    ContentType:
      {{name: Content-Type, in: header, required: true, schema: {{type: string, enum: [application/json]}}}}
  schemas:
    Echo: {{type: object, properties: {{headers: {{type: object, additionalProperties: {{type: string}}}}}}}}
"""


@pytest.fixture(scope="module")
def mediasdk(tmp_path_factory: pytest.TempPathFactory) -> Iterator[ModuleType]:
    folder = tmp_path_factory.mktemp("media")
    spec = folder / "media.yaml"
    spec.write_text(SPEC, encoding="utf-8")
    out = folder / "mediasdk"
    assert main(["generate", str(spec), "-o", str(out), "-q"]) == 0
    sys.path.insert(0, str(out))
    try:
        yield importlib.import_module("mediasdk")
    finally:
        sys.path.remove(str(out))
        for name in [name for name in sys.modules if name.split(".")[0] == "mediasdk"]:
            del sys.modules[name]


@pytest.fixture(scope="module")
def echo_url() -> Iterator[str]:
    async def echo(request: Request) -> Response:
        return JSONResponse({"headers": {k.lower(): v for k, v in request.headers.items()}})

    app = Starlette(routes=[Route(p, echo, methods=["GET", "POST"]) for p in ("/things", "/plain")])
    with serve(app) as base:
        yield base


@pytest.fixture(params=["sync", "async"])
async def api(request: pytest.FixtureRequest, mediasdk: ModuleType, echo_url: str) -> Any:
    made = Api(mediasdk, request.param == "async", echo_url)
    try:
        yield made
    finally:
        await made.aclose()


async def test_declared_accept_and_content_type_are_sent(api: Api) -> None:
    got = await api.run(api.client.things.list())
    assert got.headers["accept"] == VENDOR
    assert got.headers["content-type"] == "application/json"  # a GET: no body, still sent
    created = await api.run(api.client.things.create(body={"name": "x"}))
    assert created.headers["accept"] == VENDOR
    assert created.headers["content-type"] == "application/json"


async def test_extra_headers_still_override_them(api: Api) -> None:
    got = await api.run(
        api.client.things.list(
            extra_headers={"accept": "application/json", "content-type": "text/plain"}
        )
    )
    assert got.headers["accept"] == "application/json"
    assert got.headers["content-type"] == "text/plain"


async def test_a_declared_header_without_a_value_is_left_to_the_client(api: Api) -> None:
    got = await api.run(api.client.plain.list())
    assert got.headers["accept"] == "application/json"
    assert "content-type" not in got.headers


def test_the_generated_code_names_the_values(mediasdk: ModuleType) -> None:
    client = Path(mediasdk.__file__).parent / "resources" / "things.py"
    assert client.read_text().count(f'accept="{VENDOR}"') == 2
