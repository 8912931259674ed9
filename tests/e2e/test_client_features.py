"""Client features: timeouts, connection errors, headers, with_options, closing.

Slow answers and "every header" echoes come from the probe app in conftest.py
(`GET /v1/tours/{id}?delay=S`, `GET /v1/echo/{id}`), served on 127.0.0.1.
"""

from __future__ import annotations

import time

import httpx
import pytest
import showcase

from tests.e2e.conftest import _SSL_CONTEXT, Api

# ---- timeouts ------------------------------------------------------------------


@pytest.mark.parametrize("timeout", [0.2, httpx.Timeout(0.2)], ids=["float", "httpx.Timeout"])
async def test_per_call_timeout_raises_api_timeout_error(probe: Api, timeout: object) -> None:
    client = probe.new(timeout=10.0, max_retries=0)
    started = time.monotonic()

    with pytest.raises(probe.errors.APITimeoutError) as caught:
        await probe.run(client.tours.retrieve(1, extra_query={"delay": "3"}, timeout=timeout))

    assert time.monotonic() - started < 2.5
    assert isinstance(caught.value, probe.errors.APIConnectionError)
    assert isinstance(caught.value, probe.errors.APIError)
    # The client is still usable, and without the per-call timeout it waits long enough.
    tour = await probe.run(client.tours.retrieve(7, extra_query={"delay": "0.3"}))
    assert (tour.id, tour.title, tour.first_stop.name) == (7, "Slow tour", "Waiting room")


async def test_client_timeout_and_per_call_override(probe: Api) -> None:
    client = probe.new(timeout=0.2, max_retries=0)

    with pytest.raises(probe.errors.APITimeoutError):
        await probe.run(client.tours.retrieve(1, extra_query={"delay": "3"}))
    # A per-call timeout wins over the client's.
    tour = await probe.run(client.tours.retrieve(2, extra_query={"delay": "0.4"}, timeout=5.0))
    assert tour.id == 2


async def test_the_timeout_of_your_own_http_client_applies(probe: Api) -> None:
    """`http_client=httpx.Client(timeout=...)` keeps its timeout unless `timeout=` is given."""
    http_cls = httpx.AsyncClient if probe.is_async else httpx.Client
    client = probe.new(http_client=http_cls(verify=_SSL_CONTEXT, timeout=0.2), max_retries=0)
    started = time.monotonic()
    with pytest.raises(probe.errors.APITimeoutError):
        await probe.run(client.tours.retrieve(1, extra_query={"delay": "3"}))
    assert time.monotonic() - started < 2.5
    assert client.timeout == httpx.Timeout(0.2)
    # `timeout=` given to the SDK client, or to the call, still wins
    patient = probe.new(http_client=http_cls(verify=_SSL_CONTEXT, timeout=0.2), timeout=5.0)
    assert (await probe.run(patient.tours.retrieve(2, extra_query={"delay": "0.4"}))).id == 2
    tour = await probe.run(client.tours.retrieve(3, extra_query={"delay": "0.4"}, timeout=5.0))
    assert tour.id == 3


async def test_connection_refused_raises_api_connection_error(probe: Api, closed_port: int) -> None:
    client = probe.new(base_url=f"http://127.0.0.1:{closed_port}/v1", max_retries=0, timeout=5.0)

    with pytest.raises(probe.errors.APIConnectionError) as caught:
        await probe.run(client.tours.retrieve(1))

    assert not isinstance(caught.value, probe.errors.APITimeoutError)
    assert not isinstance(caught.value, probe.errors.APIStatusError)


# ---- headers and query extras ---------------------------------------------------


async def test_extra_headers_arrive(sc: Api, probe: Api) -> None:
    echo = await sc.run(
        sc.client.diagnostics.echo.retrieve(1, x_trace_id="t", extra_headers={"X-Retry-Count": "9"})
    )
    assert echo.headers == {"x-trace-id": "t", "x-retry-count": "9"}

    everything = await probe.run(
        probe.client.diagnostics.echo.retrieve(
            1, x_trace_id="t", extra_headers={"X-Custom-Thing": "yes", "X-Other": "1"}
        )
    )
    assert everything.headers["x-custom-thing"] == "yes"
    assert everything.headers["x-other"] == "1"
    assert everything.headers["x-trace-id"] == "t"


async def test_extra_query_arrives(sc: Api) -> None:
    echo = await sc.run(
        sc.client.diagnostics.echo.retrieve(
            1, x_trace_id="t", count=1, extra_query={"debug": "yes"}
        )
    )

    assert sorted(echo.query) == [["count", "1"], ["debug", "yes"]]


async def test_default_headers_arrive(sc: Api, probe: Api) -> None:
    client = sc.new(default_headers={"X-Retry-Count": "4"})
    echo = await sc.run(client.diagnostics.echo.retrieve(1, x_trace_id="t"))
    assert echo.headers == {"x-trace-id": "t", "x-retry-count": "4"}

    # Per-call extra headers win over the client's default headers.
    echo = await sc.run(
        client.diagnostics.echo.retrieve(1, x_trace_id="t", extra_headers={"X-Retry-Count": "5"})
    )
    assert echo.headers["x-retry-count"] == "5"
    # So does the operation's own header parameter.
    echo = await sc.run(client.diagnostics.echo.retrieve(1, x_trace_id="t", x_retry_count=6))
    assert echo.headers["x-retry-count"] == "6"

    other = probe.new(default_headers={"X-Team": "zoo", "X-Env": "test"})
    everything = await probe.run(other.diagnostics.echo.retrieve(1, x_trace_id="t"))
    assert (everything.headers["x-team"], everything.headers["x-env"]) == ("zoo", "test")


# ---- with_options ----------------------------------------------------------------


async def test_with_options_timeout(probe: Api) -> None:
    client = probe.new(timeout=5.0, max_retries=0)
    quick = client.with_options(timeout=0.2)

    assert quick is not client
    assert type(quick) is type(client)
    assert quick.timeout == 0.2
    assert client.timeout == 5.0  # the original keeps its own
    assert quick.max_retries == 0
    assert quick.base_url == client.base_url

    tour = await probe.run(quick.tours.retrieve(1, extra_query={"delay": "0"}))
    assert tour.id == 1
    with pytest.raises(probe.errors.APITimeoutError):
        await probe.run(quick.tours.retrieve(1, extra_query={"delay": "3"}))
    # The original, with its 5 s, outlasts a 0.4 s answer.
    tour = await probe.run(client.tours.retrieve(2, extra_query={"delay": "0.4"}))
    assert tour.id == 2


async def test_with_options_copy_works_and_leaves_the_original_alone(sc: Api) -> None:
    original_timeout = sc.client.timeout
    original_retries = sc.client.max_retries
    copy = sc.client.with_options(timeout=3.0, max_retries=1)

    assert (copy.timeout, copy.max_retries) == (3.0, 1)
    assert (sc.client.timeout, sc.client.max_retries) == (original_timeout, original_retries)
    item = await sc.run(copy.inventory.items.retrieve(1))
    assert item.sku == "HAY-001"
    tour = await sc.run(copy.tours.retrieve(2))
    assert tour.title == "Quick look"
    # The original still works too.
    item = await sc.run(sc.client.inventory.items.retrieve(2))
    assert item.sku == "SEED-002"


async def test_with_options_default_headers_merge(probe: Api) -> None:
    client = probe.new(default_headers={"X-Team": "zoo"})
    copy = client.with_options(default_headers={"X-Env": "test"})

    from_copy = await probe.run(copy.diagnostics.echo.retrieve(1, x_trace_id="t"))
    from_original = await probe.run(client.diagnostics.echo.retrieve(1, x_trace_id="t"))

    assert (from_copy.headers.get("x-team"), from_copy.headers.get("x-env")) == ("zoo", "test")
    assert (from_original.headers.get("x-team"), from_original.headers.get("x-env")) == (
        "zoo",
        None,
    )


# ---- closing (paired: `with Client` / `async with AsyncClient`) ------------------


def test_with_client_closes_it(probe_url: str) -> None:
    with showcase.Client(base_url=probe_url, max_retries=0) as client:
        assert isinstance(client, showcase.Client)
        tour = client.tours.retrieve(1, extra_query={"delay": "0"})
        assert tour.id == 1

    assert client._http.is_closed  # the SDK's own httpx client
    with pytest.raises((RuntimeError, showcase.errors.APIError)):
        client.tours.retrieve(1, extra_query={"delay": "0"})


async def test_async_with_async_client_closes_it(probe_url: str) -> None:
    async with showcase.AsyncClient(base_url=probe_url, max_retries=0) as client:
        assert isinstance(client, showcase.AsyncClient)
        tour = await client.tours.retrieve(1, extra_query={"delay": "0"})
        assert tour.id == 1

    assert client._http.is_closed  # the SDK's own httpx client
    with pytest.raises((RuntimeError, showcase.errors.APIError)):
        await client.tours.retrieve(1, extra_query={"delay": "0"})


async def test_copies_made_before_the_first_call_share_the_pool_it_creates(probe: Api) -> None:
    # the SDK's own httpx client is created by the first call, not by Client()
    client = probe.new(own_http=True, max_retries=0)
    copy = client.with_options(timeout=5.0)

    assert (await probe.run(copy.tours.retrieve(1, extra_query={"delay": "0"}))).id == 1
    assert (await probe.run(client.tours.retrieve(2, extra_query={"delay": "0"}))).id == 2

    assert copy._http is client._http
    await probe.run(copy.close())  # a copy does not own the pool
    assert not client._http.is_closed
    await probe.run(client.close())
    assert client._http.is_closed and copy.is_closed


async def test_a_client_closed_before_any_call_refuses_calls(probe: Api) -> None:
    client = probe.new(own_http=True, max_retries=0)
    copy = client.with_options(timeout=5.0)
    await probe.run(client.close())

    assert client.is_closed and copy.is_closed
    for closed in (client, copy):
        with pytest.raises(RuntimeError, match="client has been closed"):
            await probe.run(closed.tours.retrieve(1, extra_query={"delay": "0"}))


def test_with_client_leaves_a_given_http_client_open(probe_url: str) -> None:
    with httpx.Client(verify=_SSL_CONTEXT) as http:
        with showcase.Client(base_url=probe_url, http_client=http) as client:
            assert client.tours.retrieve(1, extra_query={"delay": "0"}).id == 1
        assert not http.is_closed
        assert http.get(probe_url + "/tours/3?delay=0").json()["id"] == 3


async def test_async_with_async_client_leaves_a_given_http_client_open(probe_url: str) -> None:
    async with httpx.AsyncClient(verify=_SSL_CONTEXT) as http:
        async with showcase.AsyncClient(base_url=probe_url, http_client=http) as client:
            assert (await client.tours.retrieve(1, extra_query={"delay": "0"})).id == 1
        assert not http.is_closed
        assert (await http.get(probe_url + "/tours/3?delay=0")).json()["id"] == 3
