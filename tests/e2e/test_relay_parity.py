"""relay: the runtime features of issue 17 (parity with hand-tuned SDKs), live, sync and async.

Request ids, server-directed retries, correlation ids in the logs, hooks, the escape hatch
for undeclared endpoints, client conveniences and credential providers. The relay server
(`tests/servers/relay_app.py`) records every attempt of a request that carries
`X-Fault-Key` and answers the `X-Fault-*` headers (see tests/servers/README.md).
"""

from __future__ import annotations

import contextlib
import logging
from typing import Any

import httpx
import pytest

from tests.e2e.conftest import Api
from tests.e2e.relay_support import recorded


def fault(key: str, status: int | None = None, *, times: int = 1, **more: str) -> dict[str, str]:
    """Headers asking the relay server for `status` on the first `times` attempts (no wait)."""
    headers = {"X-Fault-Key": key, "X-Fault-Times": str(times), "X-Fault-Retry-After": "0"}
    if status is not None:
        headers["X-Fault-Status"] = str(status)
    for name, value in more.items():
        headers["X-Fault-" + name.replace("_", "-").title()] = value
    return headers


async def attempts(rl: Api, key: str) -> int:
    with httpx.Client() as http:
        return int(recorded(http, rl.base_url, key)["attempts"])


# ---- 1. request ids ---------------------------------------------------------------------


async def test_status_error_carries_the_request_id(rl: Api, fault_key: str) -> None:
    headers = fault(fault_key, 404, request_id="req-abc")
    with pytest.raises(rl.errors.NotFoundError) as caught:
        await rl.run(rl.client.jobs.get_job("j1", extra_headers=headers))
    assert caught.value.request_id == "req-abc-1"
    assert "req-abc-1" in str(caught.value)


async def test_request_id_header_without_x_prefix(rl: Api, fault_key: str) -> None:
    headers = fault(fault_key, 409, request_id="rid", request_id_header="request-id")
    with pytest.raises(rl.errors.ConflictError) as caught:
        await rl.run(rl.client.jobs.get_job("j1", extra_headers=headers))
    assert caught.value.request_id == "rid-1"


async def test_status_error_without_request_id(rl: Api, fault_key: str) -> None:
    with pytest.raises(rl.errors.NotFoundError) as caught:
        await rl.run(rl.client.jobs.get_job("j1", extra_headers=fault(fault_key, 404)))
    assert caught.value.request_id is None
    assert "request id" not in str(caught.value)


async def test_raw_response_request_id_is_the_last_attempts(rl: Api, fault_key: str) -> None:
    headers = fault(fault_key, 503, request_id="raw")
    raw = await rl.run(rl.client.jobs.with_raw_response.get_job("j1", extra_headers=headers))
    assert raw.retries_taken == 1
    assert raw.request_id == "raw-2"


async def test_streamed_response_request_id(rl: Api, fault_key: str) -> None:
    headers = fault(fault_key, request_id="streamed", times=0)
    manager = rl.client.jobs.with_streaming_response.get_job("j1", extra_headers=headers)
    async with contextlib.AsyncExitStack() as stack:
        if rl.is_async:
            response: Any = await stack.enter_async_context(manager)
        else:
            response = stack.enter_context(manager)
        assert response.request_id == "streamed-1"


# ---- 3. server-directed retries ---------------------------------------------------------


async def test_should_retry_false_stops_the_retry_of_a_503(rl: Api, fault_key: str) -> None:
    headers = fault(fault_key, 503, should_retry="false")
    with pytest.raises(rl.errors.InternalServerError):
        await rl.run(rl.client.jobs.get_job("j1", extra_headers=headers))
    assert await attempts(rl, fault_key) == 1


async def test_should_retry_true_allows_a_retry_of_a_post(rl: Api, fault_key: str) -> None:
    # a POST without an idempotency key is not retried on a 503, unless the server vouches
    headers = fault(fault_key, 503, should_retry="true")
    job = await rl.run(rl.client.jobs.create_job(body={"name": "n"}, extra_headers=headers))
    assert job.name == "n"
    assert await attempts(rl, fault_key) == 2


async def test_should_retry_true_allows_a_retry_of_a_400(rl: Api, fault_key: str) -> None:
    headers = fault(fault_key, 400, should_retry="true")
    job = await rl.run(rl.client.jobs.get_job("j1", extra_headers=headers))
    assert job.id == "j1"
    assert await attempts(rl, fault_key) == 2


async def test_should_retry_true_stays_within_max_retries(rl: Api, fault_key: str) -> None:
    headers = fault(fault_key, 400, times=5, should_retry="true")
    with pytest.raises(rl.errors.BadRequestError):
        await rl.run(rl.client.jobs.get_job("j1", extra_headers=headers, max_retries=2))
    assert await attempts(rl, fault_key) == 3


async def test_should_retry_true_stays_within_the_deadline(rl: Api, fault_key: str) -> None:
    # the server asks for a 5 s wait; a 1 s deadline leaves no room for it
    headers = fault(fault_key, 400, should_retry="true")
    headers["X-Fault-Retry-After"] = "5"
    with pytest.raises(rl.errors.BadRequestError):
        await rl.run(rl.client.jobs.get_job("j1", extra_headers=headers, deadline=1.0))
    assert await attempts(rl, fault_key) == 1


async def test_should_retry_on_a_success_is_no_retry(rl: Api, fault_key: str) -> None:
    headers = fault(fault_key, times=0, should_retry="true")
    await rl.run(rl.client.jobs.get_job("j1", extra_headers=headers))
    assert await attempts(rl, fault_key) == 1


# ---- 2. correlation ids -----------------------------------------------------------------


def call_records(caplog: pytest.LogCaptureFixture) -> list[logging.LogRecord]:
    return [r for r in caplog.records if r.name == "relay"]


async def test_a_retried_calls_log_records_carry_one_call_id(
    rl: Api, fault_key: str, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG, logger="relay")
    headers = fault(fault_key, 503, times=2)
    await rl.run(rl.client.jobs.get_job("j1", extra_headers=headers))
    records = call_records(caplog)
    # three attempts: a request and a response record each, and two retry records
    assert len(records) == 8
    ids = {getattr(r, "call_id", None) for r in records}
    assert len(ids) == 1
    (call_id,) = ids
    assert isinstance(call_id, str) and call_id
    assert all(f"call_id={call_id}" in r.getMessage() for r in records)


async def test_each_call_gets_its_own_id(
    rl: Api, fault_key: str, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG, logger="relay")
    await rl.run(rl.client.jobs.get_job("j1"))
    await rl.run(rl.client.jobs.get_job("j1"))
    ids = [getattr(r, "call_id", None) for r in call_records(caplog)]
    assert len(ids) == 4 and ids[0] == ids[1] and ids[2] == ids[3] and ids[0] != ids[2]


async def test_correlation_header_sends_the_call_id_on_every_attempt(
    rl: Api, fault_key: str, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG, logger="relay")
    client = rl.new(correlation_header="X-Correlation-ID")
    await rl.run(client.jobs.get_job("j1", extra_headers=fault(fault_key, 503)))
    with httpx.Client() as http:
        sent = [h.get("x-correlation-id") for h in recorded(http, rl.base_url, fault_key)["headers"]]
    assert len(sent) == 2 and sent[0] == sent[1] and sent[0]
    assert {getattr(r, "call_id", None) for r in call_records(caplog)} == {sent[0]}


async def test_a_callers_correlation_id_is_used(
    rl: Api, fault_key: str, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG, logger="relay")
    client = rl.new(correlation_header="X-Correlation-ID")
    headers = fault(fault_key, 503)
    await rl.run(client.jobs.get_job("j1", extra_headers=headers, correlation_id="order-77"))
    with httpx.Client() as http:
        sent = [h.get("x-correlation-id") for h in recorded(http, rl.base_url, fault_key)["headers"]]
    assert sent == ["order-77", "order-77"]
    assert {getattr(r, "call_id", None) for r in call_records(caplog)} == {"order-77"}


async def test_no_correlation_header_unless_asked(rl: Api, fault_key: str) -> None:
    await rl.run(rl.client.jobs.get_job("j1", extra_headers=fault(fault_key, times=0)))
    with httpx.Client() as http:
        (sent,) = recorded(http, rl.base_url, fault_key)["headers"]
    assert not any("correlation" in name for name in sent)


async def test_the_token_request_logs_under_the_calls_id(
    rl: Api, fresh_relay_url: str, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG, logger="relay")
    client = rl.new(base_url=fresh_relay_url, oauth_client=("relay-client", "relay-secret"))
    await rl.run(client.auth.auth_oauth())
    records = call_records(caplog)
    assert any("/oauth/token" in r.getMessage() for r in records)
    assert len(records) == 4  # the token request and the call, a request and a response each
    assert len({getattr(r, "call_id", None) for r in records}) == 1
