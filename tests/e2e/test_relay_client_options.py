"""relay: client options (http_client, default headers, User-Agent), debug logging, and
keeping credentials out of logs, reprs and error messages.

Requests that carry `X-Fault-Key` are recorded by the relay server with every header they
had (`GET /_faults/{key}` → `headers`, one dict per attempt, lower-case names).
"""

from __future__ import annotations

import base64
import logging
import re
import uuid
from collections.abc import Callable
from typing import Any

import httpx
import pytest
import relay
import relay._version

from tests.e2e.conftest import _SSL_CONTEXT, Api
from tests.e2e.relay_support import record_only, recorded
from tests.servers import relay_app


def fail_once(key: str, status: int = 503) -> dict[str, str]:
    """Headers for one faulted attempt (retried at once), then the real answer."""
    return {"X-Fault-Key": key, "X-Fault-Status": str(status), "X-Fault-Retry-After": "0"}


# ---- http_client ---------------------------------------------------------------------------


async def test_user_http_client_is_used(
    rl: Api, plain_http: httpx.Client, relay_url: str, fault_key: str
) -> None:
    seen: list[tuple[str, str]] = []

    def on_request(request: httpx.Request) -> None:
        seen.append((request.method, request.url.path))

    def on_response(response: httpx.Response) -> None:
        seen.append(("status", str(response.status_code)))

    if rl.is_async:

        async def async_on_request(request: httpx.Request) -> None:
            on_request(request)

        async def async_on_response(response: httpx.Response) -> None:
            on_response(response)

        hooks: dict[str, list[Any]] = {
            "request": [async_on_request],
            "response": [async_on_response],
        }
        http: Any = httpx.AsyncClient(
            event_hooks=hooks, headers={"X-Via": "my-http-client"}, verify=_SSL_CONTEXT
        )
    else:
        hooks = {"request": [on_request], "response": [on_response]}
        http = httpx.Client(
            event_hooks=hooks, headers={"X-Via": "my-http-client"}, verify=_SSL_CONTEXT
        )
    rl._made.append(http)  # closed at teardown
    client = rl.new(http_client=http)

    job = await rl.run(client.jobs.retrieve("j1", extra_headers=fail_once(fault_key)))

    assert job.id == "j1"
    assert seen == [
        ("GET", "/jobs/j1"),
        ("status", "503"),
        ("GET", "/jobs/j1"),
        ("status", "200"),
    ]
    headers = recorded(plain_http, relay_url, fault_key)["headers"]
    assert [attempt["x-via"] for attempt in headers] == ["my-http-client"] * 2


# ---- default headers -------------------------------------------------------------------------


async def test_default_headers_are_sent_on_every_request(
    rl: Api, plain_http: httpx.Client, relay_url: str, fault_key: str
) -> None:
    client = rl.new(default_headers={"X-Team": "core", "X-Other": "1"})

    await rl.run(client.jobs.retrieve("j1", extra_headers=fail_once(fault_key)))
    await rl.run(client.jobs.create(body={"name": "n"}, extra_headers=record_only(fault_key)))

    record = recorded(plain_http, relay_url, fault_key)
    assert record["methods"] == ["GET", "GET", "POST"]  # with the retry of the GET
    assert [(h["x-team"], h["x-other"]) for h in record["headers"]] == [("core", "1")] * 3


@pytest.mark.parametrize(
    "name",
    [
        "X-Team",
        "x-team",
    ],
    ids=["same-case", "other-case"],
)
async def test_extra_headers_override_default_headers(
    rl: Api, plain_http: httpx.Client, relay_url: str, fault_key: str, name: str
) -> None:
    client = rl.new(default_headers={"X-Team": "core"})

    await rl.run(
        client.jobs.retrieve("j1", extra_headers={**record_only(fault_key), name: "override"})
    )
    await rl.run(client.jobs.retrieve("j2", extra_headers=record_only(fault_key)))

    headers = recorded(plain_http, relay_url, fault_key)["headers"]
    assert [h["x-team"] for h in headers] == ["override", "core"]


async def test_with_options_default_headers_add_to_the_clients(
    rl: Api, plain_http: httpx.Client, relay_url: str, fault_key: str
) -> None:
    client = rl.new(default_headers={"X-Team": "core", "X-Keep": "kept"})
    copy = client.with_options(default_headers={"X-Team": "copy", "X-New": "new"})

    await rl.run(copy.jobs.retrieve("j1", extra_headers=record_only(fault_key)))
    await rl.run(client.jobs.retrieve("j1", extra_headers=record_only(fault_key)))

    from_copy, from_client = recorded(plain_http, relay_url, fault_key)["headers"]
    assert (from_copy["x-team"], from_copy["x-keep"], from_copy["x-new"]) == (
        "copy",
        "kept",
        "new",
    )
    assert (from_client["x-team"], from_client["x-keep"]) == ("core", "kept")
    assert "x-new" not in from_client


# ---- User-Agent --------------------------------------------------------------------------------


async def test_user_agent_names_the_sdk_and_its_version(
    rl: Api, plain_http: httpx.Client, relay_url: str, fault_key: str
) -> None:
    assert relay.__version__ == relay._version.__version__
    assert re.fullmatch(r"\d+\.\d+\.\d+\S*", relay.__version__)

    await rl.run(rl.client.jobs.retrieve("j1", extra_headers=fail_once(fault_key)))
    await rl.run(rl.client.jobs.create(body={"name": "n"}, extra_headers=record_only(fault_key)))

    headers = recorded(plain_http, relay_url, fault_key)["headers"]
    assert [h["user-agent"] for h in headers] == [f"relay-python/{relay.__version__}"] * 3


async def test_token_requests_carry_the_user_agent_and_default_headers(
    rl: Api, plain_http: httpx.Client, relay_url: str, fault_key: str
) -> None:
    # only the OAuth client credentials: the token request is recorded through the
    # default headers, the only headers it can carry
    client = rl.new(
        oauth_client=(relay_app.CLIENT_ID, relay_app.CLIENT_SECRET),
        default_headers={**record_only(fault_key), "X-Team": "core"},
    )

    echo = await rl.run(client.auth.oauth.list())

    assert echo.scheme == "OauthClient"
    record = recorded(plain_http, relay_url, fault_key)
    assert record["paths"] == ["/oauth/token", "/auth/oauth"]
    assert [(h["user-agent"], h["x-team"]) for h in record["headers"]] == [
        (f"relay-python/{relay.__version__}", "core")
    ] * 2


# ---- debug logging ------------------------------------------------------------------------------


def relay_records(caplog: pytest.LogCaptureFixture) -> list[str]:
    return [
        record.getMessage()
        for record in caplog.records
        if record.name == "relay" or record.name.startswith("relay.")
    ]


async def test_debug_log_tells_method_url_status_attempt_and_elapsed_time(
    rl: Api, relay_url: str, fault_key: str, caplog: pytest.LogCaptureFixture
) -> None:
    url = f"{relay_url}/jobs/j-logged"

    with caplog.at_level(logging.DEBUG, logger="relay"):
        await rl.run(rl.client.jobs.retrieve("j-logged", extra_headers=fail_once(fault_key)))

    lines = [line for line in relay_records(caplog) if url in line]
    assert lines, caplog.text

    def logged(status: str, attempt: int) -> bool:
        return any(
            "GET" in line
            and re.search(rf"\b{status}\b", line)
            and re.search(rf"attempt\W{{0,3}}{attempt}\b", line)
            and re.search(r"\d+(\.\d+)?\s?(ms|s)\b", line)
            for line in lines
        )

    assert logged("503", 1), lines
    assert logged("200", 2), lines


async def test_quiet_unless_debug_is_on(rl: Api, caplog: pytest.LogCaptureFixture) -> None:
    with caplog.at_level(logging.INFO, logger="relay"):
        await rl.run(rl.client.jobs.retrieve("j1"))

    assert relay_records(caplog) == []


async def test_debug_log_has_no_bodies(
    rl: Api, fault_key: str, caplog: pytest.LogCaptureFixture
) -> None:
    marker = f"marker-{uuid.uuid4().hex}"

    with caplog.at_level(logging.DEBUG, logger="relay"):
        # a 429 (retried for a POST) whose error body is not logged either
        job = await rl.run(
            rl.client.jobs.create(body={"name": marker}, extra_headers=fail_once(fault_key, 429))
        )

    assert job.name == marker  # the response body carries the marker too
    assert any("/jobs" in line for line in relay_records(caplog))
    assert marker not in caplog.text
    assert "injected_fault" not in caplog.text


# ---- credentials stay secret -----------------------------------------------------------------

SECRETS = [
    relay_app.API_KEY,
    relay_app.QUERY_KEY,
    relay_app.COOKIE_KEY,
    relay_app.BEARER_TOKEN,
    relay_app.BASIC_PASSWORD,
    base64.b64encode(f"{relay_app.BASIC_USER}:{relay_app.BASIC_PASSWORD}".encode()).decode(),
    relay_app.CLIENT_SECRET,
]

# name: (operation, scheme it echoes, path)
AUTH_CALLS: dict[str, tuple[Callable[..., Any], str, str]] = {
    "bearer": (lambda c, **kw: c.auth.bearer.list(**kw), "BearerAuth", "/auth/bearer"),
    "basic": (lambda c, **kw: c.auth.basic.list(**kw), "BasicAuth", "/auth/basic"),
    "api-key-header": (lambda c, **kw: c.auth.api_key.list(**kw), "ApiKeyAuth", "/auth/api-key"),
    "api-key-query": (lambda c, **kw: c.auth.query_key.list(**kw), "QueryKey", "/auth/query-key"),
    "api-key-cookie": (
        lambda c, **kw: c.auth.cookie_key.list(**kw),
        "CookieKey",
        "/auth/cookie-key",
    ),
}


def assert_no_secret(text: str) -> None:
    leaked = [secret for secret in SECRETS if secret in text]
    assert not leaked, f"{leaked} in {text!r}"


@pytest.mark.parametrize("scheme", list(AUTH_CALLS))
async def test_debug_log_redacts_credentials(
    rl: Api, fault_key: str, caplog: pytest.LogCaptureFixture, scheme: str
) -> None:
    call, echoed, path = AUTH_CALLS[scheme]

    with caplog.at_level(logging.DEBUG, logger="relay"):
        # with a retry, so that the retry is logged too
        echo = await rl.run(call(rl.client, extra_headers=fail_once(fault_key)))

    assert echo.scheme == echoed  # the credential was sent...
    assert sum(path in line for line in relay_records(caplog)) >= 4
    assert_no_secret(caplog.text)  # ...and not logged


async def test_debug_log_redacts_oauth_credentials(
    rl: Api, caplog: pytest.LogCaptureFixture
) -> None:
    with caplog.at_level(logging.DEBUG, logger="relay"):
        echo = await rl.run(rl.client.auth.oauth.list())

    assert echo.scheme == "OauthClient"
    assert any("/auth/oauth" in line for line in relay_records(caplog))
    assert_no_secret(caplog.text)
    assert echo.credential not in caplog.text  # the access token


def test_secrets_not_in_client_repr(rl: Api) -> None:
    for client in (rl.client, rl.client.with_options(timeout=1.0)):
        assert_no_secret(repr(client))
        assert_no_secret(str(client))


# name: (fault headers, error class name)
ERROR_FAULTS: dict[str, tuple[Callable[[str], dict[str, str]], str]] = {
    "503": (lambda key: {"X-Fault-Key": key, "X-Fault-Status": "503"}, "InternalServerError"),
    "drop": (lambda key: {"X-Fault-Key": key, "X-Fault-Drop": "1"}, "APIConnectionError"),
}


@pytest.mark.parametrize("fault_name", list(ERROR_FAULTS))
@pytest.mark.parametrize("scheme", list(AUTH_CALLS))
async def test_secrets_not_in_errors(rl: Api, fault_key: str, scheme: str, fault_name: str) -> None:
    call, _, path = AUTH_CALLS[scheme]
    headers, error_name = ERROR_FAULTS[fault_name]

    with pytest.raises(rl.errors.APIError) as caught:
        await rl.run(call(rl.client, max_retries=0, extra_headers=headers(fault_key)))

    error = caught.value
    assert type(error) is getattr(rl.errors, error_name)
    assert_no_secret(str(error))
    assert_no_secret(repr(error))
    assert error.request is not None and error.request.url.path == path
