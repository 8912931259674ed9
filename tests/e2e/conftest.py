"""Fixtures for the live end-to-end tests.

Servers are started once (session scope) with ``tests.servers.live.serve`` on
127.0.0.1. Every client fixture is parametrised over ``sync`` and ``async``, so
each test runs once with ``Client`` and once with ``AsyncClient``; a test awaits
``api.run(call)`` whichever it got (``run`` also checks that the sync client
returned a plain value and the async client an awaitable).
"""

from __future__ import annotations

import asyncio
import inspect
import socket
import ssl
from collections.abc import AsyncIterator, Iterator
from types import ModuleType
from typing import Any

import httpx
import petstore
import pytest
import relay
import showcase
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Route

from tests.servers import echo_app, petstore_app, relay_app, showcase_app
from tests.servers.live import serve

ADMIN_TOKEN = showcase_app.ADMIN_TOKEN
MODES = ["sync", "async"]

# Building an httpx client loads the CA bundle (about 0.1 s). The standard fixtures hand the
# SDK clients an `http_client` that shares one SSL context, which keeps the suite fast; the
# tests of client construction and closing use clients that build their own.
_SSL_CONTEXT = ssl.create_default_context()


class Api:
    """One generated package used through its sync or its async client."""

    def __init__(self, package: ModuleType, is_async: bool, base_url: str) -> None:
        self.package = package
        self.is_async = is_async
        self.base_url = base_url
        self.errors: Any = package.errors
        self.models: Any = package.models
        self._made: list[Any] = []
        self.client: Any = self.new()

    @property
    def mode(self) -> str:
        return "async" if self.is_async else "sync"

    def new(self, *, own_http: bool = False, **kwargs: Any) -> Any:
        """Another client of the same kind (closed at teardown); base_url defaults to ours.

        With `own_http=True` the SDK client builds its own httpx client, as by default;
        otherwise it gets one that shares a prebuilt SSL context (see `_SSL_CONTEXT`).
        """
        kwargs.setdefault("base_url", self.base_url)
        if not own_http and "http_client" not in kwargs:
            http_cls = httpx.AsyncClient if self.is_async else httpx.Client
            kwargs["http_client"] = http_cls(verify=_SSL_CONTEXT)
            self._made.append(kwargs["http_client"])
        cls = self.package.AsyncClient if self.is_async else self.package.Client
        client = cls(**kwargs)
        self._made.append(client)
        return client

    async def run(self, result: Any) -> Any:
        """The value of a client call: awaited for the async client, as is for the sync one."""
        if self.is_async:
            assert inspect.isawaitable(result), f"AsyncClient returned {type(result).__name__}"
            return await result
        assert not inspect.isawaitable(result), "the sync Client returned an awaitable"
        return result

    async def aclose(self) -> None:
        for client in reversed(self._made):
            if isinstance(client, httpx.AsyncClient):
                await client.aclose()
            elif isinstance(client, httpx.Client):
                client.close()
            elif self.is_async:
                await client.close()
            else:
                client.close()


async def _api(package: ModuleType, mode: str, base_url: str) -> AsyncIterator[Api]:
    api = Api(package, mode == "async", base_url)
    try:
        yield api
    finally:
        await api.aclose()


# --------------------------------------------------------------------------
# Servers
# --------------------------------------------------------------------------


@pytest.fixture(scope="session")
def showcase_url() -> Iterator[str]:
    """A showcase server that no test changes (read-only tests)."""
    with serve(showcase_app.create_app()) as base:
        yield base + "/v1"


@pytest.fixture(scope="session")
def showcase_rw_url() -> Iterator[str]:
    """A showcase server for tests that change data; see `showcase_rw`."""
    with serve(showcase_app.create_app()) as base:
        yield base + "/v1"


@pytest.fixture(scope="session")
def petstore_url() -> Iterator[str]:
    """A petstore server that no test changes."""
    with serve(petstore_app.create_app()) as base:
        yield base + "/v1"


@pytest.fixture
def fresh_petstore_url() -> Iterator[str]:
    """A new petstore app (fresh seed) for a test that changes data."""
    with serve(petstore_app.create_app()) as base:
        yield base + "/v1"


def _probe_app() -> Starlette:
    """A tiny app for client features the spec servers cannot show.

    - `GET /v1/tours/{tourId}?delay=S` answers a `Tour` after S seconds (default 2); it
      stops early when the client goes away, so timeouts leave no work behind.
    - `GET /v1/echo/{itemId}` answers an `EchoResponse` reporting *every* header
      received (the showcase server only reports declared header parameters).
    """

    async def slow_tour(request: Request) -> Response:
        delay = float(request.query_params.get("delay", "2"))
        loop = asyncio.get_running_loop()
        deadline = loop.time() + delay
        while loop.time() < deadline:
            if await request.is_disconnected():
                return Response(status_code=499)
            await asyncio.sleep(0.01)
        tour_id = int(request.path_params["tourId"])
        return JSONResponse(
            {"id": tour_id, "title": "Slow tour", "first_stop": {"name": "Waiting room"}}
        )

    async def echo_all(request: Request) -> Response:
        return JSONResponse(
            {
                "method": request.method,
                "path": request.url.path,
                "raw_query": request.scope.get("query_string", b"").decode("latin-1"),
                "query": [[k, v] for k, v in request.query_params.multi_items()],
                "headers": {k.lower(): v for k, v in request.headers.items()},
                "cookies": dict(request.cookies),
                "content_type": request.headers.get("content-type"),
                "body": None,
            }
        )

    return Starlette(
        routes=[
            Route("/v1/tours/{tourId}", slow_tour, methods=["GET"]),
            Route("/v1/echo/{itemId}", echo_all, methods=["GET"]),
        ]
    )


@pytest.fixture(scope="session")
def probe_url() -> Iterator[str]:
    with serve(_probe_app()) as base:
        yield base + "/v1"


@pytest.fixture
def closed_port() -> int:
    """A 127.0.0.1 port nobody listens on (bound, then released)."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
    return port


# --------------------------------------------------------------------------
# Clients (each parametrised: sync Client and AsyncClient)
# --------------------------------------------------------------------------


@pytest.fixture(params=MODES)
def mode(request: pytest.FixtureRequest) -> str:
    return str(request.param)


@pytest.fixture
async def ps(mode: str, petstore_url: str) -> AsyncIterator[Api]:
    """petstore on the shared (read-only) server."""
    async for api in _api(petstore, mode, petstore_url):
        yield api


@pytest.fixture
async def ps_rw(mode: str, fresh_petstore_url: str) -> AsyncIterator[Api]:
    """petstore on a fresh server of its own."""
    async for api in _api(petstore, mode, fresh_petstore_url):
        yield api


@pytest.fixture
async def sc(mode: str, showcase_url: str) -> AsyncIterator[Api]:
    """showcase on the shared (read-only) server."""
    async for api in _api(showcase, mode, showcase_url):
        yield api


@pytest.fixture(scope="session")
def plain_http() -> Iterator[httpx.Client]:
    """A plain httpx client for fixtures (not the SDK under test)."""
    with httpx.Client(verify=_SSL_CONTEXT, timeout=10) as client:
        yield client


@pytest.fixture
async def sc_rw(mode: str, showcase_rw_url: str, plain_http: httpx.Client) -> AsyncIterator[Api]:
    """showcase on the writable server, reset to the seed before the test.

    The reset goes through plain httpx, so that it does not depend on the SDK under test.
    """
    response = plain_http.post(
        showcase_rw_url + "/admin/reset", headers={"X-Admin-Token": ADMIN_TOKEN}
    )
    assert response.status_code == 204, response.text
    async for api in _api(showcase, mode, showcase_rw_url):
        yield api


@pytest.fixture
async def probe(mode: str, probe_url: str) -> AsyncIterator[Api]:
    """showcase clients pointed at the probe app (slow tour, all-headers echo)."""
    async for api in _api(showcase, mode, probe_url):
        yield api


@pytest.fixture(scope="module")
def echo_server() -> Iterator[tuple[str, list[dict[str, Any]]]]:
    """The echo app (tests/servers/echo_app.py): its URL and what it received."""
    received: list[dict[str, Any]] = []
    with serve(echo_app.create_app(received)) as url:
        yield url, received


@pytest.fixture
def received(echo_server: tuple[str, list[dict[str, Any]]]) -> list[dict[str, Any]]:
    """What the echo app receives during this test (one record a request)."""
    echo_server[1].clear()
    return echo_server[1]


# --------------------------------------------------------------------------
# relay: the runtime features (auth, retries, pages, events, files)
# --------------------------------------------------------------------------

RELAY_CREDENTIALS: dict[str, Any] = {
    "api_key": relay_app.API_KEY,
    "query_key": relay_app.QUERY_KEY,
    "cookie_key": relay_app.COOKIE_KEY,
    "bearer_auth": relay_app.BEARER_TOKEN,
    "basic_auth": (relay_app.BASIC_USER, relay_app.BASIC_PASSWORD),
    "oauth_client": (relay_app.CLIENT_ID, relay_app.CLIENT_SECRET),
}


@pytest.fixture(scope="session")
def relay_url() -> Iterator[str]:
    """A relay server shared by the tests; faults are keyed per test (`fault_key`)."""
    with serve(relay_app.create_app()) as base:
        yield base


@pytest.fixture
def fresh_relay_url() -> Iterator[str]:
    """A relay server of the test's own (token counts, revocations, short token lifetimes)."""
    with serve(relay_app.create_app()) as base:
        yield base


@pytest.fixture
def fault_key(request: pytest.FixtureRequest) -> str:
    """A fault-counter key unique to this test (and its sync/async variant)."""
    return request.node.nodeid


@pytest.fixture
async def rl(mode: str, relay_url: str) -> AsyncIterator[Api]:
    """relay clients with every credential, on the shared relay server.

    `rl.client` retries with no backoff wait only where the server sends Retry-After; tests
    that need fast retries send `X-Fault-Retry-After: 0`.
    """
    api = Api(relay, mode == "async", relay_url)
    await api.aclose()  # replace the credential-less default client
    api._made.clear()
    api.client = api.new(**RELAY_CREDENTIALS)
    try:
        yield api
    finally:
        await api.aclose()
