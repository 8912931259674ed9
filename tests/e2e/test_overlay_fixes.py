"""An OpenAPI Overlay fixes a vendor's spec without editing it, and the SDK generated
through it works against a live server, sync and async: a request field the vendor typed
`string` is the list of objects the server takes, a server-set `id` is no longer required
of a create, and an operation is renamed with `x-sdkforge-name`."""

from __future__ import annotations

from collections.abc import Iterator
from types import ModuleType
from typing import Any

import pytest
import yaml
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse
from starlette.routing import Route

from generator.config import SdkOptions
from tests.helpers import imported_sdk, minimal_spec
from tests.servers.live import serve

pytestmark = pytest.mark.e2e

NOTEBOOK = {"$ref": "#/components/schemas/Notebook"}
VENDOR_SPEC = minimal_spec(
    paths={
        "/notebooks": {
            "post": {
                "operationId": "createNotebook",
                "requestBody": {
                    "required": True,
                    "content": {
                        "application/json": {
                            "schema": {"$ref": "#/components/schemas/NotebookCreate"}
                        }
                    },
                },
                "responses": {
                    "201": {"description": "made", "content": {"application/json": {"schema": NOTEBOOK}}}
                },
            }
        },
        "/notebooks/{id}/run": {
            "post": {
                "operationId": "runNotebook",
                "parameters": [{"name": "id", "in": "path", "required": True, "schema": {"type": "string"}}],
                "responses": {"200": {"description": "ran", "content": {"application/json": {"schema": NOTEBOOK}}}},
            }
        },
    },
    components={
        "schemas": {
            "Cell": {"type": "object", "required": ["source"], "properties": {"source": {"type": "string"}}},
            # the vendor's slips: `cells` is a list of cells, and the server sets `id`
            "NotebookCreate": {
                "type": "object",
                "required": ["id", "name"],
                "properties": {
                    "id": {"type": "string"},
                    "name": {"type": "string"},
                    "cells": {"type": "string"},
                },
            },
            "Notebook": {
                "type": "object",
                "required": ["id", "name"],
                "properties": {
                    "id": {"type": "string"},
                    "name": {"type": "string"},
                    "cells": {"type": "array", "items": {"$ref": "#/components/schemas/Cell"}},
                    "ran": {"type": "boolean"},
                },
            },
        }
    },
)
OVERLAY = {
    "overlay": "1.0.0",
    "info": {"title": "Fixes to the notebook API", "version": "1"},
    "actions": [
        {
            "target": "$.components.schemas.NotebookCreate.properties.cells",
            "update": {"type": "array", "items": {"$ref": "#/components/schemas/Cell"}},
        },
        {"target": "$.components.schemas.NotebookCreate.required[?@ == 'id']", "remove": True},
        {
            "target": "$.paths['/notebooks/{id}/run'].post",
            "update": {"x-sdkforge-name": "notebooks.execute"},
        },
    ],
}


def _app(seen: list[dict[str, Any]]) -> Starlette:
    async def create(request: Request) -> JSONResponse:
        body = await request.json()
        seen.append(body)
        if "id" in body or not all(isinstance(cell, dict) for cell in body.get("cells", [])):
            return JSONResponse({"error": "bad notebook"}, status_code=422)
        return JSONResponse({"id": "nb1", **body}, status_code=201)

    async def run(request: Request) -> JSONResponse:
        return JSONResponse({"id": request.path_params["id"], "name": "n", "ran": True})

    return Starlette(
        routes=[
            Route("/notebooks", create, methods=["POST"]),
            Route("/notebooks/{id}/run", run, methods=["POST"]),
        ]
    )


@pytest.fixture(scope="module")
def sdk(tmp_path_factory: pytest.TempPathFactory) -> Iterator[ModuleType]:
    folder = tmp_path_factory.mktemp("overlaid")
    overlay = folder / "fixes.yaml"
    overlay.write_text(yaml.safe_dump(OVERLAY), encoding="utf-8")
    options = SdkOptions(overlays=(overlay,))
    with imported_sdk(folder, VENDOR_SPEC, "overlaid_sdk", options) as (package, warnings):
        assert warnings == []
        yield package


@pytest.fixture
def server() -> Iterator[tuple[str, list[dict[str, Any]]]]:
    seen: list[dict[str, Any]] = []
    with serve(_app(seen)) as url:
        yield url, seen


CELLS = [{"source": "print(1)"}]


def test_the_overlaid_sdk_sends_what_the_server_takes(
    sdk: ModuleType, server: tuple[str, list[dict[str, Any]]]
) -> None:
    url, seen = server
    with sdk.Client(base_url=url) as client:
        made = client.notebooks.create(name="n", cells=CELLS)
        ran = client.notebooks.execute(made.id)
        assert not hasattr(client.notebooks, "run")
    assert (made.id, made.cells[0].source, ran.ran) == ("nb1", "print(1)", True)
    assert seen == [{"name": "n", "cells": CELLS}]


async def test_the_overlaid_sdk_sends_what_the_server_takes_async(
    sdk: ModuleType, server: tuple[str, list[dict[str, Any]]]
) -> None:
    url, seen = server
    async with sdk.AsyncClient(base_url=url) as client:
        made = await client.notebooks.create(name="n", cells=CELLS)
        ran = await client.notebooks.execute(made.id)
        assert not hasattr(client.notebooks, "run")
    assert (made.id, made.cells[0].source, ran.ran) == ("nb1", "print(1)", True)
    assert seen == [{"name": "n", "cells": CELLS}]
