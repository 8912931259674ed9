"""What the SDK's owner sets that the spec cannot carry, live, sync and async.

One spec (two key schemes, a POST that declares `Idempotency-Key`, one that does not), three
SDKs: `ordersdk` as detected plus a pinned `Orders-Version` header; `nokeysdk` with
`idempotency_header = false`; `customsdk` with its own idempotency header. The server
answers a write 500 (with `Retry-After: 0`) as often as the call's `X-Fail` asks, and
records every attempt's headers per `X-Test-Id`.
"""

from __future__ import annotations

import contextlib
import uuid
from collections.abc import AsyncIterator, Iterator
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Route

from tests.e2e.conftest import Api
from tests.helpers import imported_sdk
from tests.servers.live import serve

pytestmark = pytest.mark.e2e

CREATED = {
    "201": {
        "description": "created",
        "content": {"application/json": {"schema": {"type": "object", "additionalProperties": True}}},
    }
}
BODY = {
    "content": {
        "application/json": {"schema": {"type": "object", "properties": {"item": {"type": "string"}}}}
    }
}
SPEC: dict[str, Any] = {
    "openapi": "3.0.3",
    "info": {"title": "orders", "version": "1"},
    "security": [{"BearerAuth": []}],
    "paths": {
        "/orders": {
            "post": {
                "operationId": "createOrder",
                "parameters": [
                    {"name": "Idempotency-Key", "in": "header", "schema": {"type": "string"}}
                ],
                "requestBody": BODY,
                "responses": CREATED,
            }
        },
        "/notes": {"post": {"operationId": "createNote", "requestBody": BODY, "responses": CREATED}},
        "/headers": {
            "get": {
                "operationId": "listHeaders",
                "security": [{"BearerAuth": []}, {"ApiKeyAuth": []}],
                "responses": {
                    "200": {
                        "description": "the request's headers",
                        "content": {
                            "application/json": {
                                "schema": {"type": "object", "additionalProperties": True}
                            }
                        },
                    }
                },
            }
        },
    },
    "components": {
        "securitySchemes": {
            "ApiKeyAuth": {"type": "apiKey", "in": "header", "name": "X-Api-Key"},
            "BearerAuth": {"type": "http", "scheme": "bearer"},
        }
    },
}
SDKS: dict[str, dict[str, Any]] = {
    "ordersdk": {"default_headers": {"Orders-Version": "2024-06-20"}},
    "nokeysdk": {"idempotency_header": False},
    "customsdk": {"idempotency_header": "X-Request-Token"},
}

# X-Test-Id -> the headers of every attempt the server saw
SEEN: dict[str, list[dict[str, str]]] = {}


async def _write(request: Request) -> Response:
    test_id = request.headers["x-test-id"]
    attempts = SEEN.setdefault(test_id, [])
    attempts.append(dict(request.headers))
    if len(attempts) <= int(request.headers.get("x-fail", "0")):
        return JSONResponse({"error": "try again"}, status_code=500, headers={"Retry-After": "0"})
    return JSONResponse({"created": True}, status_code=201)


async def _headers(request: Request) -> Response:
    return JSONResponse(dict(request.headers))


@pytest.fixture(scope="module")
def server_url() -> Iterator[str]:
    routes = [
        Route("/orders", _write, methods=["POST"]),
        Route("/notes", _write, methods=["POST"]),
        Route("/headers", _headers),
    ]
    with serve(Starlette(routes=routes)) as base:
        yield base


@pytest.fixture(scope="module")
def sdks(tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[str, ModuleType]]:
    with contextlib.ExitStack() as stack:
        yield {
            package: stack.enter_context(
                imported_sdk(tmp_path_factory.mktemp(package), SPEC, package, **options)
            )[0]
            for package, options in SDKS.items()
        }


@pytest.fixture
async def apis(
    sdks: dict[str, ModuleType], mode: str, server_url: str
) -> AsyncIterator[dict[str, Api]]:
    made = {name: Api(package, mode == "async", server_url) for name, package in sdks.items()}
    try:
        yield made
    finally:
        for api in made.values():
            await api.aclose()


def _call(fails: int = 0) -> tuple[str, dict[str, str]]:
    test_id = uuid.uuid4().hex
    return test_id, {"X-Test-Id": test_id, "X-Fail": str(fails)}


# -- idempotent writes --------------------------------------------------------------------


@pytest.mark.parametrize("operation", ["orders", "notes"])
async def test_a_write_answered_500_is_retried_once_with_the_same_generated_key(
    apis: dict[str, Api], operation: str
) -> None:
    api = apis["ordersdk"]
    test_id, headers = _call(fails=1)
    resource = getattr(api.client.with_raw_response, operation)

    raw = await api.run(resource.create(item="book", extra_headers=headers))

    assert (raw.status_code, raw.retries_taken) == (201, 1)
    keys = [attempt.get("idempotency-key") for attempt in SEEN[test_id]]
    assert len(keys) == 2
    assert keys[0] and keys[0] == keys[1]  # made by the SDK, the same on the retry
    uuid.UUID(keys[0])


async def test_each_call_gets_a_key_of_its_own(apis: dict[str, Api]) -> None:
    api = apis["ordersdk"]
    ids = []
    for _ in range(2):
        test_id, headers = _call()
        await api.run(api.client.orders.create(item="book", extra_headers=headers))
        ids.append(test_id)
    first, second = (SEEN[test_id][0]["idempotency-key"] for test_id in ids)
    assert first != second


# without the setting, the caller's key makes the write repeatable all the same
@pytest.mark.parametrize("sdk", ["ordersdk", "nokeysdk"])
async def test_the_callers_key_is_kept_on_every_attempt(apis: dict[str, Api], sdk: str) -> None:
    api = apis[sdk]
    test_id, headers = _call(fails=1)

    await api.run(
        api.client.notes.create(item="book", idempotency_key="order-42", extra_headers=headers)
    )

    assert [attempt["idempotency-key"] for attempt in SEEN[test_id]] == ["order-42"] * 2


async def test_an_undeclared_post_gets_a_key_too(apis: dict[str, Api]) -> None:
    api = apis["ordersdk"]
    test_id, headers = _call(fails=1)

    await api.run(api.client.post("/notes", body={"item": "book"}, headers=headers))

    keys = [attempt.get("idempotency-key") for attempt in SEEN[test_id]]
    assert keys[0] and keys == [keys[0]] * 2


async def test_a_configured_header_carries_the_key(apis: dict[str, Api]) -> None:
    api = apis["customsdk"]
    test_id, headers = _call(fails=1)

    await api.run(api.client.notes.create(item="book", extra_headers=headers))

    keys = [attempt.get("x-request-token") for attempt in SEEN[test_id]]
    assert keys[0] and keys == [keys[0]] * 2
    assert "idempotency-key" not in SEEN[test_id][0]


async def test_without_the_setting_a_write_is_not_retried(apis: dict[str, Api]) -> None:
    api = apis["nokeysdk"]
    test_id, headers = _call(fails=1)

    with pytest.raises(api.errors.InternalServerError):
        await api.run(api.client.notes.create(item="book", extra_headers=headers))

    (attempt,) = SEEN[test_id]  # never sent twice
    assert "idempotency-key" not in attempt


# -- pinned headers -----------------------------------------------------------------------


async def test_the_pinned_header_is_sent_and_the_caller_can_replace_it(
    apis: dict[str, Api],
) -> None:
    api = apis["ordersdk"]

    sent = await api.run(api.client.headers.list())
    assert sent["orders-version"] == "2024-06-20"

    one_call = await api.run(api.client.headers.list(extra_headers={"Orders-Version": "2025-01"}))
    assert one_call["orders-version"] == "2025-01"

    left_out = await api.run(api.client.headers.list(extra_headers={"Orders-Version": None}))
    assert "orders-version" not in left_out

    client = api.new(default_headers={"orders-version": "2023-10"})
    assert (await api.run(client.headers.list()))["orders-version"] == "2023-10"
    assert (await api.run(api.client.headers.list()))["orders-version"] == "2024-06-20"


async def test_an_sdk_without_pinned_headers_sends_none(apis: dict[str, Api]) -> None:
    sent = await apis["nokeysdk"].run(apis["nokeysdk"].client.headers.list())
    assert "orders-version" not in sent


# -- the credential the API asks for first --------------------------------------------------


async def test_of_two_schemes_the_first_named_is_api_key(
    apis: dict[str, Api], monkeypatch: pytest.MonkeyPatch
) -> None:
    api = apis["ordersdk"]
    for variable in ("ORDERSDK_API_KEY", "ORDERSDK_API_KEY_AUTH"):
        monkeypatch.delenv(variable, raising=False)

    sent = await api.run(api.new(api_key="sk-keyword").headers.list())
    assert sent["authorization"] == "Bearer sk-keyword"

    monkeypatch.setenv("ORDERSDK_API_KEY", "sk-env")
    sent = await api.run(api.new().headers.list())
    assert sent["authorization"] == "Bearer sk-env"

    # the other scheme keeps its descriptive name
    monkeypatch.delenv("ORDERSDK_API_KEY")
    sent = await api.run(api.new(api_key_auth="hk").headers.list())
    assert (sent["x-api-key"], sent.get("authorization")) == ("hk", None)


def test_the_readme_quickstart_shows_the_keyword_and_variable(
    sdks: dict[str, ModuleType],
) -> None:
    readme = (Path(sdks["ordersdk"].__file__).parents[1] / "README.md").read_text("utf-8")
    start = readme.index("## Usage")
    usage = readme[start : readme.index("### ", start)]
    assert 'client = Client(api_key="My API Key", ' in usage
    assert "`ORDERSDK_API_KEY`" in usage
    assert "`Orders-Version: 2024-06-20`" in usage
