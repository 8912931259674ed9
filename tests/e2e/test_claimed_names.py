"""Spec names that match what the runtime or the generated modules define still work.

An untagged `fetchPage` operation, a `Models` tag and a `next_page` field of a page model
each once broke the SDK (the runtime's `Client.fetch_page` overridden, `client.models2`,
a page's `next_page()` hidden by the field). Served live, sync and async.
"""

from __future__ import annotations

from collections.abc import Iterator
from types import ModuleType
from typing import Any

import pytest
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse
from starlette.routing import Route

from tests.helpers import imported_sdk, minimal_spec
from tests.servers.live import serve

pytestmark = pytest.mark.e2e


def _json(schema: dict[str, Any]) -> dict[str, Any]:
    return {"200": {"description": "ok", "content": {"application/json": {"schema": schema}}}}


def _ref(name: str) -> dict[str, str]:
    return {"$ref": f"#/components/schemas/{name}"}


def _paged_spec(cursor_field: str, **paths: Any) -> dict[str, Any]:
    """`GET /items` pages by cursor: the page model has `data` and the next cursor in
    `cursor_field`."""
    items = {
        "get": {
            "operationId": "listItems",
            "tags": ["Items"],
            "parameters": [{"name": "cursor", "in": "query", "schema": {"type": "string"}}],
            "x-sdkforge-pagination": {
                "type": "cursor",
                "cursor_param": "cursor",
                "next_cursor": cursor_field,
                "items": "data",
            },
            "responses": _json(_ref("ItemPage")),
        }
    }
    page = {
        "type": "object",
        "required": ["data"],
        "properties": {
            "data": {"type": "array", "items": _ref("Item")},
            cursor_field: {"type": ["string", "null"]},
        },
    }
    schemas = {
        "Item": {"type": "object", "properties": {"id": {"type": "integer"}}},
        "ItemPage": page,
        "Status": {"type": "object", "properties": {"ok": {"type": "boolean"}}},
    }
    return minimal_spec(paths={"/items": items, **paths}, components={"schemas": schemas})


# a method of the client itself named like the runtime's own `fetch_page`
FETCH_PAGE = _paged_spec(
    "next",
    **{
        "/fetch": {
            "get": {
                "operationId": "fetchPage",
                "x-sdkforge-name": "fetch_page",
                "responses": _json(_ref("Status")),
            }
        }
    },
)
NEXT_PAGE_FIELD = _paged_spec("next_page")
MODELS_TAG = _paged_spec(
    "next",
    **{
        "/models": {
            "get": {
                "operationId": "listModels",
                "tags": ["Models"],
                "responses": _json({"type": "array", "items": _ref("Status")}),
            }
        }
    },
)
PAGES = {"": ([1, 2], "p2"), "p2": ([3], "p3"), "p3": ([4], None)}


def _app(cursor_field: str) -> Starlette:
    async def items(request: Request) -> JSONResponse:
        ids, cursor = PAGES[request.query_params.get("cursor", "")]
        return JSONResponse({"data": [{"id": i} for i in ids], cursor_field: cursor})

    async def fetch(_: Request) -> JSONResponse:
        return JSONResponse({"ok": True})

    async def models(_: Request) -> JSONResponse:
        return JSONResponse([{"ok": True}, {"ok": False}])

    routes = [Route("/items", items), Route("/fetch", fetch), Route("/models", models)]
    return Starlette(routes=routes)


@pytest.fixture(scope="module")
def fetch_page_sdk(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Any]:
    with imported_sdk(tmp_path_factory.mktemp("fetch"), FETCH_PAGE, "fetch_page_sdk") as made:
        yield made


@pytest.fixture(scope="module")
def models_sdk(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Any]:
    with imported_sdk(tmp_path_factory.mktemp("models"), MODELS_TAG, "models_tag_sdk") as made:
        yield made


@pytest.fixture(scope="module")
def next_page_sdk(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Any]:
    with imported_sdk(tmp_path_factory.mktemp("next"), NEXT_PAGE_FIELD, "next_page_sdk") as made:
        yield made


@pytest.fixture(scope="module")
def url() -> Iterator[str]:
    with serve(_app("next")) as base_url:
        yield base_url


@pytest.fixture(scope="module")
def next_page_url() -> Iterator[str]:
    with serve(_app("next_page")) as base_url:
        yield base_url


def test_an_untagged_fetch_page_operation_leaves_paging_working(
    fetch_page_sdk: tuple[ModuleType, list[str]], url: str
) -> None:
    sdk, warnings = fetch_page_sdk
    assert any("GET /fetch: client.fetch_page_ (not fetch_page)" in w for w in warnings)
    with sdk.Client(base_url=url) as client:
        assert [item.id for item in client.items.list()] == [1, 2, 3, 4]
        assert client.fetch_page_().ok is True


async def test_an_untagged_fetch_page_operation_leaves_async_paging_working(
    fetch_page_sdk: tuple[ModuleType, list[str]], url: str
) -> None:
    sdk, _ = fetch_page_sdk
    async with sdk.AsyncClient(base_url=url) as client:
        assert [item.id async for item in await client.items.list()] == [1, 2, 3, 4]
        assert (await client.fetch_page_()).ok is True


def test_a_models_tag_is_client_models(models_sdk: tuple[ModuleType, list[str]], url: str) -> None:
    sdk, warnings = models_sdk
    assert not any("client.models" in w for w in warnings), warnings
    with sdk.Client(base_url=url) as client:
        assert [s.ok for s in client.models.list()] == [True, False]
        assert [item.id for item in client.items.list()] == [1, 2, 3, 4]
        raw = client.with_raw_response.models.list()
        assert [s.ok for s in raw.parse()] == [True, False]


async def test_a_models_tag_is_async_client_models(
    models_sdk: tuple[ModuleType, list[str]], url: str
) -> None:
    sdk, _ = models_sdk
    async with sdk.AsyncClient(base_url=url) as client:
        assert [s.ok for s in await client.models.list()] == [True, False]


def test_a_next_page_field_leaves_the_page_methods(
    next_page_sdk: tuple[ModuleType, list[str]], next_page_url: str
) -> None:
    sdk, warnings = next_page_sdk
    assert any("'next_page' of ItemPage is 'next_page_'" in w for w in warnings), warnings
    with sdk.Client(base_url=next_page_url) as client:
        page = client.items.list()
        assert page.next_page_ == "p2" and page.has_next_page()
        assert [item.id for item in page] == [1, 2, 3, 4]
        assert [p.next_page_ for p in page.iter_pages()] == ["p2", "p3", None]
        assert page.next_page().next_page_ == "p3"
    assert sdk.models.ItemPage.model_validate({"data": [], "next_page": "x"}).next_page_ == "x"


async def test_a_next_page_field_leaves_the_async_page_methods(
    next_page_sdk: tuple[ModuleType, list[str]], next_page_url: str
) -> None:
    sdk, _ = next_page_sdk
    async with sdk.AsyncClient(base_url=next_page_url) as client:
        page = await client.items.list()
        assert [item.id async for item in page] == [1, 2, 3, 4]
        assert (await page.next_page()).next_page_ == "p3"
