"""relay: which failed attempts are retried, how long the SDK waits, and what it resends.

The live server (`tests/servers/relay_app.py`) injects faults on requests that carry
`X-Fault-Key` and records every attempt; `GET /_faults/{key}` tells how many attempts
arrived, when, and with which idempotency key. Faulted answers carry `Retry-After: 0`
unless a test is about the wait itself, so retries do not sleep; tests that would wait
for a backoff (a dropped or refused connection has no Retry-After) or for a long
Retry-After use the `sleeps` fixture, which records the waits the client asks for
instead of sleeping.
"""

from __future__ import annotations

import email.utils
import hashlib
import io
import itertools
import statistics
import time
from collections.abc import AsyncIterator, Callable, Iterator
from typing import Any

import httpx
import pytest
from relay._runtime import _async_client, _sync_client
from relay._runtime._retry import retry_delay

from tests.e2e.conftest import _SSL_CONTEXT, Api
from tests.e2e.relay_support import recorded

# ---- helpers ---------------------------------------------------------------------------


def fault(
    key: str,
    status: int | None = None,
    *,
    times: int = 1,
    retry_after: str | None = "0",
    retry_after_ms: str | None = None,
    delay: float | None = None,
    drop: bool = False,
) -> dict[str, str]:
    """Request headers asking the relay server for a fault on the first `times` attempts."""
    headers = {"X-Fault-Key": key, "X-Fault-Times": str(times)}
    if status is not None:
        headers["X-Fault-Status"] = str(status)
    if retry_after is not None:
        headers["X-Fault-Retry-After"] = retry_after
    if retry_after_ms is not None:
        headers["X-Fault-Retry-After-Ms"] = retry_after_ms
    if delay is not None:
        headers["X-Fault-Delay"] = str(delay)
    if drop:
        headers["X-Fault-Drop"] = "1"
    return headers


def gaps(times: list[float]) -> list[float]:
    return [later - earlier for earlier, later in itertools.pairwise(times)]


def http_client(api: Api, **kwargs: Any) -> Any:
    """An httpx client of the kind `api` needs, closed at teardown with the SDK clients."""
    client = (httpx.AsyncClient if api.is_async else httpx.Client)(**kwargs)
    api._made.append(client)
    return client


class CountingTransport(httpx.HTTPTransport):
    """Counts the requests that go to the network (connection attempts included)."""

    def __init__(self) -> None:
        super().__init__(verify=_SSL_CONTEXT)
        self.sent: list[str] = []

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        self.sent.append(request.method)
        return super().handle_request(request)


class AsyncCountingTransport(httpx.AsyncHTTPTransport):
    def __init__(self) -> None:
        super().__init__(verify=_SSL_CONTEXT)
        self.sent: list[str] = []

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        self.sent.append(request.method)
        return await super().handle_async_request(request)


@pytest.fixture
def sleeps(rl: Api, monkeypatch: pytest.MonkeyPatch) -> list[float]:
    """The retry waits the client asks for, recorded instead of slept."""
    recorded: list[float] = []
    if rl.is_async:

        async def fake_sleep(seconds: float) -> None:
            recorded.append(seconds)

        monkeypatch.setattr(_async_client, "async_sleep", fake_sleep)
    else:
        monkeypatch.setattr(_sync_client, "sleep", recorded.append)
    return recorded


def response_with(headers: dict[str, str], status: int = 503) -> httpx.Response:
    return httpx.Response(status, headers=headers, request=httpx.Request("GET", "http://x/"))


# Backoff of the first retry: 0.5 s with up to 25 % jitter taken off; generous bounds.
FIRST_BACKOFF = (0.3, 0.8)

# ---- retry_delay: the wait before a retry (unit level) --------------------------------


@pytest.mark.parametrize(
    ("headers", "expected"),
    [
        ({"retry-after": "0.2"}, 0.2),
        ({"retry-after": "3"}, 3.0),
        ({"retry-after": "0"}, 0.0),
        ({"retry-after-ms": "250"}, 0.25),
        ({"retry-after-ms": "1500"}, 1.5),
        ({"retry-after": "120"}, 60.0),
        ({"retry-after": "86400"}, 60.0),
        ({"retry-after-ms": "120000"}, 60.0),
    ],
    ids=["s-0.2", "s-3", "s-0", "ms-250", "ms-1500", "cap-120s", "cap-1d", "cap-ms"],
)
@pytest.mark.parametrize("retries_taken", [0, 3])
def test_retry_delay_honours_server_wish_up_to_60s(
    headers: dict[str, str], expected: float, retries_taken: int
) -> None:
    assert retry_delay(retries_taken, response_with(headers)) == pytest.approx(expected)


@pytest.mark.parametrize(
    ("ahead", "low", "high"),
    [(5, 3.9, 5.01), (300, 60.0, 60.0)],
    ids=["5s-ahead", "5min-ahead-capped"],
)
def test_retry_delay_http_date(ahead: int, low: float, high: float) -> None:
    date = email.utils.formatdate(time.time() + ahead, usegmt=True)

    delay = retry_delay(0, response_with({"retry-after": date}))

    assert low <= delay <= high


@pytest.mark.parametrize(
    "headers",
    [
        {"retry-after": "soon"},
        {"retry-after": ""},
        {"retry-after": "nan"},
        {"retry-after": "1.2.3"},
        {"retry-after": "Mon, 99 Foo 2020 25:00:00 GMT"},
        {"retry-after-ms": "nan"},
        {},
    ],
    ids=["word", "empty", "nan", "dots", "bad-date", "ms-nan", "none"],
)
def test_retry_delay_garbage_falls_back_to_backoff(headers: dict[str, str]) -> None:
    assert FIRST_BACKOFF[0] <= retry_delay(0, response_with(headers)) <= FIRST_BACKOFF[1]
    assert 1.2 <= retry_delay(2, response_with(headers)) <= 2.5


@pytest.mark.parametrize(
    "headers", [{"retry-after": "-5"}, {"retry-after-ms": "-100"}], ids=["s", "ms"]
)
def test_retry_delay_negative_falls_back_to_backoff(headers: dict[str, str]) -> None:
    assert FIRST_BACKOFF[0] <= retry_delay(0, response_with(headers)) <= FIRST_BACKOFF[1]


def test_backoff_is_exponential_with_jitter_and_capped() -> None:
    samples = {n: [retry_delay(n, None) for _ in range(200)] for n in range(12)}

    # starts about 0.5 s
    assert all(FIRST_BACKOFF[0] <= delay <= FIRST_BACKOFF[1] for delay in samples[0])
    # doubles with every retry taken (compare means: jitter moves single samples)
    means = [statistics.mean(samples[n]) for n in range(5)]
    for smaller, larger in itertools.pairwise(means):
        assert 1.7 <= larger / smaller <= 2.3
    # jittered: not the same wait every time
    assert len({round(delay, 6) for delay in samples[1]}) > 100
    # capped at about 8 s
    late = [delay for n in range(6, 12) for delay in samples[n]]
    assert max(late) <= 8.0 * 1.05
    assert min(late) >= 4.0


# ---- which failures are retried ---------------------------------------------------------


@pytest.mark.parametrize(
    ("status", "error_name"),
    [
        (408, "APIStatusError"),
        (429, "RateLimitError"),
        (500, "InternalServerError"),
        (502, "InternalServerError"),
        (503, "InternalServerError"),
        (504, "InternalServerError"),
    ],
)
async def test_retryable_status_is_retried_then_typed_error(
    rl: Api, plain_http: httpx.Client, relay_url: str, fault_key: str, status: int, error_name: str
) -> None:
    with pytest.raises(rl.errors.APIStatusError) as caught:
        await rl.run(rl.client.jobs.retrieve("j1", extra_headers=fault(fault_key, status, times=9)))

    record = recorded(plain_http, relay_url, fault_key)
    assert record["attempts"] == 3  # 1 + the default max_retries of 2
    assert record["methods"] == ["GET"] * 3
    error = caught.value
    assert type(error) is getattr(rl.errors, error_name)
    assert error.status_code == status
    assert error.response.status_code == status
    # the last response is the one attached
    assert error.response.json()["code"] == "injected_fault"
    assert "attempt 3 of 9" in error.response.json()["message"]


@pytest.mark.parametrize("status", [408, 429, 500, 502, 503, 504])
async def test_retryable_status_then_success(
    rl: Api, plain_http: httpx.Client, relay_url: str, fault_key: str, status: int
) -> None:
    raw = await rl.run(
        rl.client.jobs.with_raw_response.retrieve(
            "j7", extra_headers=fault(fault_key, status, times=2)
        )
    )

    assert raw.status_code == 200
    assert raw.retries_taken == 2
    assert raw.parse().id == "j7"
    assert recorded(plain_http, relay_url, fault_key)["attempts"] == 3


@pytest.mark.parametrize(
    ("status", "error_name"),
    [
        (400, "BadRequestError"),
        (401, "AuthenticationError"),
        (403, "PermissionDeniedError"),
        (404, "NotFoundError"),
        (409, "ConflictError"),
        (422, "UnprocessableEntityError"),
    ],
)
async def test_other_4xx_are_not_retried(
    rl: Api, plain_http: httpx.Client, relay_url: str, fault_key: str, status: int, error_name: str
) -> None:
    with pytest.raises(rl.errors.APIStatusError) as caught:
        await rl.run(
            rl.client.jobs.retrieve(
                "j1", max_retries=5, extra_headers=fault(fault_key, status, times=9)
            )
        )

    assert recorded(plain_http, relay_url, fault_key)["attempts"] == 1
    assert type(caught.value) is getattr(rl.errors, error_name)
    assert caught.value.status_code == status


async def test_dropped_connection_on_get_is_retried(
    rl: Api, plain_http: httpx.Client, relay_url: str, fault_key: str, sleeps: list[float]
) -> None:
    raw = await rl.run(
        rl.client.jobs.with_raw_response.retrieve("j2", extra_headers=fault(fault_key, drop=True))
    )

    assert raw.retries_taken == 1
    assert raw.parse().id == "j2"
    assert recorded(plain_http, relay_url, fault_key)["attempts"] == 2
    # no response, so no Retry-After: the backoff
    assert len(sleeps) == 1
    assert FIRST_BACKOFF[0] <= sleeps[0] <= FIRST_BACKOFF[1]


# ---- how many retries ------------------------------------------------------------------

RETRY_SETTINGS: dict[str, tuple[Callable[[Api], Any], dict[str, Any], int]] = {
    # name: (client to use, per-call kwargs, expected attempts)
    "default-2": (lambda api: api.client, {}, 3),
    "call-0": (lambda api: api.client, {"max_retries": 0}, 1),
    "call-4": (lambda api: api.client, {"max_retries": 4}, 5),
    "client-0": (lambda api: api.new(max_retries=0), {}, 1),
    "client-3": (lambda api: api.new(max_retries=3), {}, 4),
    "with_options-1": (lambda api: api.client.with_options(max_retries=1), {}, 2),
    "with_options-0-call-3": (
        lambda api: api.client.with_options(max_retries=0),
        {"max_retries": 3},
        4,
    ),
    "client-4-call-1": (lambda api: api.new(max_retries=4), {"max_retries": 1}, 2),
}


@pytest.mark.parametrize("setting", list(RETRY_SETTINGS))
async def test_max_retries_settings(
    rl: Api, plain_http: httpx.Client, relay_url: str, fault_key: str, setting: str
) -> None:
    make_client, kwargs, expected = RETRY_SETTINGS[setting]
    client = make_client(rl)

    with pytest.raises(rl.errors.InternalServerError):
        await rl.run(
            client.jobs.retrieve("j1", extra_headers=fault(fault_key, 503, times=9), **kwargs)
        )

    assert recorded(plain_http, relay_url, fault_key)["attempts"] == expected


async def test_with_options_leaves_the_original_client_alone(
    rl: Api, plain_http: httpx.Client, relay_url: str, fault_key: str
) -> None:
    rl.client.with_options(max_retries=0)

    with pytest.raises(rl.errors.InternalServerError):
        await rl.run(rl.client.jobs.retrieve("j1", extra_headers=fault(fault_key, 503, times=9)))

    assert recorded(plain_http, relay_url, fault_key)["attempts"] == 3


# ---- how long the client waits ----------------------------------------------------------


async def test_backoff_without_retry_after_starts_about_half_a_second(
    rl: Api, plain_http: httpx.Client, relay_url: str, fault_key: str
) -> None:
    headers = fault(fault_key, 503, retry_after=None)

    await rl.run(rl.client.jobs.retrieve("j1", max_retries=1, extra_headers=headers))

    (gap,) = gaps(recorded(plain_http, relay_url, fault_key)["times"])
    assert FIRST_BACKOFF[0] <= gap <= FIRST_BACKOFF[1]


async def test_backoff_grows_between_retries(
    rl: Api, plain_http: httpx.Client, relay_url: str, fault_key: str, sleeps: list[float]
) -> None:
    headers = fault(fault_key, 503, times=4, retry_after=None)

    await rl.run(rl.client.jobs.retrieve("j1", max_retries=4, extra_headers=headers))

    assert recorded(plain_http, relay_url, fault_key)["attempts"] == 5
    assert len(sleeps) == 4
    for retry, slept in enumerate(sleeps):
        assert 0.5 * 2**retry * 0.7 <= slept <= 0.5 * 2**retry * 1.05


@pytest.mark.parametrize(
    "wait",
    [{"retry_after": "0.1"}, {"retry_after": None, "retry_after_ms": "100"}],
    ids=["retry-after-seconds", "retry-after-ms"],
)
async def test_short_server_wait_is_honoured(
    rl: Api, plain_http: httpx.Client, relay_url: str, fault_key: str, wait: dict[str, Any]
) -> None:
    await rl.run(rl.client.jobs.retrieve("j1", extra_headers=fault(fault_key, 503, **wait)))

    (gap,) = gaps(recorded(plain_http, relay_url, fault_key)["times"])
    # at least the 0.1 s asked for, and well below the 0.375 s the backoff would wait
    assert 0.1 <= gap < 0.33


async def test_retry_after_http_date_is_honoured(
    rl: Api, plain_http: httpx.Client, relay_url: str, fault_key: str, sleeps: list[float]
) -> None:
    date = email.utils.formatdate(time.time() + 5, usegmt=True)

    await rl.run(
        rl.client.jobs.retrieve("j1", extra_headers=fault(fault_key, 503, retry_after=date))
    )

    assert recorded(plain_http, relay_url, fault_key)["attempts"] == 2
    (slept,) = sleeps
    assert 3.9 <= slept <= 5.01  # HTTP dates have no fractions of a second


@pytest.mark.parametrize(
    "wait",
    [{"retry_after": "120"}, {"retry_after": None, "retry_after_ms": "3600000"}],
    ids=["retry-after-seconds", "retry-after-ms"],
)
async def test_long_server_wait_is_capped_at_60s(
    rl: Api,
    plain_http: httpx.Client,
    relay_url: str,
    fault_key: str,
    sleeps: list[float],
    wait: dict[str, Any],
) -> None:
    job = await rl.run(rl.client.jobs.retrieve("j3", extra_headers=fault(fault_key, 429, **wait)))

    assert job.id == "j3"
    assert sleeps == [60.0]
    assert recorded(plain_http, relay_url, fault_key)["attempts"] == 2


# ---- writes are never duplicated --------------------------------------------------------

WRITES: dict[str, Callable[..., Any]] = {
    "POST": lambda client, **kw: client.jobs.create(body={"name": "x"}, **kw),
    "PATCH": lambda client, **kw: client.jobs.update("j1", body={"name": "y"}, **kw),
}

# name: (fault headers, extra call kwargs, expected error class name)
WRITE_FAULTS: dict[str, tuple[dict[str, Any], dict[str, Any], str]] = {
    "503": ({"status": 503}, {}, "InternalServerError"),
    "500": ({"status": 500}, {}, "InternalServerError"),
    "408": ({"status": 408}, {}, "APIStatusError"),
    "drop": ({"drop": True}, {}, "APIConnectionError"),
    "read-timeout": ({"delay": 2}, {"timeout": 0.2}, "APITimeoutError"),
}


@pytest.mark.parametrize("fault_name", list(WRITE_FAULTS))
@pytest.mark.parametrize("method", list(WRITES))
async def test_write_is_sent_once_when_it_may_have_reached_the_server(
    rl: Api,
    plain_http: httpx.Client,
    relay_url: str,
    fault_key: str,
    method: str,
    fault_name: str,
) -> None:
    fault_args, call_args, error_name = WRITE_FAULTS[fault_name]
    # relay's SDK gives every write an idempotency key; left out, the write has none
    headers = {**fault(fault_key, times=9, **fault_args), "Idempotency-Key": None}

    with pytest.raises(rl.errors.APIError) as caught:
        await rl.run(WRITES[method](rl.client, max_retries=3, extra_headers=headers, **call_args))

    record = recorded(plain_http, relay_url, fault_key)
    assert record["attempts"] == 1
    assert record["methods"] == [method]
    assert type(caught.value) is getattr(rl.errors, error_name)
    if "status" in fault_args:
        assert caught.value.status_code == fault_args["status"]


@pytest.mark.parametrize("method", list(WRITES))
async def test_write_is_retried_on_429(
    rl: Api, plain_http: httpx.Client, relay_url: str, fault_key: str, method: str
) -> None:
    raw = await rl.run(
        WRITES[method](rl.client.with_raw_response, extra_headers=fault(fault_key, 429, times=2))
    )

    assert raw.retries_taken == 2
    assert raw.parse().name in ("x", "y")
    record = recorded(plain_http, relay_url, fault_key)
    assert record["methods"] == [method] * 3


@pytest.mark.parametrize("method", list(WRITES))
async def test_write_is_retried_when_the_connection_was_never_made(
    rl: Api, closed_port: int, method: str, sleeps: list[float]
) -> None:
    transport = AsyncCountingTransport() if rl.is_async else CountingTransport()
    client = rl.new(
        base_url=f"http://127.0.0.1:{closed_port}",
        http_client=http_client(rl, transport=transport),
    )

    with pytest.raises(rl.errors.APIConnectionError) as caught:
        await rl.run(WRITES[method](client))

    assert not isinstance(caught.value, rl.errors.APITimeoutError)
    assert transport.sent == [method] * 3  # 1 + the default max_retries of 2
    assert len(sleeps) == 2


IDEMPOTENT: dict[str, Callable[..., Any]] = {
    "GET": lambda client, **kw: client.jobs.retrieve("j4", **kw),
    "PUT": lambda client, **kw: client.jobs.replace("j4", body={"name": "z"}, **kw),
    "DELETE": lambda client, **kw: client.jobs.delete("j4", **kw),
}


@pytest.mark.parametrize("method", list(IDEMPOTENT))
async def test_idempotent_methods_are_retried_on_503(
    rl: Api, plain_http: httpx.Client, relay_url: str, fault_key: str, method: str
) -> None:
    raw = await rl.run(
        IDEMPOTENT[method](rl.client.with_raw_response, extra_headers=fault(fault_key, 503))
    )

    assert raw.status_code in (200, 204)
    assert raw.retries_taken == 1
    assert recorded(plain_http, relay_url, fault_key)["methods"] == [method, method]


# ---- idempotency keys -----------------------------------------------------------------

PAYMENTS: dict[str, Callable[..., Any]] = {
    "POST": lambda client, **kw: client.payments.create(
        body={"amount": 1, "currency": "EUR"}, **kw
    ),
    "PATCH": lambda client, **kw: client.payments.update("p1", body={"amount": 2}, **kw),
}

PAYMENT_FAULTS: dict[str, dict[str, Any]] = {
    "503": {"status": 503},
    "500": {"status": 500},
    "drop": {"drop": True},
}


@pytest.mark.parametrize("fault_name", list(PAYMENT_FAULTS))
@pytest.mark.parametrize("method", list(PAYMENTS))
async def test_write_with_idempotency_key_is_retried_with_the_same_key(
    rl: Api,
    plain_http: httpx.Client,
    relay_url: str,
    fault_key: str,
    method: str,
    fault_name: str,
    sleeps: list[float],  # the backoff after a dropped connection, not waited for
) -> None:
    headers = fault(fault_key, **PAYMENT_FAULTS[fault_name])

    payment = await rl.run(PAYMENTS[method](rl.client, extra_headers=headers))

    record = recorded(plain_http, relay_url, fault_key)
    assert record["methods"] == [method, method]
    first, second = record["idempotency_keys"]
    assert first and first == second  # generated by the SDK, the same for the retry
    assert payment.idempotency_key == first


@pytest.mark.parametrize("method", list(PAYMENTS))
async def test_idempotency_key_is_the_same_on_every_attempt_until_exhausted(
    rl: Api, plain_http: httpx.Client, relay_url: str, fault_key: str, method: str
) -> None:
    with pytest.raises(rl.errors.InternalServerError):
        await rl.run(PAYMENTS[method](rl.client, extra_headers=fault(fault_key, 503, times=9)))

    keys = recorded(plain_http, relay_url, fault_key)["idempotency_keys"]
    assert len(keys) == 3
    assert keys[0] and len(set(keys)) == 1


@pytest.mark.parametrize("method", list(PAYMENTS))
async def test_each_call_gets_its_own_idempotency_key(
    rl: Api, plain_http: httpx.Client, relay_url: str, fault_key: str, method: str
) -> None:
    keys = []
    for n in (1, 2):
        key = f"{fault_key}#{n}"
        await rl.run(PAYMENTS[method](rl.client, extra_headers=fault(key, times=0)))
        keys.extend(recorded(plain_http, relay_url, key)["idempotency_keys"])

    assert len(keys) == 2
    assert all(keys)
    assert keys[0] != keys[1]


@pytest.mark.parametrize("method", list(PAYMENTS))
async def test_caller_idempotency_key_is_sent_as_is_on_every_attempt(
    rl: Api, plain_http: httpx.Client, relay_url: str, fault_key: str, method: str
) -> None:
    payment = await rl.run(
        PAYMENTS[method](
            rl.client, idempotency_key="abc", extra_headers=fault(fault_key, 503, times=2)
        )
    )

    assert recorded(plain_http, relay_url, fault_key)["idempotency_keys"] == ["abc"] * 3
    assert payment.idempotency_key == "abc"


# ---- bodies that cannot be sent twice ---------------------------------------------------

CONTENT = bytes(range(256)) * 600  # 150 KiB: more than one chunk
CONTENT_SHA = hashlib.sha256(CONTENT).hexdigest()

# Faults after which a POST is retried when its body can be sent again: a 429, or a 503
# on a request that carries an idempotency key.
UPLOAD_FAULTS: dict[str, Callable[[str], dict[str, str]]] = {
    "429": lambda key: fault(key, 429),
    "503-with-key": lambda key: {**fault(key, 503), "Idempotency-Key": key},
}


class NonSeekable(io.RawIOBase):
    """A binary file that can be read once only (like a pipe or a socket)."""

    def __init__(self, data: bytes) -> None:
        self._data = io.BytesIO(data)

    def readable(self) -> bool:
        return True

    def seekable(self) -> bool:
        return False

    def readinto(self, buffer: Any) -> int:
        chunk = self._data.read(len(buffer))
        buffer[: len(chunk)] = chunk
        return len(chunk)


def _parts() -> list[bytes]:
    return [CONTENT[i : i + 50_000] for i in range(0, len(CONTENT), 50_000)]


def _generator() -> Iterator[bytes]:
    yield from _parts()


async def _async_generator() -> AsyncIterator[bytes]:
    for part in _parts():
        yield part


# Raw bodies that are gone once sent; name: (body maker, only for the async client)
ONE_SHOT_BODIES: dict[str, tuple[Callable[[], Any], bool]] = {
    "iterator": (lambda: iter(_parts()), False),
    "generator": (_generator, False),
    "async-generator": (_async_generator, True),
    "non-seekable-file": (lambda: NonSeekable(CONTENT), False),
}


@pytest.mark.parametrize("fault_name", list(UPLOAD_FAULTS))
@pytest.mark.parametrize("body_kind", list(ONE_SHOT_BODIES))
async def test_raw_upload_that_cannot_be_resent_is_sent_once(
    rl: Api,
    plain_http: httpx.Client,
    relay_url: str,
    fault_key: str,
    body_kind: str,
    fault_name: str,
) -> None:
    make_body, async_only = ONE_SHOT_BODIES[body_kind]
    if async_only and not rl.is_async:
        pytest.skip("the sync client cannot read an async iterator")
    headers = UPLOAD_FAULTS[fault_name](fault_key)

    with pytest.raises(rl.errors.APIStatusError) as caught:
        await rl.run(rl.client.files.raw(body=make_body(), extra_headers=headers))

    assert recorded(plain_http, relay_url, fault_key)["attempts"] == 1
    assert caught.value.status_code == int(fault_name[:3])


async def test_raw_upload_from_a_generator_arrives_in_full(rl: Api) -> None:
    body = _async_generator() if rl.is_async else _generator()

    info = await rl.run(rl.client.files.raw(body=body))

    assert (info.size, info.sha256) == (len(CONTENT), CONTENT_SHA)


RAW_BODIES: dict[str, Callable[[], Any]] = {
    "bytes": lambda: CONTENT,
    "BytesIO": lambda: io.BytesIO(CONTENT),
}


@pytest.mark.parametrize("fault_name", list(UPLOAD_FAULTS))
@pytest.mark.parametrize("body_kind", list(RAW_BODIES))
async def test_raw_upload_that_can_be_resent_is_retried_in_full(
    rl: Api,
    plain_http: httpx.Client,
    relay_url: str,
    fault_key: str,
    body_kind: str,
    fault_name: str,
) -> None:
    headers = UPLOAD_FAULTS[fault_name](fault_key)

    raw = await rl.run(
        rl.client.files.with_raw_response.raw(body=RAW_BODIES[body_kind](), extra_headers=headers)
    )

    assert raw.retries_taken == 1
    info = raw.parse()
    assert (info.size, info.sha256) == (len(CONTENT), CONTENT_SHA)
    assert recorded(plain_http, relay_url, fault_key)["attempts"] == 2


FILE_FIELDS: dict[str, Callable[[], Any]] = {
    "BytesIO": lambda: io.BytesIO(CONTENT),
    "tuple-BytesIO": lambda: ("data.bin", io.BytesIO(CONTENT), "application/octet-stream"),
    "bytes": lambda: CONTENT,
}


@pytest.mark.parametrize("fault_name", list(UPLOAD_FAULTS))
@pytest.mark.parametrize("file_kind", list(FILE_FIELDS))
async def test_multipart_upload_that_can_be_resent_is_retried_in_full(
    rl: Api,
    plain_http: httpx.Client,
    relay_url: str,
    fault_key: str,
    file_kind: str,
    fault_name: str,
) -> None:
    body = {"file": FILE_FIELDS[file_kind](), "purpose": "p"}

    raw = await rl.run(
        rl.client.files.with_raw_response.create(
            body=body, extra_headers=UPLOAD_FAULTS[fault_name](fault_key)
        )
    )

    assert raw.retries_taken == 1
    info = raw.parse()
    assert (info.size, info.sha256, info.purpose) == (len(CONTENT), CONTENT_SHA, "p")
    assert recorded(plain_http, relay_url, fault_key)["attempts"] == 2


@pytest.mark.parametrize("fault_name", list(UPLOAD_FAULTS))
@pytest.mark.parametrize("wrapped", [False, True], ids=["file", "tuple"])
async def test_multipart_upload_of_a_non_seekable_file_is_sent_once(
    rl: Api,
    plain_http: httpx.Client,
    relay_url: str,
    fault_key: str,
    wrapped: bool,
    fault_name: str,
) -> None:
    file: Any = NonSeekable(CONTENT)
    if wrapped:
        file = ("data.bin", file, "application/octet-stream")

    with pytest.raises(rl.errors.APIStatusError) as caught:
        await rl.run(
            rl.client.files.create(
                body={"file": file, "purpose": "p"},
                extra_headers=UPLOAD_FAULTS[fault_name](fault_key),
            )
        )

    assert recorded(plain_http, relay_url, fault_key)["attempts"] == 1
    assert caught.value.status_code == int(fault_name[:3])
