"""relay: timeouts (per attempt) and deadlines (per call, retries and waits included).

`client.jobs.slow.list(delay=S)` answers after S seconds; `X-Fault-Delay` delays the
first attempts of any operation. The server stops waiting when the client goes away, so
a timed-out request leaves no work behind. Requests that carry `X-Fault-Key` are
recorded: `GET /_faults/{key}` tells when each attempt arrived (`time.monotonic()` of
this process, since the server runs in a thread of it).
"""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import Any

import httpx
import pytest

from tests.e2e.conftest import Api
from tests.e2e.relay_support import record_only, recorded


def test_timeout_error_is_a_connection_error() -> None:
    import relay

    assert issubclass(relay.APITimeoutError, relay.APIConnectionError)
    assert issubclass(relay.APIConnectionError, relay.APIError)
    assert not issubclass(relay.APITimeoutError, relay.APIStatusError)


# ---- where a timeout is set --------------------------------------------------------------

SHORT = 0.1

# name: (client to use, per-call kwargs)
TIMEOUT_SETTINGS: dict[str, tuple[Callable[[Api], Any], dict[str, Any]]] = {
    "client-float": (lambda api: api.new(timeout=SHORT, max_retries=0), {}),
    "client-httpx.Timeout": (
        lambda api: api.new(timeout=httpx.Timeout(SHORT), max_retries=0),
        {},
    ),
    "call-float": (lambda api: api.new(max_retries=0), {"timeout": SHORT}),
    "call-httpx.Timeout": (
        lambda api: api.new(max_retries=0),
        {"timeout": httpx.Timeout(10.0, read=SHORT)},
    ),
    "with_options-float": (
        lambda api: api.new(max_retries=0).with_options(timeout=SHORT),
        {},
    ),
    "with_options-httpx.Timeout": (
        lambda api: api.new(timeout=10.0).with_options(timeout=httpx.Timeout(SHORT), max_retries=0),
        {},
    ),
}


@pytest.mark.parametrize("setting", list(TIMEOUT_SETTINGS))
async def test_timeout_raises_api_timeout_error(rl: Api, setting: str) -> None:
    make_client, kwargs = TIMEOUT_SETTINGS[setting]
    client = make_client(rl)
    started = time.monotonic()

    with pytest.raises(rl.errors.APITimeoutError) as caught:
        await rl.run(client.jobs.slow.list(delay=3, **kwargs))

    elapsed = time.monotonic() - started
    assert SHORT * 0.9 <= elapsed < 1.0
    assert isinstance(caught.value, rl.errors.APIConnectionError)
    assert caught.value.request is not None
    assert caught.value.request.url.path == "/slow"


# name: (client to use, per-call kwargs); the client's own timeout is too short
LONGER_TIMEOUTS: dict[str, tuple[Callable[[Api], Any], dict[str, Any]]] = {
    "call-float": (lambda api: api.new(timeout=0.05, max_retries=0), {"timeout": 5.0}),
    "call-none": (lambda api: api.new(timeout=0.05, max_retries=0), {"timeout": None}),
    "call-httpx.Timeout": (
        lambda api: api.new(timeout=0.05, max_retries=0),
        {"timeout": httpx.Timeout(5.0)},
    ),
    "with_options": (
        lambda api: api.new(timeout=0.05, max_retries=0).with_options(timeout=5.0),
        {},
    ),
}


@pytest.mark.parametrize("setting", list(LONGER_TIMEOUTS))
async def test_longer_timeout_overrides_the_client_timeout(rl: Api, setting: str) -> None:
    make_client, kwargs = LONGER_TIMEOUTS[setting]
    client = make_client(rl)

    result = await rl.run(client.jobs.slow.list(delay=0.15, **kwargs))

    assert result.slept == 0.15


async def test_with_options_timeout_leaves_the_original_client_alone(rl: Api) -> None:
    client = rl.new(timeout=0.05, max_retries=0)
    client.with_options(timeout=5.0)

    with pytest.raises(rl.errors.APITimeoutError):
        await rl.run(client.jobs.slow.list(delay=2))


async def test_timeout_applies_to_each_attempt(
    rl: Api, plain_http: httpx.Client, relay_url: str, fault_key: str
) -> None:
    # the first attempt times out, the retry (after a backoff of about 0.5 s) gets its own
    # 0.2 s and succeeds
    client = rl.new(timeout=0.2, max_retries=1)
    headers = {"X-Fault-Key": fault_key, "X-Fault-Delay": "0.5"}
    started = time.monotonic()

    raw = await rl.run(client.jobs.with_raw_response.retrieve("j1", extra_headers=headers))

    assert time.monotonic() - started < 2.0
    assert raw.retries_taken == 1
    assert raw.parse().id == "j1"
    assert recorded(plain_http, relay_url, fault_key)["attempts"] == 2


# ---- deadlines ------------------------------------------------------------------------------


async def test_deadline_caps_the_whole_call_retries_included(
    rl: Api, plain_http: httpx.Client, relay_url: str, fault_key: str
) -> None:
    client = rl.new(timeout=0.3, max_retries=5)
    started = time.monotonic()

    with pytest.raises(rl.errors.APITimeoutError):
        await rl.run(
            client.jobs.slow.list(delay=2, deadline=1.0, extra_headers=record_only(fault_key))
        )

    assert time.monotonic() - started < 1.6
    times = recorded(plain_http, relay_url, fault_key)["times"]
    # 0.3 s attempt, about 0.5 s backoff, a second attempt cut short by the deadline; no
    # attempt starts after the deadline
    assert len(times) >= 2
    assert times[-1] - times[0] < 1.0


# name: (client to use, per-call kwargs); the deadline is shorter than the (long) timeout
DEADLINE_SETTINGS: dict[str, tuple[Callable[[Api], Any], dict[str, Any]]] = {
    "client": (lambda api: api.new(timeout=10.0, deadline=0.2), {}),
    "with_options": (lambda api: api.new(timeout=10.0).with_options(deadline=0.2), {}),
    "call": (lambda api: api.new(timeout=10.0), {"deadline": 0.2}),
    "call-over-client": (lambda api: api.new(timeout=10.0, deadline=30.0), {"deadline": 0.2}),
}


@pytest.mark.parametrize("setting", list(DEADLINE_SETTINGS))
async def test_deadline_cuts_a_slow_attempt_short(
    rl: Api, plain_http: httpx.Client, relay_url: str, fault_key: str, setting: str
) -> None:
    make_client, kwargs = DEADLINE_SETTINGS[setting]
    client = make_client(rl)
    started = time.monotonic()

    with pytest.raises(rl.errors.APITimeoutError):
        await rl.run(client.jobs.slow.list(delay=3, extra_headers=record_only(fault_key), **kwargs))

    assert 0.18 <= time.monotonic() - started < 1.0
    # the default 2 retries would not fit in what is left of the deadline
    assert recorded(plain_http, relay_url, fault_key)["attempts"] == 1


async def test_per_call_deadline_none_lifts_the_client_deadline(rl: Api) -> None:
    client = rl.new(deadline=0.05, max_retries=0)

    result = await rl.run(client.jobs.slow.list(delay=0.15, deadline=None))

    assert result.slept == 0.15


@pytest.mark.parametrize("retry_after", ["2", "120"], ids=["2s", "120s-capped-to-60s"])
@pytest.mark.parametrize("status", [503, 429])
async def test_retry_after_beyond_the_deadline_is_not_waited_for(
    rl: Api,
    plain_http: httpx.Client,
    relay_url: str,
    fault_key: str,
    status: int,
    retry_after: str,
) -> None:
    headers = {
        "X-Fault-Key": fault_key,
        "X-Fault-Status": str(status),
        "X-Fault-Retry-After": retry_after,
    }
    started = time.monotonic()

    with pytest.raises(rl.errors.APIStatusError) as caught:
        await rl.run(
            rl.client.jobs.retrieve("j1", deadline=1.0, max_retries=5, extra_headers=headers)
        )

    assert time.monotonic() - started < 0.5
    assert caught.value.status_code == status
    assert caught.value.response.headers["retry-after"] == retry_after
    assert recorded(plain_http, relay_url, fault_key)["attempts"] == 1


async def test_retry_after_within_the_deadline_is_waited_for(
    rl: Api, plain_http: httpx.Client, relay_url: str, fault_key: str
) -> None:
    headers = {"X-Fault-Key": fault_key, "X-Fault-Status": "503", "X-Fault-Retry-After": "0.2"}

    job = await rl.run(rl.client.jobs.retrieve("j1", deadline=1.0, extra_headers=headers))

    assert job.id == "j1"
    first, second = recorded(plain_http, relay_url, fault_key)["times"]
    assert second - first >= 0.2


async def test_backoff_beyond_the_deadline_is_not_waited_for(rl: Api, closed_port: int) -> None:
    # a refused connection is retried after about 0.5 s: more than the 0.2 s deadline
    client = rl.new(base_url=f"http://127.0.0.1:{closed_port}", max_retries=5, deadline=0.2)
    started = time.monotonic()

    with pytest.raises(rl.errors.APIConnectionError):
        await rl.run(client.jobs.retrieve("j1"))

    assert time.monotonic() - started < 0.3
