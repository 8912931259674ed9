"""relay: runtime features at parity with hand-tuned SDKs, live, sync and async.

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
        await rl.run(rl.client.jobs.retrieve("j1", extra_headers=headers))
    assert caught.value.request_id == "req-abc-1"
    assert "req-abc-1" in str(caught.value)


async def test_request_id_header_without_x_prefix(rl: Api, fault_key: str) -> None:
    headers = fault(fault_key, 409, request_id="rid", request_id_header="request-id")
    with pytest.raises(rl.errors.ConflictError) as caught:
        await rl.run(rl.client.jobs.retrieve("j1", extra_headers=headers))
    assert caught.value.request_id == "rid-1"


async def test_status_error_without_request_id(rl: Api, fault_key: str) -> None:
    with pytest.raises(rl.errors.NotFoundError) as caught:
        await rl.run(rl.client.jobs.retrieve("j1", extra_headers=fault(fault_key, 404)))
    assert caught.value.request_id is None
    assert "request id" not in str(caught.value)


async def test_raw_response_request_id_is_the_last_attempts(rl: Api, fault_key: str) -> None:
    headers = fault(fault_key, 503, request_id="raw")
    raw = await rl.run(rl.client.jobs.with_raw_response.retrieve("j1", extra_headers=headers))
    assert raw.retries_taken == 1
    assert raw.request_id == "raw-2"


async def test_streamed_response_request_id(rl: Api, fault_key: str) -> None:
    headers = fault(fault_key, request_id="streamed", times=0)
    manager = rl.client.jobs.with_streaming_response.retrieve("j1", extra_headers=headers)
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
        await rl.run(rl.client.jobs.retrieve("j1", extra_headers=headers))
    assert await attempts(rl, fault_key) == 1


async def test_should_retry_true_allows_a_retry_of_a_post(rl: Api, fault_key: str) -> None:
    # a POST without an idempotency key is not retried on a 503, unless the server vouches
    headers = fault(fault_key, 503, should_retry="true")
    job = await rl.run(rl.client.jobs.create(body={"name": "n"}, extra_headers=headers))
    assert job.name == "n"
    assert await attempts(rl, fault_key) == 2


async def test_should_retry_true_allows_a_retry_of_a_400(rl: Api, fault_key: str) -> None:
    headers = fault(fault_key, 400, should_retry="true")
    job = await rl.run(rl.client.jobs.retrieve("j1", extra_headers=headers))
    assert job.id == "j1"
    assert await attempts(rl, fault_key) == 2


async def test_should_retry_true_stays_within_max_retries(rl: Api, fault_key: str) -> None:
    headers = fault(fault_key, 400, times=5, should_retry="true")
    with pytest.raises(rl.errors.BadRequestError):
        await rl.run(rl.client.jobs.retrieve("j1", extra_headers=headers, max_retries=2))
    assert await attempts(rl, fault_key) == 3


async def test_should_retry_true_stays_within_the_deadline(rl: Api, fault_key: str) -> None:
    # the server asks for a 5 s wait; a 1 s deadline leaves no room for it
    headers = fault(fault_key, 400, should_retry="true")
    headers["X-Fault-Retry-After"] = "5"
    with pytest.raises(rl.errors.BadRequestError):
        await rl.run(rl.client.jobs.retrieve("j1", extra_headers=headers, deadline=1.0))
    assert await attempts(rl, fault_key) == 1


async def test_should_retry_on_a_success_is_no_retry(rl: Api, fault_key: str) -> None:
    headers = fault(fault_key, times=0, should_retry="true")
    await rl.run(rl.client.jobs.retrieve("j1", extra_headers=headers))
    assert await attempts(rl, fault_key) == 1


# ---- 2. correlation ids -----------------------------------------------------------------


def call_records(caplog: pytest.LogCaptureFixture) -> list[logging.LogRecord]:
    return [r for r in caplog.records if r.name == "relay"]


async def test_a_retried_calls_log_records_carry_one_call_id(
    rl: Api, fault_key: str, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG, logger="relay")
    headers = fault(fault_key, 503, times=2)
    await rl.run(rl.client.jobs.retrieve("j1", extra_headers=headers))
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
    await rl.run(rl.client.jobs.retrieve("j1"))
    await rl.run(rl.client.jobs.retrieve("j1"))
    ids = [getattr(r, "call_id", None) for r in call_records(caplog)]
    assert len(ids) == 4 and ids[0] == ids[1] and ids[2] == ids[3] and ids[0] != ids[2]


async def test_correlation_header_sends_the_call_id_on_every_attempt(
    rl: Api, fault_key: str, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG, logger="relay")
    client = rl.new(correlation_header="X-Correlation-ID")
    await rl.run(client.jobs.retrieve("j1", extra_headers=fault(fault_key, 503)))
    with httpx.Client() as http:
        sent = [
            h.get("x-correlation-id") for h in recorded(http, rl.base_url, fault_key)["headers"]
        ]
    assert len(sent) == 2 and sent[0] == sent[1] and sent[0]
    assert {getattr(r, "call_id", None) for r in call_records(caplog)} == {sent[0]}


async def test_a_callers_correlation_id_is_used(
    rl: Api, fault_key: str, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG, logger="relay")
    client = rl.new(correlation_header="X-Correlation-ID")
    headers = fault(fault_key, 503)
    await rl.run(client.jobs.retrieve("j1", extra_headers=headers, correlation_id="order-77"))
    with httpx.Client() as http:
        sent = [
            h.get("x-correlation-id") for h in recorded(http, rl.base_url, fault_key)["headers"]
        ]
    assert sent == ["order-77", "order-77"]
    assert {getattr(r, "call_id", None) for r in call_records(caplog)} == {"order-77"}


async def test_no_correlation_header_unless_asked(rl: Api, fault_key: str) -> None:
    await rl.run(rl.client.jobs.retrieve("j1", extra_headers=fault(fault_key, times=0)))
    with httpx.Client() as http:
        (sent,) = recorded(http, rl.base_url, fault_key)["headers"]
    assert not any("correlation" in name for name in sent)


async def test_the_token_request_logs_under_the_calls_id(
    rl: Api, fresh_relay_url: str, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG, logger="relay")
    client = rl.new(base_url=fresh_relay_url, oauth_client=("relay-client", "relay-secret"))
    await rl.run(client.auth.oauth.list())
    records = call_records(caplog)
    assert any("/oauth/token" in r.getMessage() for r in records)
    assert len(records) == 4  # the token request and the call, a request and a response each
    assert len({getattr(r, "call_id", None) for r in records}) == 1


# ---- 4. hooks ---------------------------------------------------------------------------


def hooks(rl: Api, seen: list[tuple[str, Any]], *, use_async: bool = False) -> dict[str, Any]:
    """on_request / on_response / on_error hooks that record (hook, event), async ones when asked."""

    def make(name: str) -> Any:
        def hook(event: Any) -> None:
            seen.append((name, event))
            if name == "request":
                event.headers["X-Attempt"] = str(event.attempt)

        async def async_hook(event: Any) -> None:
            hook(event)

        return async_hook if use_async else hook

    return {f"on_{name}": make(name) for name in ("request", "response", "error")}


async def test_a_hook_counts_attempts_and_adds_a_header(rl: Api, fault_key: str) -> None:
    seen: list[tuple[str, Any]] = []
    client = rl.new(correlation_header="X-Correlation-ID", **hooks(rl, seen))
    await rl.run(client.jobs.retrieve("j1", extra_headers=fault(fault_key, 503, times=2)))
    assert [(name, event.attempt) for name, event in seen] == [
        ("request", 1), ("response", 1), ("request", 2), ("response", 2),
        ("request", 3), ("response", 3),
    ]  # fmt: skip
    assert [event.status_code for name, event in seen if name == "response"] == [503, 503, 200]
    with httpx.Client() as http:
        sent = recorded(http, rl.base_url, fault_key)["headers"]
    assert [h.get("x-attempt") for h in sent] == ["1", "2", "3"]
    # one call: one id, the one the correlation header sent
    assert {event.call_id for _, event in seen} == {sent[0]["x-correlation-id"]}
    first = seen[0][1]
    assert first.method == "GET" and first.url == f"{rl.base_url}/jobs/j1"


async def test_async_client_takes_async_hooks(rl: Api, fault_key: str) -> None:
    if not rl.is_async:
        pytest.skip("async hooks are for AsyncClient")
    seen: list[tuple[str, Any]] = []
    client = rl.new(**hooks(rl, seen, use_async=True))
    await rl.run(client.jobs.retrieve("j1", extra_headers=fault(fault_key, 503)))
    assert [name for name, _ in seen] == ["request", "response", "request", "response"]
    with httpx.Client() as http:
        sent = recorded(http, rl.base_url, fault_key)["headers"]
    assert [h.get("x-attempt") for h in sent] == ["1", "2"]


async def test_hooks_see_credentials_redacted(rl: Api, fault_key: str) -> None:
    seen: list[tuple[str, Any]] = []
    client = rl.new(bearer_auth="relay-bearer", query_key="relay-query-key", **hooks(rl, seen))
    await rl.run(client.auth.query_key.list(extra_headers=fault(fault_key, times=0)))
    event = seen[0][1]
    assert "relay-query-key" not in event.url and "api_key=" in event.url
    # the credential was sent as it is, not as the hook saw it
    assert seen[1][1].status_code == 200
    seen.clear()
    await rl.run(client.auth.bearer.list())
    assert seen[0][1].headers["authorization"] == "[redacted]"
    assert seen[1][1].status_code == 200


async def test_on_error_sees_a_connection_failure(rl: Api, closed_port: int) -> None:
    seen: list[tuple[str, Any]] = []
    client = rl.new(base_url=f"http://127.0.0.1:{closed_port}", max_retries=0, **hooks(rl, seen))
    with pytest.raises(rl.errors.APIConnectionError):
        await rl.run(client.jobs.retrieve("j1"))
    assert [name for name, _ in seen] == ["request", "error"]
    assert isinstance(seen[1][1].error, rl.errors.APIConnectionError)
    assert seen[1][1].status_code is None


async def test_a_hook_that_removes_a_header_removes_it(rl: Api, fault_key: str) -> None:
    def drop_user_agent(event: Any) -> None:
        del event.headers["user-agent"]

    client = rl.new(on_request=drop_user_agent)
    await rl.run(client.jobs.retrieve("j1", extra_headers=fault(fault_key, times=0)))
    with httpx.Client() as http:
        (sent,) = recorded(http, rl.base_url, fault_key)["headers"]
    assert "user-agent" not in sent


# ---- 5. the escape hatch: endpoints the spec does not declare ---------------------------


async def test_undeclared_get_is_retried_and_cast(rl: Api, fault_key: str) -> None:
    seen: list[tuple[str, Any]] = []
    client = rl.new(api_key="relay-key", **hooks(rl, seen))
    jobs = await rl.run(
        client.get("/undeclared/jobs", cast_to=list[rl.models.Job], headers=fault(fault_key, 503))
    )
    assert [job.id for job in jobs] == ["u1", "u2"]
    assert all(isinstance(job, rl.models.Job) for job in jobs)
    assert await attempts(rl, fault_key) == 2
    assert [event.attempt for name, event in seen if name == "response"] == [1, 2]


async def test_undeclared_get_without_cast_to_returns_json(rl: Api) -> None:
    answer = await rl.run(rl.client.get("/undeclared", params={"q": "1"}))
    assert answer["method"] == "GET" and answer["query"] == {"q": "1"}
    # the client's credentials: the first configured scheme (the API key here)
    assert answer["api_key_header"] == "relay-key"


@pytest.mark.parametrize("method", ["post", "put", "patch", "delete"])
async def test_undeclared_writes_send_a_json_body(rl: Api, method: str) -> None:
    answer = await rl.run(
        getattr(rl.client, method)("/undeclared", body={"a": [1, 2]}, cast_to=dict)
    )
    assert answer["method"] == method.upper() and answer["body"] == {"a": [1, 2]}


async def test_undeclared_empty_answer_is_none(rl: Api) -> None:
    assert await rl.run(rl.client.delete("/undeclared/empty")) is None


async def test_undeclared_error_status_raises_the_typed_error(rl: Api, fault_key: str) -> None:
    with pytest.raises(rl.errors.NotFoundError):
        await rl.run(rl.client.get("/no/such/thing"))
    headers = fault(fault_key, 503, times=5)
    with pytest.raises(rl.errors.InternalServerError):
        await rl.run(rl.client.get("/undeclared", headers=headers, max_retries=1))
    assert await attempts(rl, fault_key) == 2


async def test_undeclared_call_keeps_the_deadline(rl: Api, fault_key: str) -> None:
    headers = fault(fault_key, delay="2", times=1)
    with pytest.raises(rl.errors.APITimeoutError):
        await rl.run(rl.client.get("/undeclared", headers=headers, deadline=0.3))


async def test_undeclared_call_takes_every_per_call_option(rl: Api) -> None:
    # the methods for undeclared endpoints take what every generated method takes
    answer = await rl.run(
        rl.client.get("/undeclared", timeout=5.0, max_retries=0, correlation_id="c-1")
    )
    assert answer["method"] == "GET"
    with pytest.raises(rl.errors.ResponseTooLargeError):
        await rl.run(rl.client.get("/undeclared", max_response_size=10))


# ---- 6. client conveniences -------------------------------------------------------------


async def test_default_query_is_sent_unless_the_call_sets_it(rl: Api) -> None:
    client = rl.new(default_query={"team": "a", "q": "default"})
    answer = await rl.run(client.get("/undeclared", params={"q": "mine"}))
    assert answer["query"] == {"team": "a", "q": "mine"}
    copy = client.with_options(default_query={"region": "eu"})
    answer = await rl.run(copy.get("/undeclared"))
    assert answer["query"] == {"team": "a", "q": "default", "region": "eu"}


async def test_base_url_from_the_environment(rl: Api, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("RELAY_BASE_URL", rl.base_url)
    cls = rl.package.AsyncClient if rl.is_async else rl.package.Client
    client = cls(api_key="relay-key")
    rl._made.append(client)
    assert client.base_url == rl.base_url
    job = await rl.run(client.jobs.retrieve("j1"))
    assert job.id == "j1"
    # an explicit base_url wins over the environment
    other = cls(base_url="http://127.0.0.1:9/x")
    rl._made.append(other)
    assert other.base_url == "http://127.0.0.1:9/x"


async def test_copy_changes_credentials(rl: Api) -> None:
    client = rl.new(bearer_auth="wrong-token", api_key="relay-key")
    with pytest.raises(rl.errors.AuthenticationError):
        await rl.run(client.auth.bearer.list())
    fixed = client.copy(bearer_auth="relay-bearer")
    echo = await rl.run(fixed.auth.bearer.list())
    assert echo.credential == "relay-bearer"
    # the rest is kept, and the original keeps its own
    assert (await rl.run(fixed.auth.api_key.list())).credential == "relay-key"
    again = client.with_options(bearer_auth="relay-bearer", max_retries=0)
    assert (await rl.run(again.auth.bearer.list())).credential == "relay-bearer"
    with pytest.raises(rl.errors.AuthenticationError):
        await rl.run(client.auth.bearer.list())


async def test_is_closed(rl: Api) -> None:
    client = rl.new(own_http=True)
    copy = client.with_options(max_retries=0)
    assert client.is_closed is False and copy.is_closed is False
    await rl.run(client.close())
    assert client.is_closed is True
    assert copy.is_closed is True  # it shared the closed connection pool


async def test_a_wrong_http_client_type_is_a_type_error(rl: Api) -> None:
    wrong = httpx.Client() if rl.is_async else httpx.AsyncClient()
    rl._made.append(wrong)
    cls = rl.package.AsyncClient if rl.is_async else rl.package.Client
    with pytest.raises(TypeError, match="http_client must be an httpx"):
        cls(base_url=rl.base_url, http_client=wrong)


async def test_extra_headers_override_the_configured_authorization(rl: Api) -> None:
    client = rl.new(bearer_auth="wrong-token")
    echo = await rl.run(
        client.auth.bearer.list(extra_headers={"Authorization": "Bearer relay-bearer"})
    )
    assert echo.credential == "relay-bearer"
    with pytest.raises(rl.errors.AuthenticationError):
        await rl.run(client.auth.bearer.list())


# ---- 7. credential providers and OAuth2 scopes ------------------------------------------


def rotating(prefix: str, calls: list[str]) -> Any:
    def provider() -> str:
        calls.append(f"{prefix}-{len(calls) + 1}")
        return calls[-1]

    return provider


async def test_a_rotating_token_provider_is_called_once_per_attempt(
    rl: Api, fault_key: str
) -> None:
    calls: list[str] = []
    client = rl.new(bearer_auth=rotating("tok", calls))
    # /undeclared echoes the Authorization it received (the client's only credential)
    answer = await rl.run(client.get("/undeclared", headers=fault(fault_key, 503, times=2)))
    with httpx.Client() as http:
        sent = recorded(http, rl.base_url, fault_key)["authorizations"]
    assert calls == ["tok-1", "tok-2", "tok-3"]
    assert sent == ["Bearer tok-1", "Bearer tok-2", "Bearer tok-3"]
    assert answer["authorization"] == "Bearer tok-3"


async def test_an_async_provider_for_the_async_client(rl: Api, fault_key: str) -> None:
    if not rl.is_async:
        pytest.skip("async providers are for AsyncClient")
    calls: list[str] = []
    plain = rotating("key", calls)

    async def provider() -> str:
        return str(plain())

    client = rl.new(api_key=provider)
    answer = await rl.run(client.get("/undeclared", headers=fault(fault_key, 503)))
    assert answer["api_key_header"] == "key-2"
    assert calls == ["key-1", "key-2"]


async def test_a_provider_that_gives_a_wrong_token_is_asked_again_after_a_401(rl: Api) -> None:
    tokens = iter(["stale", "relay-bearer"])
    client = rl.new(bearer_auth=lambda: next(tokens))
    echo = await rl.run(client.auth.bearer.list())
    assert echo.credential == "relay-bearer"


async def test_oauth_scopes_are_requested(rl: Api, fresh_relay_url: str) -> None:
    credentials = ("relay-client", "relay-secret")
    client = rl.new(base_url=fresh_relay_url, oauth_client=credentials, scopes=["read", "write"])
    await rl.run(client.auth.oauth.list())
    plain = rl.new(base_url=fresh_relay_url, oauth_client=credentials)
    await rl.run(plain.auth.oauth.list())
    with httpx.Client() as http:
        stats = http.get(f"{fresh_relay_url}/_stats").json()
    assert stats["token_scopes"] == ["read write", None]
