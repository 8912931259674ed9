"""An operation or a path with servers of its own is sent there, live, sync and async.

Three servers on 127.0.0.1: the API's (`main`), the uploads host an operation names in its
`servers` (with a variable at its default) and a path names for all its operations, and a
third one standing for a mock or a proxy. While the client talks to one of the API's
servers, each operation goes to its own host with the client's credentials; a `base_url`
that is none of the API's servers (given, copied, or from the environment) gets every call.
"""

from __future__ import annotations

import inspect
from collections.abc import Iterator
from types import ModuleType
from typing import Any

import httpx
import pytest
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Route

from tests.helpers import imported_sdk, minimal_spec
from tests.servers.live import serve

pytestmark = pytest.mark.e2e

Seen = list[tuple[str, str, str, str]]  # (server, method, path, authorization)


def _recording_app(name: str, seen: Seen) -> Starlette:
    async def anything(request: Request) -> Response:
        auth = request.headers.get("authorization", "")
        seen.append((name, request.method, request.url.path, auth))
        if "hop" in request.query_params:  # a redirect to the same path on this host
            return Response(status_code=307, headers={"Location": request.url.path})
        if request.method == "POST":
            return Response(status_code=201)
        return JSONResponse([name])

    return Starlette(routes=[Route("/{rest:path}", anything, methods=["GET", "POST"])])


def _spec(main: str, upload: str) -> dict[str, Any]:
    listing = {
        "200": {
            "description": "ok",
            "content": {
                "application/json": {"schema": {"type": "array", "items": {"type": "string"}}}
            },
        }
    }
    host, port = upload.removeprefix("http://").split(":")
    return minimal_spec(
        servers=[{"url": main + "/v1"}],
        paths={
            "/files": {
                "get": {"operationId": "listFiles", "tags": ["files"], "responses": listing},
                "post": {
                    "operationId": "uploadFile",
                    "tags": ["files"],
                    "servers": [
                        {
                            "url": f"http://{host}:{{port}}/v1",
                            "variables": {"port": {"default": port}},
                        }
                    ],
                    "requestBody": {
                        "required": True,
                        "content": {
                            "application/octet-stream": {
                                "schema": {"type": "string", "format": "binary"}
                            }
                        },
                    },
                    "responses": {"201": {"description": "stored"}},
                },
            },
            "/reports": {
                "servers": [{"url": upload + "/v1"}],
                "get": {"operationId": "listReports", "tags": ["reports"], "responses": listing},
            },
        },
        components={"securitySchemes": {"token": {"type": "http", "scheme": "bearer"}}},
        security=[{"token": []}],
    )


class Hosts:
    def __init__(self, main: str, upload: str, mock: str, seen: Seen, sdk: ModuleType) -> None:
        self.main, self.upload, self.mock, self.seen, self.sdk = main, upload, mock, seen, sdk


@pytest.fixture(scope="module")
def hosts(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Hosts]:
    seen: Seen = []
    with (
        serve(_recording_app("main", seen)) as main,
        serve(_recording_app("upload", seen)) as upload,
        serve(_recording_app("mock", seen)) as mock,
        imported_sdk(tmp_path_factory.mktemp("hosts"), _spec(main, upload), "hosts_sdk") as (
            sdk,
            warnings,
        ),
    ):
        assert warnings == []
        yield Hosts(main, upload, mock, seen, sdk)


@pytest.fixture
def fresh(hosts: Hosts) -> Hosts:
    hosts.seen.clear()
    return hosts


async def _calls(client: Any) -> None:
    """One call of each operation, awaited for an async client."""
    for result in (
        client.files.list(),
        client.files.create(body=b"data"),
        client.reports.list(),
    ):
        if inspect.isawaitable(result):
            await result


async def _run(sdk: ModuleType, mode: str, **kwargs: Any) -> None:
    if mode == "async":
        async with sdk.AsyncClient(api_key="t0k", **kwargs) as client:
            await _calls(client)
    else:
        with sdk.Client(api_key="t0k", **kwargs) as client:
            await _calls(client)


ON_THEIR_HOSTS = [
    ("main", "GET", "/v1/files", "Bearer t0k"),
    ("upload", "POST", "/v1/files", "Bearer t0k"),
    ("upload", "GET", "/v1/reports", "Bearer t0k"),
]


@pytest.mark.parametrize("mode", ["sync", "async"])
async def test_each_operation_goes_to_its_own_server(fresh: Hosts, mode: str) -> None:
    assert fresh.sdk.DEFAULT_BASE_URL == fresh.main + "/v1"
    await _run(fresh.sdk, mode)
    assert fresh.seen == ON_THEIR_HOSTS


@pytest.mark.parametrize("mode", ["sync", "async"])
async def test_choosing_an_api_server_keeps_the_operation_servers(fresh: Hosts, mode: str) -> None:
    await _run(fresh.sdk, mode, base_url=fresh.sdk.SERVERS[0] + "/")
    assert fresh.seen == ON_THEIR_HOSTS


@pytest.mark.parametrize("mode", ["sync", "async"])
async def test_another_base_url_receives_every_call(fresh: Hosts, mode: str) -> None:
    await _run(fresh.sdk, mode, base_url=fresh.mock + "/v1")
    assert fresh.seen == [("mock", *call[1:]) for call in ON_THEIR_HOSTS]


@pytest.mark.parametrize("mode", ["sync", "async"])
async def test_a_copy_with_another_base_url_receives_every_call(fresh: Hosts, mode: str) -> None:
    cls = fresh.sdk.AsyncClient if mode == "async" else fresh.sdk.Client
    client = cls(api_key="t0k")
    await _calls(client.copy(base_url=fresh.mock + "/v1"))
    await _calls(client)
    if mode == "async":
        await client.close()
    else:
        client.close()
    mocked = [("mock", *call[1:]) for call in ON_THEIR_HOSTS]
    assert fresh.seen == mocked + ON_THEIR_HOSTS


@pytest.mark.parametrize("mode", ["sync", "async"])
async def test_a_base_url_from_the_environment_receives_every_call(
    fresh: Hosts, mode: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("HOSTS_SDK_BASE_URL", fresh.mock + "/v1")
    await _run(fresh.sdk, mode)
    assert fresh.seen == [("mock", *call[1:]) for call in ON_THEIR_HOSTS]


@pytest.mark.parametrize("mode", ["sync", "async"])
async def test_credentials_follow_a_redirect_on_the_operations_own_host(
    fresh: Hosts, mode: str
) -> None:
    """The call's origin is its server's: a redirect there keeps the credentials."""
    if mode == "async":
        async with fresh.sdk.AsyncClient(
            api_key="t0k", http_client=httpx.AsyncClient(follow_redirects=True)
        ) as client:
            await client.reports.list(extra_query={"hop": "1"})
    else:
        with fresh.sdk.Client(
            api_key="t0k", http_client=httpx.Client(follow_redirects=True)
        ) as client:
            client.reports.list(extra_query={"hop": "1"})
    assert fresh.seen == [("upload", "GET", "/v1/reports", "Bearer t0k")] * 2
