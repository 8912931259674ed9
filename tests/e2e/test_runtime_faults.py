"""The runtime against a server that misbehaves: every fault is a typed SDK error.

Resets, closes, truncated bodies, invalid JSON, wrong content types, bad encodings and slow
drips all surface as `APIConnectionError` (`APITimeoutError` for time) or
`APIResponseValidationError` — never a raw httpx or pydantic exception — and never later
than the timeout (or the deadline) allows. Redirects never carry credentials to another
origin, and TLS certificates are verified by default.

The server is `tests/servers/faults_app.py`; the client is the committed relay SDK, its
base URL pointed at `{server}/{fault}`, so `client.jobs.retrieve("j1")` meets the fault.
"""

from __future__ import annotations

import asyncio
import importlib.util
import json
import logging
import ssl
import subprocess
import sys
import time
from collections.abc import Awaitable, Callable, Iterator
from pathlib import Path
from typing import Any

import httpx
import pydantic
import pytest
import relay

from tests.servers.faults_app import BOMB_SIZE, DRIP_INTERVAL, FaultServer, bomb, serve_faults

TIMEOUT = 0.2  # shorter than DRIP_INTERVAL: every trickled byte is a stall
SLACK = 1.0  # time a CI machine may add to a timeout
Error = type[relay.APIError]


@pytest.fixture(scope="module")
def faults() -> Iterator[FaultServer]:
    with serve_faults() as server:
        yield server


def _client(faults: FaultServer, mode: str, fault: str, **kwargs: Any) -> Any:
    kwargs.setdefault("timeout", TIMEOUT)
    kwargs.setdefault("max_retries", 0)
    cls = relay.AsyncClient if mode == "async" else relay.Client
    return cls(base_url=f"{faults.url}/{fault}", api_key="secret-key", **kwargs)


def _run(mode: str, make: Callable[[Any], Any], client: Any) -> Any:
    """Call `make(client)`; for the async client, await what it returns; then close the
    client and the httpx client it was given, if any."""
    given = None if client._owns_http else client._http
    if mode == "sync":
        try:
            with client:
                return make(client)
        finally:
            if given is not None:
                given.close()

    async def run() -> Any:
        try:
            async with client:
                result = make(client)
                return await result if isinstance(result, Awaitable) else result
        finally:
            if given is not None:
                await given.aclose()

    return asyncio.run(run())


def _raises(mode: str, make: Callable[[Any], Any], client: Any, expected: Error) -> BaseException:
    started = time.monotonic()
    with pytest.raises(relay.APIError) as caught:
        _run(mode, make, client)
    elapsed = time.monotonic() - started
    error = caught.value
    assert type(error) is expected, f"{type(error).__name__}: {error}"
    assert not isinstance(error, (httpx.HTTPError, pydantic.ValidationError))
    assert elapsed < TIMEOUT + SLACK, elapsed
    return error


MODES = ["sync", "async"]

# fault: the error `client.jobs.retrieve("j1")` must raise
GET_JOB: dict[str, Error] = {
    "reset": relay.APIConnectionError,
    "close": relay.APIConnectionError,
    "garbage": relay.APIConnectionError,
    "truncated": relay.APIConnectionError,
    "reset-body": relay.APIConnectionError,
    "bad-gzip": relay.APIConnectionError,
    "error-truncated": relay.APIConnectionError,
    "invalid-json": relay.APIResponseValidationError,
    "not-utf8": relay.APIResponseValidationError,
    "wrong-type": relay.APIResponseValidationError,
    "wrong-shape": relay.APIResponseValidationError,
    "drip": relay.APITimeoutError,
    "drip-headers": relay.APITimeoutError,
    "stall": relay.APITimeoutError,
    "deep-json": relay.APIResponseValidationError,
    "deep-error": relay.InternalServerError,
}


@pytest.mark.parametrize("mode", MODES)
def test_the_fault_server_answers_ok_when_asked(faults: FaultServer, mode: str) -> None:
    job = _run(mode, lambda c: c.jobs.retrieve("j1"), _client(faults, mode, "ok"))
    assert job == relay.models.Job(id="j1", name="job", state="queued")


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("fault", list(GET_JOB))
def test_a_fault_is_a_typed_error(faults: FaultServer, mode: str, fault: str) -> None:
    error = _raises(
        mode, lambda c: c.jobs.retrieve("j1"), _client(faults, mode, fault), GET_JOB[fault]
    )
    assert error.request is not None and error.request.url.path == f"/{fault}/jobs/j1"
    if isinstance(error, relay.APIResponseValidationError):
        assert error.status_code == 200 and error.response.status_code == 200


# fault: an error that comes with the response (and the call's max_response_size)
WITH_RESPONSE: dict[str, tuple[Error, int | None]] = {
    "deep-error": (relay.InternalServerError, None),
    "invalid-json": (relay.APIResponseValidationError, None),
    "bomb-gzip": (relay.ResponseTooLargeError, 1024),
}


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("fault", list(WITH_RESPONSE))
def test_an_error_with_a_response_keeps_it_with_the_request_shown(
    faults: FaultServer, mode: str, fault: str
) -> None:
    """Users log `e.response.request`: the response an error keeps carries the request the
    error shows, its credentials hidden, whichever kind of error it is."""
    expected, limit = WITH_RESPONSE[fault]
    client = _client(faults, mode, fault, timeout=30.0)  # not a test of time: a loaded machine
    with pytest.raises(expected) as caught:
        _run(mode, lambda c: c.jobs.retrieve("j1", max_response_size=limit), client)
    error = caught.value
    response = getattr(error, "response", None)
    assert isinstance(response, httpx.Response)
    assert response.request is error.request
    assert error.request is not None and error.request.headers["x-api-key"] == "[redacted]"
    assert getattr(error, "status_code", None) == response.status_code


@pytest.mark.parametrize("mode", MODES)
def test_a_drifted_response_is_returned_leniently_with_a_warning(
    faults: FaultServer, mode: str, caplog: pytest.LogCaptureFixture
) -> None:
    """`name` is null though the spec says str: the job still comes back, typed where it
    validates, the drifted field as sent, and the log names the field (not its value)."""
    with caplog.at_level(logging.WARNING, logger="relay"):
        job = _run(mode, lambda c: c.jobs.retrieve("j1"), _client(faults, mode, "drifted"))
    assert isinstance(job, relay.models.Job)
    assert job.id == "j1" and job.name is None
    assert job.state is relay.models.JobState.QUEUED  # typed: the parts that validate are
    assert job.model_extra == {"since": 3}
    (record,) = [r for r in caplog.records if "does not match" in r.getMessage()]
    assert "GET /jobs/{job_id}" in record.getMessage() and " at name;" in record.getMessage()


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("fault", ["drifted", "wrong-shape"])
def test_strict_response_validation_raises_on_drift(
    faults: FaultServer, mode: str, fault: str
) -> None:
    client = _client(faults, mode, fault, strict_response_validation=True)
    error = _raises(mode, lambda c: c.jobs.retrieve("j1"), client, relay.APIResponseValidationError)
    assert isinstance(error.__cause__, pydantic.ValidationError)
    assert error.body == json.loads(error.response.content)


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("fault", ["invalid-json", "wrong-type", "truncated", "drip"])
def test_raw_responses_fail_typed_too(faults: FaultServer, mode: str, fault: str) -> None:
    def call(client: Any) -> Any:
        if mode == "sync":
            return client.jobs.with_raw_response.retrieve("j1").parse()

        async def parse() -> Any:
            return (await client.jobs.with_raw_response.retrieve("j1")).parse()

        return parse()

    _raises(mode, call, _client(faults, mode, fault), GET_JOB[fault])


# fault: the error reading a streamed download must raise
STREAMED: dict[str, Error] = {
    "truncated": relay.APIConnectionError,
    "reset-body": relay.APIConnectionError,
    "bad-gzip": relay.APIConnectionError,
    "drip": relay.APITimeoutError,
    "error-truncated": relay.APIConnectionError,
}


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("fault", list(STREAMED))
@pytest.mark.parametrize("how", ["iterate", "read", "parse"])
def test_streamed_bodies_fail_typed(faults: FaultServer, mode: str, fault: str, how: str) -> None:
    def call(client: Any) -> Any:
        streaming = client.files.content.with_streaming_response
        if mode == "sync":
            with streaming.list("f") as response:
                if how == "iterate":
                    return b"".join(response.iter_bytes())
                return response.read() if how == "read" else response.parse()

        async def consume() -> Any:
            async with streaming.list("f") as response:
                if how == "iterate":
                    return b"".join([chunk async for chunk in response.aiter_bytes()])
                return await (response.read() if how == "read" else response.parse())

        return consume()

    _raises(mode, call, _client(faults, mode, fault), STREAMED[fault])


EVENTS: dict[str, Error] = {
    "events-broken": relay.APIConnectionError,
    "events-invalid": relay.APIResponseValidationError,
    "reset": relay.APIConnectionError,
    "stall": relay.APITimeoutError,
    "deep-error": relay.InternalServerError,
}


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("fault", list(EVENTS))
def test_event_streams_fail_typed(faults: FaultServer, mode: str, fault: str) -> None:
    def call(client: Any) -> Any:
        if mode == "sync":
            with client.events.list() as events:
                return list(events)

        async def consume() -> Any:
            async with await client.events.list() as events:
                return [event async for event in events]

        return consume()

    _raises(mode, call, _client(faults, mode, fault), EVENTS[fault])


@pytest.mark.parametrize("mode", MODES)
def test_retries_of_a_fault_end_typed_and_in_time(faults: FaultServer, mode: str) -> None:
    before = sum(1 for seen in faults.seen if seen["fault"] == "reset")
    client = _client(faults, mode, "reset", max_retries=2)
    started = time.monotonic()
    with pytest.raises(relay.APIConnectionError):
        _run(mode, lambda c: c.jobs.retrieve("j1"), client)
    assert time.monotonic() - started < 8 * 0.5 + SLACK  # two backoffs of at most 1 s and 2 s
    assert sum(1 for seen in faults.seen if seen["fault"] == "reset") - before == 3


@pytest.mark.parametrize("mode", MODES)
def test_the_deadline_bounds_a_drip_that_never_stalls(faults: FaultServer, mode: str) -> None:
    """Each byte comes within the read timeout; only the deadline can end the call."""
    client = _client(faults, mode, "drip", timeout=10 * DRIP_INTERVAL, deadline=1.0)
    started = time.monotonic()
    with pytest.raises(relay.APITimeoutError) as caught:
        _run(mode, lambda c: c.jobs.retrieve("j1"), client)
    assert time.monotonic() - started < 1.0 + DRIP_INTERVAL + SLACK
    assert "deadline" in str(caught.value)


# -- decompression bombs: bounded whatever the encodings ------------------------------------

MIB = 1024 * 1024
# a client in a process of its own: its peak resident memory (VmHWM; not ru_maxrss, which
# keeps the peak of the forked test process across exec) is the client's alone
BOMB_PROBE = """
import asyncio, json, sys
import relay

url, fault, mode = sys.argv[1:4]


def status(field):
    with open("/proc/self/status") as status:
        line = next(line for line in status if line.startswith(field + ":"))
    return int(line.split()[1]) * 1024


def resident():
    return status("VmRSS")


def peak():
    return status("VmHWM")


def call(client):
    client.with_options(base_url=url + "/ok").jobs.retrieve("j1")  # everything loaded
    return lambda: client.jobs.retrieve("j1", max_response_size=1024 * 1024)


async def main():
    async with relay.AsyncClient(base_url=f"{url}/{fault}", max_retries=0, timeout=60) as c:
        await c.with_options(base_url=url + "/ok").jobs.retrieve("j1")
        before = resident()
        try:
            await c.jobs.retrieve("j1", max_response_size=1024 * 1024)
            return before, "returned"
        except relay.APIError as error:
            return before, type(error).__name__


if mode == "async":
    before, outcome = asyncio.run(main())
else:
    with relay.Client(base_url=f"{url}/{fault}", max_retries=0, timeout=60) as client:
        make = call(client)
        before = resident()
        try:
            make()
            outcome = "returned"
        except relay.APIError as error:
            outcome = type(error).__name__
print(json.dumps({"outcome": outcome, "grew": peak() - before}))
"""


def _codec_installed(fault: str) -> bool:
    modules = {"br": "brotli", "zstd": "zstandard"}
    return all(
        importlib.util.find_spec(modules[c]) is not None
        for c in fault.split("-")[1:]
        if c in modules
    )


BOMBS = ["bomb-gzip-gzip", "bomb-deflate", "bomb-br", "bomb-zstd", "bomb-zstd-br-gzip"]


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("fault", BOMBS)
def test_a_decompression_bomb_stops_at_the_limit_in_little_memory(
    faults: FaultServer, mode: str, fault: str
) -> None:
    """256 MiB of zeros in a few hundred bytes (`gzip, gzip`: 686 B; brotli: 405 B), read with
    max_response_size=1 MiB: httpx decoded each encoding of a chunk in one step (the double
    gzip and brotli bombs took the client past 256 MiB); the SDK decodes in 64 KiB steps."""
    if not _codec_installed(fault):
        pytest.skip("the codec's library is not installed: httpx does not decode it either")
    assert len(bomb(tuple(fault.split("-")[1:]))) < 300_000  # built before the clock starts
    result = subprocess.run(
        [sys.executable, "-c", BOMB_PROBE, faults.url, fault, mode],
        cwd=Path(relay.__file__).parent.parent,
        capture_output=True,
        text=True,
        check=False,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr[-2000:]
    report = json.loads(result.stdout)
    print(f"\n[{mode}] {fault}: {BOMB_SIZE // MIB} MiB decoded, peak grew {report['grew'] / MIB:.1f} MiB")
    assert report["outcome"] == "ResponseTooLargeError"
    assert report["grew"] < 16 * MIB, f"peak grew {report['grew'] / MIB:.1f} MiB"


# -- credentials and TLS ------------------------------------------------------------------


def _echoed(job: Any) -> dict[str, str]:
    received: dict[str, str] = json.loads(job.name)
    return received


@pytest.mark.parametrize("mode", MODES)
def test_a_redirect_is_not_followed_by_default(faults: FaultServer, mode: str) -> None:
    client = _client(faults, mode, "redirect")
    with pytest.raises(relay.APIStatusError) as caught:
        _run(mode, lambda c: c.jobs.retrieve("j1"), client)
    assert caught.value.status_code == 307


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("target", ["same-origin", "other-port", "other-host"], ids=str)
def test_credentials_never_follow_a_redirect_to_another_origin(
    faults: FaultServer, mode: str, target: str
) -> None:
    with serve_faults() as other:
        port = faults.url.rsplit(":", 1)[1]
        to = {
            "same-origin": f"{faults.url}/echo/jobs/j1",
            "other-port": f"{other.url}/echo/jobs/j1",
            "other-host": f"http://localhost:{port}/echo/jobs/j1",
        }[target]
        http_cls = httpx.AsyncClient if mode == "async" else httpx.Client
        client = _client(
            faults,
            mode,
            "redirect",
            http_client=http_cls(follow_redirects=True),
            default_headers={"X-Trace": "t"},
        )
        job = _run(mode, lambda c: c.jobs.retrieve("j1", extra_query={"to": to}), client)
    received = _echoed(job)
    if target == "same-origin":
        assert received == {"x-api-key": "secret-key"}
    else:
        assert received == {}
    last = (other if target == "other-port" else faults).seen[-1]
    assert last["fault"] == "echo" and last["headers"]["x-trace"] == "t"


def _plain_httpx_follows(mode: str, http: Any, url: str) -> dict[str, str]:
    """What the echo server received when plain httpx followed the redirect with `http`."""
    if mode == "sync":
        return _echoed_text(http.get(url).json()["name"])

    async def get() -> dict[str, str]:
        async with http:
            return _echoed_text((await http.get(url)).json()["name"])

    return asyncio.run(get())


def _echoed_text(name: str) -> dict[str, str]:
    received: dict[str, str] = json.loads(name)
    return received


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("target", ["same-origin", "other-port"], ids=str)
def test_no_credential_of_the_http_client_follows_a_redirect_to_another_origin(
    faults: FaultServer, mode: str, target: str
) -> None:
    """An `http_client`'s own `auth=`, its default credential headers, its cookies and the
    call's extra_headers credentials stay on base_url's origin. Plain httpx with the same
    client sends no `auth` there; the SDK follows redirects hop by hop, and httpx applied
    the client's `auth` to every hop (the other server got `Authorization: Basic ...`)."""
    with serve_faults() as other:
        to = {
            "same-origin": f"{faults.url}/echo/jobs/j1",
            "other-port": f"{other.url}/echo/jobs/j1",
        }[target]
        http_cls = httpx.AsyncClient if mode == "async" else httpx.Client

        def http() -> Any:
            return http_cls(
                follow_redirects=True,
                auth=("http-user", "http-password"),
                headers={"Proxy-Authorization": "Basic cHJveHk6cHc="},
                cookies={"session": "jar-cookie"},
            )

        client = _client(faults, mode, "redirect", http_client=http())
        job = _run(
            mode,
            lambda c: c.jobs.retrieve(
                "j1",
                extra_query={"to": to},
                extra_headers={"Authorization": "Bearer extra-token"},
            ),
            client,
        )
        plain = _plain_httpx_follows(mode, http(), f"{faults.url}/redirect?to={to}")
    received = _echoed(job)
    if target == "same-origin":
        # httpx lets the client's auth win over a request's Authorization header
        assert received["authorization"] == plain["authorization"]
        assert received["authorization"].startswith("Basic ")
        assert received["cookie"] == "session=jar-cookie"
        assert received["x-api-key"] == "secret-key"
    else:
        assert received == {}
        assert "authorization" not in plain  # (plain httpx sends its cookies on, though)
        assert other.seen[-1]["fault"] == "echo"


@pytest.mark.parametrize("mode", MODES)
def test_too_many_redirects_is_a_connection_error(faults: FaultServer, mode: str) -> None:
    http_cls = httpx.AsyncClient if mode == "async" else httpx.Client
    client = _client(faults, mode, "redirect", http_client=http_cls(follow_redirects=True))
    error = _raises(mode, lambda c: c.jobs.retrieve("j1"), client, relay.APIConnectionError)
    assert "TooManyRedirects" in str(error)


@pytest.mark.parametrize("mode", MODES)
def test_tls_certificates_are_verified_by_default(mode: str) -> None:
    cls = relay.AsyncClient if mode == "async" else relay.Client
    client = cls(api_key="k")
    pool = client._http._transport._pool
    context = pool._ssl_context
    assert context.verify_mode == ssl.CERT_REQUIRED and context.check_hostname
    assert client.base_url.startswith("https://")
    assert client._http.follow_redirects is False
    if mode == "sync":
        client.close()
    else:
        asyncio.run(client.close())


# -- load: calls beyond the pool's size wait for a slot, not inside httpcore's pool ----


@pytest.fixture
def fresh_faults() -> Iterator[FaultServer]:
    """A server of its own, for tests that count its connections."""
    with serve_faults() as server:
        yield server


def test_hundreds_of_concurrent_async_calls_on_one_client(fresh_faults: FaultServer) -> None:
    """600 calls at once: at most 100 (the pool's size) are ever inside httpcore's pool.

    httpcore's pool slows down quadratically with the requests queued in it: without the
    SDK's gate, 1000 concurrent calls to a server that takes 50 ms took 52 s here, and
    2000 all failed with PoolTimeout after 60 s (with it: 13 s and 20 s, no errors).
    """
    fresh_faults.peak_connections = 0
    most_queued = 0

    async def run() -> list[Any]:
        nonlocal most_queued
        async with relay.AsyncClient(
            base_url=f"{fresh_faults.url}/busy", api_key="k"
        ) as client:
            pool = client._http._transport._pool
            calls = asyncio.gather(*(client.jobs.retrieve(f"j{i}") for i in range(600)))
            while not calls.done():
                most_queued = max(most_queued, len(pool._requests))
                await asyncio.sleep(0.01)
            return await calls

    jobs = asyncio.run(run())
    assert len(jobs) == 600 and all(job.id == "j1" for job in jobs)
    assert 50 < most_queued <= 100
    assert fresh_faults.peak_connections <= 100


def test_hundreds_of_threads_share_one_sync_client(fresh_faults: FaultServer) -> None:
    from concurrent.futures import ThreadPoolExecutor

    fresh_faults.peak_connections = 0
    most_queued = 0
    with relay.Client(base_url=f"{fresh_faults.url}/busy", api_key="k", timeout=10) as client:
        pool = client._http._transport._pool
        with ThreadPoolExecutor(150) as threads:
            calls = [threads.submit(client.jobs.retrieve, f"j{i}") for i in range(600)]
            while not all(call.done() for call in calls):
                most_queued = max(most_queued, len(pool._requests))
                time.sleep(0.01)
            jobs = [call.result() for call in calls]
    assert len(jobs) == 600 and all(job.id == "j1" for job in jobs)
    assert most_queued <= 100  # no thread waits inside httpcore's pool (encode/httpcore#1110)
    assert fresh_faults.peak_connections <= 100


STALLED_FOR = 2.5  # the timeout of the calls that take every connection of the pool


def _stalls_since(server: FaultServer, seen: int) -> int:
    return sum(request["fault"] == "stall" for request in server.seen[seen:])


@pytest.mark.parametrize("mode", MODES)
def test_waiting_for_a_free_connection_is_bounded_by_the_pool_timeout(
    faults: FaultServer, mode: str
) -> None:
    """With every connection taken (by stalled calls), one more call times out in time."""
    timeout = httpx.Timeout(30.0, pool=0.3)
    # the 100 stalled calls must all hold their connection before the one more call starts:
    # waited for (on a busy machine 100 threads take more than a fixed 0.3 s to get there),
    # and they stall long enough to hold them through that call's pool timeout
    give_up = time.monotonic() + STALLED_FOR - 0.3 - SLACK
    if mode == "sync":
        from concurrent.futures import ThreadPoolExecutor

        with relay.Client(base_url=faults.url, api_key="k", max_retries=0) as client:
            stall = client.with_options(base_url=f"{faults.url}/stall", timeout=STALLED_FOR)
            with ThreadPoolExecutor(100) as pool:
                seen = len(faults.seen)
                stalled = [pool.submit(stall.jobs.retrieve, "j") for _ in range(100)]
                while _stalls_since(faults, seen) < 100 and time.monotonic() < give_up:
                    time.sleep(0.01)
                started = time.monotonic()
                with pytest.raises(relay.APITimeoutError):
                    client.jobs.retrieve("j", timeout=timeout)
                waited = time.monotonic() - started
                for future in stalled:
                    assert isinstance(future.exception(), relay.APITimeoutError)
    else:

        async def run() -> float:
            async with relay.AsyncClient(
                base_url=faults.url, api_key="k", max_retries=0
            ) as client:
                stall = client.with_options(base_url=f"{faults.url}/stall", timeout=STALLED_FOR)
                seen = len(faults.seen)
                stalled = [asyncio.ensure_future(stall.jobs.retrieve("j")) for _ in range(100)]
                while _stalls_since(faults, seen) < 100 and time.monotonic() < give_up:
                    await asyncio.sleep(0.01)
                started = time.monotonic()
                with pytest.raises(relay.APITimeoutError):
                    await client.jobs.retrieve("j", timeout=timeout)
                waited = time.monotonic() - started
                results = await asyncio.gather(*stalled, return_exceptions=True)
                assert all(isinstance(r, relay.APITimeoutError) for r in results)
                return waited

        waited = asyncio.run(run())
    assert 0.25 < waited < 0.3 + SLACK


# ---- server input that Python itself cannot take: typed errors, not bare exceptions ---------


@pytest.mark.parametrize("mode", MODES)
def test_a_retry_after_date_beyond_python_dates_falls_back_to_backoff(
    faults: FaultServer, mode: str
) -> None:
    """`Retry-After: 1 Jan 10000000000000000000` overflowed while parsing (OverflowError)."""
    client = _client(faults, mode, "far-retry-after", max_retries=1)
    error = _raises(mode, lambda c: c.jobs.retrieve("j1"), client, relay.InternalServerError)
    assert error.status_code == 503
    assert [s["fault"] for s in faults.seen].count("far-retry-after") >= 2


@pytest.mark.parametrize("mode", MODES)
def test_a_header_value_that_is_not_ascii_is_a_typed_error(faults: FaultServer, mode: str) -> None:
    error = _raises(
        mode,
        lambda c: c.payments.create(
            body={"amount": 1, "currency": "EUR"}, idempotency_key="ключ-1"
        ),
        _client(faults, mode, "ok"),
        relay.InvalidRequestError,
    )
    assert isinstance(error, ValueError)
    assert "Idempotency-Key" in str(error) and "ключ" not in str(error)


@pytest.mark.parametrize("mode", MODES)
def test_a_base_url_with_control_characters_is_refused_when_given(
    faults: FaultServer, mode: str
) -> None:
    """Refused by the client, naming base_url, not by the first call."""
    with pytest.raises(ValueError, match=r"^base_url is not a valid URL"):
        _client(faults, mode, "ok\x01")
