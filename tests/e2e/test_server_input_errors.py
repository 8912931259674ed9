"""What a server (or a transport) sends that Python would raise on: the SDK's errors instead.

- An event stream's `retry:` field is read as the standard says (ASCII digits only, else
  ignored) and capped: `retry: ²` or 5,000 digits no longer raise a bare ValueError.
- An event counts once its blank line arrives: a stream that breaks in the middle of an
  event resumes after the last whole one (its `Last-Event-ID`), and one that ends there
  reports that one's id.
- A redirect whose `Location` host is not valid IDNA (`xn--ls8h.la`), which httpx reads
  with `idna.decode` and lets `idna.core.InvalidCodepoint` out, is an `APIConnectionError`
  (the server's answer cannot be followed: what httpx makes of a `Location` it cannot
  parse, a RemoteProtocolError, is one too), from a method, the escape hatch, a stream and
  a paginated list alike.
- An exception from outside httpx raised by a transport is an `APIConnectionError`
  (chained), retried as a connection that may have reached the server; KeyboardInterrupt
  and asyncio.CancelledError pass through untouched.

Live against the relay server and tests/servers/faults_app.py, sync and async.
"""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator, Iterator
from typing import Any
from urllib.parse import quote

import httpx
import pytest
import relay
from relay._runtime._streaming import SSEDecoder

from tests.e2e.conftest import Api
from tests.e2e.relay_support import record_only, recorded
from tests.e2e.test_relay_events import collect, expected, pairs
from tests.servers.faults_app import FaultServer, serve_faults

BAD_IDNA = "http://xn--ls8h.la/next"  # U+1F4A9 in punycode: not a valid IDNA 2008 label


@pytest.fixture(scope="module")
def faults() -> Iterator[FaultServer]:
    with serve_faults() as server:
        yield server


# -- retry: fields ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("value", "expected_retry"),
    [
        ("3000", 3000),
        ("²", None),  # a digit to str.isdigit(), and int() fails on it
        ("١٢", None),  # Arabic-Indic digits: int() reads them as 12
        ("12a", None),
        ("-1", None),
        ("", None),
        ("9" * 5000, 86_400_000),  # int() refuses more than 4,300 digits
        ("0" * 5000 + "7", 7),
    ],
)
def test_retry_is_ascii_digits_only_and_capped(value: str, expected_retry: int | None) -> None:
    decoder = SSEDecoder()
    decoder.decode(f"retry: {value}")
    assert decoder.retry == expected_retry
    assert decoder.reconnect_delay() <= 5.0


async def test_a_stream_with_bad_retry_fields_is_read(rl: Api) -> None:
    stream = await rl.run(
        rl.client.events.list(count=3, extra_headers={"X-Event-Style": "bad-retry"})
    )
    assert pairs(await collect(rl, stream)) == expected(1, 2, 3)


# -- half-received events ---------------------------------------------------------------


def test_a_half_received_events_id_and_data_are_dropped() -> None:
    """What `Stream` does when the stream ends, breaks or is closed inside an event."""
    decoder = SSEDecoder()
    for line in ["id: 1", "data: a", "", "id: 2", "event: late", "data: b"]:
        decoder.decode(line)
    assert decoder.last_event_id == "1"
    decoder.forget_partial()
    for line in ["data: c"]:
        decoder.decode(line)
    event = decoder.decode("")
    assert event is not None and (event.id, event.event, event.data) == ("1", None, "c")
    decoder.decode("id: 3")
    decoder.decode("")  # an id alone (no data) still counts, as the standard says
    assert decoder.last_event_id == "3"


async def test_a_stream_broken_inside_an_event_resumes_after_the_last_whole_one(
    rl: Api, plain_http: httpx.Client, fresh_relay_url: str
) -> None:
    """Event 3's lines arrive without their blank line, then the connection breaks: the
    reconnection asks for what follows 2, so event 3 is not lost."""
    client = rl.new(base_url=fresh_relay_url)
    stream = await rl.run(
        client.events.list(count=5, drop_after=2, extra_headers={"X-Event-Style": "torn"})
    )
    assert pairs(await collect(rl, stream)) == expected(1, 2, 3, 4, 5)
    assert plain_http.get(fresh_relay_url + "/_stats").json()["last_event_ids"] == ["2"]


async def test_a_stream_that_ends_inside_an_event_reports_the_last_whole_one(rl: Api) -> None:
    stream = await rl.run(rl.client.events.list(count=3, extra_headers={"X-Event-Style": "torn"}))
    assert pairs(await collect(rl, stream)) == expected(1, 2, 3)
    assert stream.last_event_id == "3"  # not "4", the id of the event never ended


# -- a redirect to a host that is not valid IDNA ----------------------------------------


def _redirecting(faults: FaultServer, mode: str, **kwargs: Any) -> Any:
    cls = relay.AsyncClient if mode == "async" else relay.Client
    base_url = f"{faults.url}/redirect?to={quote(BAD_IDNA, safe='')}"
    return cls(base_url=base_url, api_key="k", max_retries=0, **kwargs)


CALLS = {
    "method": lambda c: c.jobs.retrieve("j1"),
    "escape hatch": lambda c: c.get("/anything"),
    "event stream": lambda c: c.events.list(count=1),
    "paginated list": lambda c: c.items.list(limit=2),
}


@pytest.mark.parametrize("follow", [False, True], ids=["plain", "following"])
@pytest.mark.parametrize("call", list(CALLS))
async def test_a_redirect_to_a_bad_idna_host_is_a_connection_error(
    faults: FaultServer, mode: str, call: str, follow: bool
) -> None:
    http_cls = httpx.AsyncClient if mode == "async" else httpx.Client
    http = http_cls(follow_redirects=follow)
    client = _redirecting(faults, mode, http_client=http)
    # httpx reads the Location of every redirect and lets idna's error out (the SDK makes it
    # a connection error); httpx2 reads it only to follow it, and refuses the host itself
    on_httpx2 = httpx.__name__ == "httpx2"
    expected = relay.APIStatusError if on_httpx2 and not follow else relay.APIConnectionError
    try:
        with pytest.raises(expected) as caught:
            result = CALLS[call](client)
            if mode == "async":
                await result
    finally:
        if mode == "async":
            await client.close()
            await http.aclose()
        else:
            client.close()
            http.close()
    shown = (
        "307" if on_httpx2 and not follow else "ConnectError" if on_httpx2 else "InvalidCodepoint"
    )
    assert shown in str(caught.value)
    assert caught.value.request is not None


# -- exceptions from a transport --------------------------------------------------------


class Raising(httpx.BaseTransport, httpx.AsyncBaseTransport):
    """Raises the given exceptions, one an attempt, then sends with a real transport;
    `body_error` breaks the body of the responses it lets through instead."""

    def __init__(self, raises: list[BaseException], body_error: bool = False) -> None:
        self.raises = raises
        self.body_error = body_error
        self.attempts = 0
        self._sync = httpx.HTTPTransport()
        self._async = httpx.AsyncHTTPTransport()

    def _next(self) -> None:
        self.attempts += 1
        if self.raises:
            raise self.raises.pop(0)

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        self._next()
        response = self._sync.handle_request(request)
        if self.body_error:
            response.stream = BrokenBody(response.stream)
        return response

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        self._next()
        response = await self._async.handle_async_request(request)
        if self.body_error:
            response.stream = BrokenBody(response.stream)
        return response

    def close(self) -> None:
        self._sync.close()

    async def aclose(self) -> None:
        await self._async.aclose()


class BrokenBody(httpx.SyncByteStream, httpx.AsyncByteStream):
    def __init__(self, inner: Any) -> None:
        self.inner = inner

    def __iter__(self) -> Iterator[bytes]:
        raise OSError("the transport's own socket error")
        yield b""  # pragma: no cover

    async def __aiter__(self) -> AsyncIterator[bytes]:
        raise OSError("the transport's own socket error")
        yield b""  # pragma: no cover

    def close(self) -> None:
        self.inner.close()

    async def aclose(self) -> None:
        await self.inner.aclose()


def _through(rl: Api, transport: Raising, **kwargs: Any) -> Any:
    http_cls = httpx.AsyncClient if rl.is_async else httpx.Client
    return rl.new(http_client=http_cls(transport=transport), api_key="k", **kwargs)


async def test_an_exception_from_a_transport_is_a_connection_error(rl: Api) -> None:
    transport = Raising([RuntimeError("the transport broke")])
    client = _through(rl, transport, max_retries=0)
    with pytest.raises(rl.errors.APIConnectionError) as caught:
        await rl.run(client.jobs.retrieve("j1"))
    assert type(caught.value) is rl.errors.APIConnectionError
    assert "RuntimeError" in str(caught.value) and "broke" not in str(caught.value)
    assert isinstance(caught.value.__cause__.__cause__, RuntimeError)  # type: ignore[union-attr]


async def test_an_exception_from_a_transport_is_retried_like_a_connection_error(
    rl: Api, plain_http: httpx.Client, fault_key: str
) -> None:
    transport = Raising([ValueError("first"), RuntimeError("second")])
    client = _through(rl, transport, max_retries=2)
    job = await rl.run(client.jobs.retrieve("j1", extra_headers=record_only(fault_key), timeout=5))
    assert job.id == "j1" and transport.attempts == 3
    assert recorded(plain_http, rl.base_url, fault_key)["attempts"] == 1
    # a POST without an idempotency key may have reached the server: not repeated
    transport = Raising([RuntimeError("once")])
    client = _through(rl, transport, max_retries=2)
    with pytest.raises(rl.errors.APIConnectionError):
        await rl.run(client.jobs.create(name="n", extra_headers={"Idempotency-Key": None}))
    assert transport.attempts == 1


async def test_an_exception_while_reading_the_body_is_a_connection_error(rl: Api) -> None:
    client = _through(rl, Raising([], body_error=True), max_retries=0)
    with pytest.raises(rl.errors.APIConnectionError, match="OSError"):
        await rl.run(client.jobs.retrieve("j1"))


async def test_an_interrupt_or_a_cancellation_passes_through(rl: Api) -> None:
    stop: BaseException = asyncio.CancelledError() if rl.is_async else KeyboardInterrupt()
    transport = Raising([stop])
    client = _through(rl, transport, max_retries=2)
    with pytest.raises(type(stop)):
        await rl.run(client.jobs.retrieve("j1"))
    assert transport.attempts == 1  # not retried
