"""Runtime parity with the hand-tuned SDKs, round 2 (live, sync and async): the retry-count
header, 304 and redirect errors, text answers declared boolean, per-call redirects, full
`copy()`, and the escape hatch's raw and streaming views with `content=` and `stream=`."""

from __future__ import annotations

import contextlib
from collections.abc import AsyncIterator, Iterator
from typing import Any

import httpx
import petstore
import pytest
import relay
import showcase
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse, RedirectResponse, Response
from starlette.routing import Route

from tests.e2e.conftest import Api, _api
from tests.e2e.relay_support import recorded
from tests.e2e.test_relay_events import collect
from tests.e2e.test_relay_responses import chunks, enter
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

    async def events(request: Request) -> Response:
        stream = b"".join(b'data: {"n": %d}\n\n' % n for n in range(1, 4))
        return Response(stream, media_type="text/event-stream")

    async def pet_moved(request: Request) -> Response:
        return RedirectResponse("/v1/pet-landing", status_code=307)

    async def pet_landing(request: Request) -> Response:
        return JSONResponse({"id": 9, "name": "Moved"})

    async def lines(request: Request) -> Response:
        return Response(b"".join(b"line %d\n" % n for n in range(1, 201)), media_type="text/plain")

    verbs = ["GET", "POST", "PUT", "PATCH", "DELETE"]
    return Starlette(
        routes=[
            Route("/v1/moved", moved, methods=verbs),
            Route("/v1/landing", landing, methods=["GET"]),
            Route("/v1/echo", echo, methods=verbs),
            Route("/v1/lines", lines, methods=["GET"]),
            Route("/v1/events", events, methods=["GET", "POST"]),
            Route("/v1/pets/{petId}", pet_moved, methods=["GET"]),
            Route("/v1/pet-landing", pet_landing, methods=["GET"]),
        ]
    )


@pytest.fixture(scope="module")
def hatch_url() -> Iterator[str]:
    with serve(_hatch_app()) as base:
        yield base + "/v1"


@pytest.fixture
async def hatch(mode: str, hatch_url: str) -> AsyncIterator[Api]:
    """showcase clients pointed at the escape-hatch app."""
    async for api in _api(showcase, mode, hatch_url):
        yield api


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


# ---- per-call redirects ------------------------------------------------------------------


@pytest.fixture
async def moved_ps(mode: str, hatch_url: str) -> AsyncIterator[Api]:
    """petstore clients whose pets have moved (every `GET /pets/{id}` answers 307)."""
    async for api in _api(petstore, mode, hatch_url):
        yield api


async def test_one_call_follows_redirects_when_it_asks(moved_ps: Api) -> None:
    pets = moved_ps.client.pets

    pet = await moved_ps.run(pets.retrieve("1", follow_redirects=True))
    with pytest.raises(moved_ps.errors.RedirectError) as caught:
        await moved_ps.run(pets.retrieve("1"))  # one call only: the client's setting is kept

    assert pet.name == "Moved"
    assert caught.value.location == "/v1/pet-landing"


async def test_one_call_does_not_follow_what_the_http_client_would(moved_ps: Api) -> None:
    http_cls = httpx.AsyncClient if moved_ps.is_async else httpx.Client
    client = moved_ps.new(http_client=http_cls(follow_redirects=True))
    moved_ps._made.append(client._http)

    assert (await moved_ps.run(client.pets.retrieve("1"))).name == "Moved"
    with pytest.raises(moved_ps.errors.RedirectError):
        await moved_ps.run(client.pets.retrieve("1", follow_redirects=False))


async def test_the_escape_hatch_follows_redirects_per_call(hatch: Api) -> None:
    landed = await hatch.run(hatch.client.get("/moved", follow_redirects=True))

    assert landed == {"landed": True, "query": {"from": "moved"}}


# ---- copy() takes every constructor argument ---------------------------------------------


async def _echoed(api: Api, client: Any) -> Any:
    return await api.run(client.diagnostics.echo.retrieve(1, x_trace_id="t"))


async def test_a_copy_sends_with_the_http_client_it_is_given(probe: Api) -> None:
    http_cls = httpx.AsyncClient if probe.is_async else httpx.Client
    own = http_cls(headers={"X-Via": "copy"})
    probe._made.append(own)
    copy = probe.client.copy(http_client=own)

    assert (await _echoed(probe, copy)).headers["x-via"] == "copy"
    assert "x-via" not in (await _echoed(probe, probe.client)).headers
    await probe.run(copy.close())
    assert not own.is_closed  # the copy does not own what it was given


async def test_a_copy_adds_to_or_replaces_the_default_query(probe: Api) -> None:
    client = probe.new(default_query={"a": "1", "b": "2"})

    added = await _echoed(probe, client.copy(default_query={"c": "3"}))
    replaced = await _echoed(probe, client.copy(set_default_query={"c": "3"}))
    headers = await _echoed(probe, client.copy(set_default_headers={"X-Only": "this"}))

    assert sorted(tuple(pair) for pair in added.query) == [("a", "1"), ("b", "2"), ("c", "3")]
    assert [tuple(pair) for pair in replaced.query] == [("c", "3")]
    assert headers.headers["x-only"] == "this"


async def test_a_copy_takes_a_correlation_header_or_drops_it(probe: Api) -> None:
    client = probe.new(correlation_header="X-Corr")
    renamed = await _echoed(probe, client.copy(correlation_header="X-Call"))
    dropped = await _echoed(probe, client.copy(correlation_header=None))

    assert "x-call" in renamed.headers and "x-corr" not in renamed.headers
    assert "x-corr" not in dropped.headers and "x-call" not in dropped.headers
    assert "x-corr" in (await _echoed(probe, client)).headers


async def test_a_copy_takes_other_hooks_or_none(probe: Api) -> None:
    seen: list[str] = []

    def tag(event: Any) -> None:
        event.headers["X-Hooked"] = "copy"

    client = probe.new(on_request=lambda _event: seen.append("original"))
    hooked = await _echoed(probe, client.copy(on_request=tag))
    unhooked = client.copy(on_request=None, on_response=lambda _event: seen.append("response"))
    await _echoed(probe, unhooked)

    assert hooked.headers["x-hooked"] == "copy"
    assert seen == ["response"]  # neither copy ran the original's hook


async def test_a_copy_refuses_an_http_client_of_the_other_kind(probe: Api) -> None:
    wrong = httpx.Client() if probe.is_async else httpx.AsyncClient()
    probe._made.append(wrong)
    with pytest.raises(TypeError, match="http_client must be"):
        probe.client.copy(http_client=wrong)


# ---- the escape hatch: raw and streaming views, content= and stream= ---------------------


@pytest.mark.parametrize("verb", ["get", "post", "put", "patch", "delete"])
async def test_each_verb_of_the_escape_hatch_sends_its_method(hatch: Api, verb: str) -> None:
    echoed = await hatch.run(getattr(hatch.client, verb)("/echo"))
    raw = await hatch.run(getattr(hatch.client.with_raw_response, verb)("/echo"))

    assert echoed["method"] == verb.upper()
    assert raw.status_code == 200 and raw.parse()["method"] == verb.upper()


async def test_the_raw_view_of_the_escape_hatch(hatch: Api) -> None:
    raw = await hatch.run(
        hatch.client.with_raw_response.post("/echo", body={"a": 1}, headers={"X-Team": "t"})
    )

    assert raw.status_code == 200
    assert raw.headers["content-type"] == "application/json"
    echoed = raw.parse()
    assert echoed["body"] == '{"a":1}' and echoed["headers"]["x-team"] == "t"
    assert raw.parse(to=dict)["method"] == "POST"


async def test_the_streaming_view_of_the_escape_hatch(hatch: Api) -> None:
    async with contextlib.AsyncExitStack() as stack:
        response = await enter(hatch, stack, hatch.client.with_streaming_response.get("/lines"))
        assert response.http_response.is_stream_consumed is False
        lines = await chunks(hatch, response, "lines")

    assert lines[0] == "line 1" and lines[-1] == "line 200" and len(lines) == 200


async def test_content_sends_bytes_as_they_are(hatch: Api) -> None:
    echoed = await hatch.run(
        hatch.client.put("/echo", content=b"\x00raw\xff", headers={"Content-Type": "text/x-raw"})
    )
    plain = await hatch.run(hatch.client.post("/echo", content=b"abc"))

    assert echoed["body"] == "\x00raw\xff" and echoed["content_type"] == "text/x-raw"
    assert plain["content_type"] == "application/octet-stream"


async def test_content_sends_an_iterator_of_chunks(hatch: Api) -> None:
    def parts() -> Iterator[bytes]:
        yield b"one,"
        yield b"two"

    async def async_parts() -> AsyncIterator[bytes]:
        for part in parts():
            yield part

    echoed = await hatch.run(
        hatch.client.post("/echo", content=async_parts() if hatch.is_async else parts())
    )

    assert echoed["body"] == "one,two"


async def test_content_and_body_together_are_refused(hatch: Api) -> None:
    with pytest.raises(TypeError, match="not both"):
        await hatch.run(hatch.client.post("/echo", body={"a": 1}, content=b"x"))


async def test_stream_returns_the_events_of_an_undeclared_endpoint(hatch: Api) -> None:
    as_dicts = await hatch.run(hatch.client.get("/events", cast_to=dict, stream=True))
    as_text = await hatch.run(hatch.client.post("/events", stream=True))

    assert await collect(hatch, as_dicts) == [{"n": 1}, {"n": 2}, {"n": 3}]
    assert await collect(hatch, as_text) == ['{"n": 1}', '{"n": 2}', '{"n": 3}']
