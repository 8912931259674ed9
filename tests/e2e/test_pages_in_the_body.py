"""Pages the body leads to, and a list wrapper that does not page, against a live server.

One spec without any pagination marking, in the shapes of large APIs:
`/v1/customers/search` answers a `next_page` token that goes back in its `page` parameter;
`/v1/Services` names the next page's URL in `meta.next_page_url` (absolute, then relative,
then null); `/v1/models` wraps a `data` list and does not page. Each is iterated sync and
async: the exact items, and the exact requests. A next URL on another origin is refused.
"""

from __future__ import annotations

import typing
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType
from typing import Any
from urllib.parse import urlencode

import pytest
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse
from starlette.routing import Route

from tests.helpers import imported_sdk, minimal_spec
from tests.servers.live import serve

pytestmark = pytest.mark.e2e

CUSTOMERS = [f"cus_{i}" for i in range(1, 6)]  # pages of 2, 2 and 1
SERVICES = [f"MG{i}" for i in range(1, 6)]
MODELS = ["small", "medium", "large"]


def _ref(name: str) -> dict[str, str]:
    return {"$ref": f"#/components/schemas/{name}"}


def _query(name: str, type_: str, required: bool = False) -> dict[str, Any]:
    return {"name": name, "in": "query", "required": required, "schema": {"type": type_}}


def _get(operation_id: str, response: str, *params: dict[str, Any]) -> dict[str, Any]:
    content = {"application/json": {"schema": _ref(response)}}
    return {
        "get": {
            "operationId": operation_id,
            "parameters": list(params),
            "responses": {"200": {"description": "ok", "content": content}},
        }
    }


def _object(required: list[str], **properties: Any) -> dict[str, Any]:
    return {"type": "object", "required": required, "properties": properties}


_ID = {"id": {"type": "string"}}
_NULLABLE_TEXT = {"type": ["string", "null"]}

SPEC = minimal_spec(
    paths={
        "/v1/customers/search": _get(
            "SearchCustomers",
            "SearchResult",
            _query("query", "string", required=True),
            _query("limit", "integer"),
            _query("page", "string"),
        ),
        "/v1/Services": _get(
            "ListService",
            "ServiceList",
            _query("PageSize", "integer"),
            _query("Page", "integer"),
            _query("PageToken", "string"),
        ),
        "/v1/models": _get("ListModels", "ModelList"),
    },
    components={
        "schemas": {
            "Customer": _object(["id"], **_ID),
            "SearchResult": _object(
                ["data", "has_more"],
                object={"type": "string", "enum": ["search_result"]},
                data={"type": "array", "items": _ref("Customer")},
                has_more={"type": "boolean"},
                next_page=_NULLABLE_TEXT,
                url={"type": "string"},
            ),
            "Service": _object(["sid"], sid={"type": "string"}),
            "ServiceList": _object(
                ["services", "meta"],
                services={"type": "array", "items": _ref("Service")},
                meta=_object(
                    [],
                    page={"type": "integer"},
                    page_size={"type": "integer"},
                    next_page_url={**_NULLABLE_TEXT, "format": "uri"},
                    key={"type": "string"},
                ),
            ),
            "Model": _object(["id"], **_ID),
            "ModelList": _object(
                ["object", "data"],
                object={"type": "string", "enum": ["list"]},
                data={"type": "array", "items": _ref("Model")},
            ),
        }
    },
)


def _app(requests: list[tuple[str, dict[str, str]]], foreign: list[str]) -> Starlette:
    """Search pages of `limit` (2) customers with an opaque token; services pages of
    `PageSize` (2) linked by `meta.next_page_url`: absolute from page 1, relative from page
    2 (to `foreign[0]` with `?foreign=1`); the models in one response."""

    async def search(request: Request) -> JSONResponse:
        query = dict(request.query_params)
        requests.append(("search", query))
        if not query.get("query"):
            return JSONResponse({"error": "query is required"}, status_code=400)
        limit = int(query.get("limit", "2"))
        start = int(query["page"].removeprefix("tok_")) if "page" in query else 0
        more = start + limit < len(CUSTOMERS)
        return JSONResponse(
            {
                "object": "search_result",
                "data": [{"id": c} for c in CUSTOMERS[start : start + limit]],
                "has_more": more,
                "next_page": f"tok_{start + limit}" if more else None,
                "url": "/v1/customers/search",
            }
        )

    async def services(request: Request) -> JSONResponse:
        query = dict(request.query_params)
        requests.append(("services", query))
        page, size = int(query.get("Page", "0")), int(query.get("PageSize", "2"))
        following = None
        if (page + 1) * size < len(SERVICES):
            after = {**query, "Page": str(page + 1), "PageToken": f"PT{page + 1}"}
            following = "/v1/Services?" + urlencode(after)
            if page == 0:
                following = str(request.base_url).rstrip("/") + following
            if query.get("foreign"):
                following = foreign[0] + "/v1/Services?Page=1"
        return JSONResponse(
            {
                "services": [{"sid": s} for s in SERVICES[page * size : (page + 1) * size]],
                "meta": {
                    "page": page,
                    "page_size": size,
                    "next_page_url": following,
                    "key": "services",
                },
            }
        )

    async def models(request: Request) -> JSONResponse:
        requests.append(("models", dict(request.query_params)))
        return JSONResponse({"object": "list", "data": [{"id": m} for m in MODELS]})

    return Starlette(
        routes=[
            Route("/v1/customers/search", search),
            Route("/v1/Services", services),
            Route("/v1/models", models),
        ]
    )


@pytest.fixture(scope="module")
def sdk(tmp_path_factory: pytest.TempPathFactory) -> Iterator[ModuleType]:
    with imported_sdk(tmp_path_factory.mktemp("body_pages"), SPEC, "body_pages_sdk") as (
        module,
        _,
    ):
        yield module


Server = tuple[str, list[tuple[str, dict[str, str]]], list[tuple[str, dict[str, str]]]]


@pytest.fixture
def server() -> Iterator[Server]:
    """The server, and a second one on another origin that records what it got."""
    requests: list[tuple[str, dict[str, str]]] = []
    elsewhere: list[tuple[str, dict[str, str]]] = []
    foreign: list[str] = []
    with serve(_app(requests, foreign)) as url, serve(_app(elsewhere, foreign)) as other:
        foreign.append(other.replace("127.0.0.1", "localhost"))
        yield url, requests, elsewhere


QUERY = "email:'@example.com'"
SEARCH_REQUESTS = [
    ("search", {"query": QUERY, "limit": "2"}),
    ("search", {"query": QUERY, "limit": "2", "page": "tok_2"}),
    ("search", {"query": QUERY, "limit": "2", "page": "tok_4"}),
]


def test_a_search_pages_by_the_token_its_body_names(sdk: ModuleType, server: Server) -> None:
    url, requests, _ = server
    with sdk.Client(base_url=url) as client:
        assert [c.id for c in client.customers.search(query=QUERY, limit=2)] == CUSTOMERS
    assert requests == SEARCH_REQUESTS


async def test_a_search_pages_by_the_token_its_body_names_async(
    sdk: ModuleType, server: Server
) -> None:
    url, requests, _ = server
    async with sdk.AsyncClient(base_url=url) as client:
        page = await client.customers.search(query=QUERY, limit=2)
        assert [c.id async for c in page] == CUSTOMERS
    assert requests == SEARCH_REQUESTS


SERVICES_REQUESTS = [
    ("services", {"PageSize": "2"}),
    ("services", {"PageSize": "2", "Page": "1", "PageToken": "PT1"}),
    ("services", {"PageSize": "2", "Page": "2", "PageToken": "PT2"}),
]


def test_a_next_url_in_the_body_is_followed_to_the_last_page(
    sdk: ModuleType, server: Server
) -> None:
    url, requests, _ = server
    with sdk.Client(base_url=url) as client:
        page = client.services.list(page_size=2)
        assert [s.sid for s in page] == SERVICES
        assert [len(p.services) for p in page.iter_pages()] == [2, 2, 1]
    assert requests[:3] == SERVICES_REQUESTS


async def test_a_next_url_in_the_body_is_followed_async(sdk: ModuleType, server: Server) -> None:
    url, requests, _ = server
    async with sdk.AsyncClient(base_url=url) as client:
        assert [s.sid async for s in await client.services.list(page_size=2)] == SERVICES
    assert requests == SERVICES_REQUESTS


def test_a_next_url_in_the_body_to_another_origin_is_refused(
    sdk: ModuleType, server: Server
) -> None:
    url, requests, elsewhere = server
    with sdk.Client(base_url=url) as client:
        page = client.services.list(page_size=2, extra_query={"foreign": "1"})
        assert page.has_next_page()
        with pytest.raises(sdk.errors.PaginationLinkError, match="another origin"):
            list(page)
    assert len(requests) == 1 and elsewhere == []


async def test_a_next_url_in_the_body_to_another_origin_is_refused_async(
    sdk: ModuleType, server: Server
) -> None:
    url, requests, elsewhere = server
    async with sdk.AsyncClient(base_url=url) as client:
        page = await client.services.list(page_size=2, extra_query={"foreign": "1"})
        with pytest.raises(sdk.errors.PaginationLinkError):
            await page.next_page()
    assert len(requests) == 1 and elsewhere == []


def test_a_list_wrapper_iterates_its_items_not_its_fields(sdk: ModuleType, server: Server) -> None:
    url, requests, _ = server
    with sdk.Client(base_url=url) as client:
        page = client.models.list()
        found = list(page)
        assert all(isinstance(m, sdk.models.Model) for m in found)
        assert [m.id for m in found] == MODELS
        assert page.object == "list" and not page.has_next_page()
        assert [m.id for m in page] == MODELS  # again: the same page, nothing fetched
    assert requests == [("models", {})]


async def test_a_list_wrapper_iterates_its_items_async(sdk: ModuleType, server: Server) -> None:
    url, requests, _ = server
    async with sdk.AsyncClient(base_url=url) as client:
        page = await client.models.list()
        assert [m.id async for m in page] == MODELS
        assert [len(p.data) async for p in page.iter_pages()] == [3]
    assert requests == [("models", {})]


def test_a_list_wrapper_is_typed_to_iterate_its_items(sdk: ModuleType) -> None:
    """What a type checker reads: `list()` returns the page, whose items are models."""
    page_class = typing.get_type_hints(sdk.resources.models.Models.list)["return"]
    iterated = typing.get_type_hints(page_class.__iter__)["return"]
    assert typing.get_args(iterated) == (sdk.models.Model,)


def test_the_readme_says_how_each_method_pages(sdk: ModuleType) -> None:
    readme = (Path(sdk.__file__).parents[1] / "README.md").read_text(encoding="utf-8")
    assert "- `client.customers.search` (cursor: `page`)" in readme
    assert "- `client.services.list` (link: `meta.next_page_url` in the body)" in readme
    assert "- `client.models.list` (single: the items of one response, no further pages)" in readme
    # the example passes the search's required query
    assert """for item in client.customers.search(query="status:'active'"):""" in readme
