"""Runtime parity with the hand-tuned SDKs, round 2 (live, sync and async): the retry-count
header, 304 and redirect errors, text answers declared boolean, per-call redirects, full
`copy()`, and the escape hatch's raw and streaming views with `content=` and `stream=`."""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator

import httpx
import pytest
import relay
import showcase
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse, RedirectResponse, Response
from starlette.routing import Route

from tests.e2e.conftest import Api
from tests.e2e.relay_support import recorded
from tests.e2e.test_relay_retries import fault
from tests.servers.live import serve


def _hatch_app() -> Starlette:
    """Endpoints no spec declares, for the escape hatch: a redirect, and an echo of what
    arrived (method, body, headers)."""

    async def moved(request: Request) -> Response:
        return RedirectResponse("/v1/landing?from=moved", status_code=302)

    async def landing(request: Request) -> Response:
        return JSONResponse({"landed": True, "query": dict(request.query_params)})

    async def echo(request: Request) -> Response:
        body = await request.body()
        return JSONResponse(
            {
                "method": request.method,
                "body": body.decode("latin-1"),
                "content_type": request.headers.get("content-type"),
                "headers": {k.lower(): v for k, v in request.headers.items()},
            }
        )

    async def lines(request: Request) -> Response:
        return Response(b"".join(b"line %d\n" % n for n in range(1, 201)), media_type="text/plain")

    verbs = ["GET", "POST", "PUT", "PATCH", "DELETE"]
    return Starlette(
        routes=[
            Route("/v1/moved", moved, methods=verbs),
            Route("/v1/landing", landing, methods=["GET"]),
            Route("/v1/echo", echo, methods=verbs),
            Route("/v1/lines", lines, methods=["GET"]),
        ]
    )


@pytest.fixture(scope="module")
def hatch_url() -> Iterator[str]:
    with serve(_hatch_app()) as base:
        yield base + "/v1"


@pytest.fixture
async def hatch(mode: str, hatch_url: str) -> AsyncIterator[Api]:
    """showcase clients pointed at the escape-hatch app."""
    api = Api(showcase, mode == "async", hatch_url)
    try:
        yield api
    finally:
        await api.aclose()


# ---- the retry-count header --------------------------------------------------------------


async def test_each_retry_says_how_many_came_before(
    rl: Api, plain_http: httpx.Client, relay_url: str, fault_key: str
) -> None:
    await rl.run(rl.client.jobs.retrieve("j7", extra_headers=fault(fault_key, 503, times=2)))

    sent = [h.get("x-retry-count") for h in recorded(plain_http, relay_url, fault_key)["headers"]]
    assert sent == [None, "1", "2"]


async def test_the_caller_can_replace_or_omit_the_retry_count(
    rl: Api, plain_http: httpx.Client, relay_url: str, fault_key: str
) -> None:
    omitted, replaced = fault_key + "-omitted", fault_key + "-replaced"
    await rl.run(
        rl.client.jobs.retrieve(
            "j7", extra_headers={**fault(omitted, 503), "X-Retry-Count": relay.omit}
        )
    )
    await rl.run(
        rl.client.jobs.retrieve(
            "j7", extra_headers={**fault(replaced, 503), "x-retry-count": "mine"}
        )
    )

    assert [h.get("x-retry-count") for h in recorded(plain_http, relay_url, omitted)["headers"]] == [
        None,
        None,
    ]
    assert [
        h.get("x-retry-count") for h in recorded(plain_http, relay_url, replaced)["headers"]
    ] == ["mine", "mine"]


# ---- 304 and redirects -------------------------------------------------------------------


async def test_a_declared_304_is_not_modified_with_its_etag(sc: Api) -> None:
    items = sc.client.inventory.items
    raw = await sc.run(items.with_raw_response.in_stock(1))
    etag = raw.headers["etag"]

    with pytest.raises(sc.errors.NotModifiedError) as caught:
        await sc.run(items.in_stock(1, if_none_match=etag))

    assert caught.value.etag == etag and caught.value.status_code == 304
    assert isinstance(caught.value, sc.errors.APIStatusError)


async def test_a_redirect_not_followed_carries_its_location(hatch: Api) -> None:
    with pytest.raises(hatch.errors.RedirectError) as caught:
        await hatch.run(hatch.client.get("/moved"))

    assert caught.value.status_code == 302
    assert caught.value.location == "/v1/landing?from=moved"


# ---- text answers declared boolean -------------------------------------------------------


async def test_a_text_answer_declared_boolean_is_a_bool_in_any_case(sc: Api) -> None:
    items = sc.client.inventory.items

    assert await sc.run(items.in_stock(1)) is True  # the server says "True"
    assert await sc.run(items.in_stock(3)) is False  # and "false"
