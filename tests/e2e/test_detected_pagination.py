"""Pagination nobody marked, found by detection and walked against a live server.

Two specs without any pagination marking: an untagged `/v1/customers` list in the shape
of the large payment APIs (`has_more`, `data`, `starting_after` = the last item's id),
and `/issues` answering a JSON list with GitHub's `Link: <...>; rel="next"` header.
Each is iterated to the end, sync and async: the exact items, and the exact requests.
A `Link` to another origin is not followed: credentials stay with base_url.
"""

from __future__ import annotations

from collections.abc import Iterator
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

CUSTOMERS = [f"cus_{i}" for i in range(1, 8)]  # 7 customers: pages of 3, 3 and 1
ISSUES = list(range(1, 6))  # 5 issues: pages of 2, 2 and 1


def _ref(name: str) -> dict[str, str]:
    return {"$ref": f"#/components/schemas/{name}"}


def _query(name: str, type_: str) -> dict[str, Any]:
    return {"name": name, "in": "query", "schema": {"type": type_}}


def _ok(schema: dict[str, Any], **extra: Any) -> dict[str, Any]:
    content = {"application/json": {"schema": schema}}
    return {"200": {"description": "ok", "content": content, **extra}}


HAS_MORE_SPEC = minimal_spec(
    paths={
        "/v1/customers": {
            "get": {
                "operationId": "GetCustomers",
                "parameters": [
                    _query("limit", "integer"),
                    _query("starting_after", "string"),
                    _query("ending_before", "string"),
                ],
                "responses": _ok(_ref("CustomerList")),
            }
        }
    },
    components={
        "schemas": {
            "Customer": {
                "type": "object",
                "required": ["id"],
                "properties": {"id": {"type": "string"}, "name": {"type": "string"}},
            },
            "CustomerList": {
                "type": "object",
                "required": ["data", "has_more"],
                "properties": {
                    "object": {"type": "string"},
                    "data": {"type": "array", "items": _ref("Customer")},
                    "has_more": {"type": "boolean"},
                    "url": {"type": "string"},
                },
            },
        }
    },
)

LINK_SPEC = minimal_spec(
    paths={
        "/issues": {
            "get": {
                "operationId": "listIssues",
                "parameters": [_query("per_page", "integer"), _query("page", "integer")],
                "responses": _ok(
                    {"type": "array", "items": _ref("Issue")},
                    headers={"Link": {"$ref": "#/components/headers/link"}},
                ),
            }
        }
    },
    components={
        "headers": {"link": {"schema": {"type": "string"}}},
        "schemas": {
            "Issue": {
                "type": "object",
                "required": ["number"],
                "properties": {"number": {"type": "integer"}},
            }
        },
        "securitySchemes": {"token": {"type": "http", "scheme": "bearer"}},
    },
    security=[{"token": []}],
)


def _customers_app(requests: list[dict[str, str]]) -> Starlette:
    async def customers(request: Request) -> JSONResponse:
        query = dict(request.query_params)
        requests.append(query)
        limit = int(query.get("limit", "3"))
        after = query.get("starting_after")
        start = CUSTOMERS.index(after) + 1 if after else 0
        chunk = CUSTOMERS[start : start + limit]
        return JSONResponse(
            {
                "object": "list",
                "data": [{"id": c, "name": c.upper()} for c in chunk],
                "has_more": start + limit < len(CUSTOMERS),
                "url": "/v1/customers",
            }
        )

    return Starlette(routes=[Route("/v1/customers", customers)])


def _issues_app(requests: list[dict[str, str]], foreign: list[str]) -> Starlette:
    """Pages of 2 issues; page 2 links to page 3 by a relative URL (RFC 8288 allows it).
    With `?foreign=1`, page 1 links to `foreign[0]` (another origin) instead; with
    `?next_url=...`, to that URL."""

    async def issues(request: Request) -> JSONResponse:
        query = dict(request.query_params)
        seen = {**query, "authorization": request.headers.get("authorization", "")}
        if "key" in query:  # a query credential: how many times it came
            seen["key"] = ",".join(request.query_params.getlist("key"))
        requests.append(seen)
        page, size = int(query.get("page", "1")), int(query.get("per_page", "2"))
        chunk = ISSUES[(page - 1) * size : page * size]
        headers = {}
        if page * size < len(ISSUES):
            # the next page's query is this one's (a credential in it too), another page
            following = "/issues?" + urlencode({**query, "page": page + 1})
            if page == 1:  # absolute, as GitHub writes it
                following = str(request.base_url).rstrip("/") + following
            if query.get("foreign"):
                following = foreign[0] + "/issues?page=2"
            if query.get("next_url"):
                following = query["next_url"]
            headers["Link"] = f'<{following}>; rel="next", <{following}>; rel="last"'
        return JSONResponse([{"number": n} for n in chunk], headers=headers)

    return Starlette(routes=[Route("/issues", issues)])


@pytest.fixture(scope="module")
def has_more_sdk(tmp_path_factory: pytest.TempPathFactory) -> Iterator[ModuleType]:
    with imported_sdk(tmp_path_factory.mktemp("has_more"), HAS_MORE_SPEC, "has_more_sdk") as (
        sdk,
        _,
    ):
        yield sdk


KEY_LINK_SPEC = {
    **LINK_SPEC,
    "components": {
        **LINK_SPEC["components"],
        "securitySchemes": {"token": {"type": "apiKey", "in": "query", "name": "key"}},
    },
}


@pytest.fixture(scope="module")
def key_link_sdk(tmp_path_factory: pytest.TempPathFactory) -> Iterator[ModuleType]:
    with imported_sdk(tmp_path_factory.mktemp("key_link"), KEY_LINK_SPEC, "key_link_sdk") as (
        sdk,
        _,
    ):
        yield sdk


@pytest.fixture(scope="module")
def link_sdk(tmp_path_factory: pytest.TempPathFactory) -> Iterator[ModuleType]:
    with imported_sdk(tmp_path_factory.mktemp("link"), LINK_SPEC, "link_sdk") as (sdk, _):
        yield sdk


@pytest.fixture
def customers() -> Iterator[tuple[str, list[dict[str, str]]]]:
    requests: list[dict[str, str]] = []
    with serve(_customers_app(requests)) as url:
        yield url, requests


@pytest.fixture
def issues() -> Iterator[tuple[str, list[dict[str, str]], list[dict[str, str]]]]:
    """The issues server, and a second one on another origin that counts what it got."""
    requests: list[dict[str, str]] = []
    elsewhere: list[dict[str, str]] = []
    foreign: list[str] = []
    with (
        serve(_issues_app(requests, foreign)) as url,
        serve(_issues_app(elsewhere, foreign)) as other,
    ):
        foreign.append(other.replace("127.0.0.1", "localhost"))
        yield url, requests, elsewhere


HAS_MORE_REQUESTS = [
    {"limit": "3"},
    {"limit": "3", "starting_after": "cus_3"},
    {"limit": "3", "starting_after": "cus_6"},
]


def test_a_has_more_list_is_walked_by_the_last_items_id(
    has_more_sdk: ModuleType, customers: tuple[str, list[dict[str, str]]]
) -> None:
    url, requests = customers
    with has_more_sdk.Client(base_url=url) as client:
        page = client.customers.list(limit=3)
        assert type(page).__name__ == "GetCustomersPage"
        assert [c.id for c in page] == CUSTOMERS
    assert requests == HAS_MORE_REQUESTS


async def test_a_has_more_list_is_walked_async(
    has_more_sdk: ModuleType, customers: tuple[str, list[dict[str, str]]]
) -> None:
    url, requests = customers
    async with has_more_sdk.AsyncClient(base_url=url) as client:
        page = await client.customers.list(limit=3)
        assert [c.id async for c in page] == CUSTOMERS
        assert [len(p.data) async for p in page.iter_pages()] == [3, 3, 1]
    assert requests == HAS_MORE_REQUESTS + HAS_MORE_REQUESTS[1:]  # iter_pages: page 1 held


LINK_REQUESTS = [
    {"per_page": "2", "authorization": "Bearer t0k"},
    {"per_page": "2", "page": "2", "authorization": "Bearer t0k"},
    {"per_page": "2", "page": "3", "authorization": "Bearer t0k"},
]


def test_link_headers_are_followed_to_the_last_page(
    link_sdk: ModuleType, issues: tuple[str, list[dict[str, str]], list[dict[str, str]]]
) -> None:
    url, requests, _ = issues
    with link_sdk.Client(base_url=url, api_key="t0k") as client:
        page = client.issues.list(per_page=2)
        assert [i.number for i in page] == ISSUES
        assert not client.issues.list(per_page=5).has_next_page()
    assert requests[:3] == LINK_REQUESTS and len(requests) == 4


async def test_link_headers_are_followed_async(
    link_sdk: ModuleType, issues: tuple[str, list[dict[str, str]], list[dict[str, str]]]
) -> None:
    url, requests, _ = issues
    async with link_sdk.AsyncClient(base_url=url, api_key="t0k") as client:
        assert [i.number async for i in await client.issues.list(per_page=2)] == ISSUES
    assert requests == LINK_REQUESTS


def test_a_link_to_another_origin_is_refused(
    link_sdk: ModuleType, issues: tuple[str, list[dict[str, str]], list[dict[str, str]]]
) -> None:
    url, requests, elsewhere = issues
    with link_sdk.Client(base_url=url, api_key="t0k") as client:
        page = client.issues.list(per_page=2, extra_query={"foreign": "1"})
        assert page.has_next_page()
        with pytest.raises(link_sdk.errors.PaginationLinkError, match="another origin"):
            list(page)
    assert len(requests) == 1 and elsewhere == []


async def test_a_link_to_another_origin_is_refused_async(
    link_sdk: ModuleType, issues: tuple[str, list[dict[str, str]], list[dict[str, str]]]
) -> None:
    url, requests, elsewhere = issues
    async with link_sdk.AsyncClient(base_url=url, api_key="t0k") as client:
        page = await client.issues.list(per_page=2, extra_query={"foreign": "1"})
        with pytest.raises(link_sdk.errors.PaginationLinkError):
            await page.next_page()
    assert len(requests) == 1 and elsewhere == []


@pytest.mark.parametrize("next_url", ["http://xn--ls8h.la/issues?page=2", "http://[::1/x"])
def test_a_link_to_a_host_that_is_no_valid_name_is_refused(
    link_sdk: ModuleType,
    issues: tuple[str, list[dict[str, str]], list[dict[str, str]]],
    next_url: str,
) -> None:
    """Not valid IDNA (`idna.core.InvalidCodepoint` from httpx's `url.host`), or no URL."""
    url, requests, _ = issues
    with link_sdk.Client(base_url=url, api_key="t0k") as client:
        page = client.issues.list(per_page=2, extra_query={"next_url": next_url})
        with pytest.raises(link_sdk.errors.PaginationLinkError, match="another origin"):
            list(page)
    assert len(requests) == 1


async def test_a_link_to_a_host_that_is_no_valid_name_is_refused_async(
    link_sdk: ModuleType, issues: tuple[str, list[dict[str, str]], list[dict[str, str]]]
) -> None:
    url, requests, _ = issues
    async with link_sdk.AsyncClient(base_url=url, api_key="t0k") as client:
        page = await client.issues.list(
            per_page=2, extra_query={"next_url": "http://xn--ls8h.la/issues"}
        )
        with pytest.raises(link_sdk.errors.PaginationLinkError):
            await page.next_page()
    assert len(requests) == 1


def test_a_query_credential_the_link_echoes_is_sent_once(
    key_link_sdk: ModuleType, issues: tuple[str, list[dict[str, str]], list[dict[str, str]]]
) -> None:
    url, requests, _ = issues
    with key_link_sdk.Client(base_url=url, api_key="k1") as client:
        assert [i.number for i in client.issues.list(per_page=2)] == ISSUES
    assert [(r["page"] if "page" in r else "1", r["key"]) for r in requests] == [
        ("1", "k1"),
        ("2", "k1"),
        ("3", "k1"),
    ]
