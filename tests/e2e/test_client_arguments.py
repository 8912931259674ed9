"""What a caller hands the client: settings, URLs for the escape hatch, headers to leave out.

- A wrong setting is a TypeError or ValueError that names it, where it is given (the
  client, `with_options`, or the call), not Python's own error from the first call.
- `client.get("https://...")`: a whole URL is taken as it is on base_url's origin and
  refused (`InvalidRequestError`, nothing sent) on any other, never appended to base_url.
- `extra_headers={"X-API-Key": None}` leaves the header out, whoever would send it.

Live against the relay server (tests/servers/relay_app.py) and an app that echoes each
request (tests/servers/echo_app.py), sync and async.
"""

from __future__ import annotations

import json
from collections.abc import AsyncIterator, Callable
from typing import Any

import httpx
import pytest
import relay

from tests.e2e.conftest import RELAY_CREDENTIALS, Api
from tests.servers import relay_app


@pytest.fixture
async def echo(mode: str, echo_server: tuple[str, list[dict[str, Any]]]) -> AsyncIterator[Api]:
    api = Api(relay, mode == "async", echo_server[0])
    await api.aclose()
    api._made.clear()
    api.client = api.new(api_key=relay_app.API_KEY, default_headers={"X-Team": "blue"})
    try:
        yield api
    finally:
        await api.aclose()


# -- settings ---------------------------------------------------------------------------

BAD_SETTINGS: list[tuple[dict[str, Any], type[Exception], str]] = [
    ({"max_retries": None}, TypeError, "max_retries must be a whole number"),
    ({"max_retries": "2"}, TypeError, "max_retries must be a whole number"),
    ({"max_retries": True}, TypeError, "max_retries must be a whole number"),
    ({"max_retries": -1}, ValueError, "max_retries must be 0 or more"),
    ({"timeout": "10"}, TypeError, "timeout must be a number of seconds"),
    ({"timeout": -1.0}, ValueError, "timeout must be 0 seconds or more"),
    ({"timeout": float("nan")}, ValueError, "timeout must be 0 seconds or more"),
    ({"deadline": "1"}, TypeError, "deadline must be a number of seconds or None"),
    ({"base_url": 8080}, TypeError, "base_url must be a str or an httpx.URL"),
    ({"base_url": "api.example.com/v1"}, ValueError, "base_url must be an absolute http"),
    ({"base_url": "ftp://files.example.com"}, ValueError, "base_url must be an absolute http"),
    ({"default_headers": [("X-A", "1")]}, TypeError, "default_headers must be a mapping"),
    ({"default_headers": {"X-A": 1}}, TypeError, "default_headers must map header names"),
    ({"default_query": ["a"]}, TypeError, "default_query must be a mapping"),
    ({"max_response_size": "1MB"}, TypeError, "max_response_size must be a number of bytes"),
    ({"strict_response_validation": "yes"}, TypeError, "strict_response_validation must be"),
    ({"correlation_header": 1}, TypeError, "correlation_header must be a str or None"),
    ({"on_request": "print"}, TypeError, "on_request must be a function or None"),
]


def _cases(cases: list[tuple[dict[str, Any], type[Exception], str]]) -> list[Any]:
    return [pytest.param(*case, id=str(case[0])) for case in cases]


@pytest.mark.parametrize(("settings", "kind", "message"), _cases(BAD_SETTINGS))
async def test_a_bad_setting_is_refused_by_name(
    rl: Api, settings: dict[str, Any], kind: type[Exception], message: str
) -> None:
    with pytest.raises(kind, match=r"^" + message):
        rl.new(**settings)


# the settings with_options takes (not the constructor's hooks, flags or header name)
COPY_SETTINGS = [
    case
    for case in BAD_SETTINGS
    if not {"on_request", "strict_response_validation", "correlation_header"} & case[0].keys()
]


@pytest.mark.parametrize(("settings", "kind", "message"), _cases(COPY_SETTINGS))
async def test_a_bad_setting_is_refused_by_with_options(
    rl: Api, settings: dict[str, Any], kind: type[Exception], message: str
) -> None:
    with pytest.raises(kind, match=r"^" + message):
        rl.client.with_options(**settings)


async def test_a_bad_per_call_option_is_refused_by_name_and_nothing_is_sent(
    echo: Api, received: list[dict[str, Any]]
) -> None:
    for options, message in [
        ({"max_retries": None}, "max_retries must be a whole number"),
        ({"timeout": "1"}, "timeout must be a number of seconds"),
        ({"deadline": -1}, "deadline must be 0 seconds or more"),
        ({"max_response_size": 1.5}, "max_response_size must be a number of bytes"),
    ]:
        with pytest.raises((TypeError, ValueError), match=r"^" + message):
            await echo.run(echo.client.jobs.retrieve("j1", **options))
    assert received == []


async def test_good_settings_still_work(rl: Api) -> None:
    client = rl.new(
        **RELAY_CREDENTIALS,
        max_retries=0,
        timeout=httpx.Timeout(5.0),
        deadline=10,
        base_url=httpx.URL(rl.base_url),
        max_response_size=None,
    )
    job = await rl.run(client.with_options(timeout=3, max_retries=1).jobs.retrieve("j1"))
    assert job.id == "j1"


# -- absolute URLs in the escape hatch --------------------------------------------------


async def test_an_absolute_url_on_base_urls_origin_is_sent_there(rl: Api) -> None:
    """Before, it was appended to base_url (`/http://127.0.0.1:.../undeclared`: a 404)."""
    answer = await rl.run(rl.client.get(rl.base_url + "/undeclared?page=2"))
    assert answer["method"] == "GET" and answer["query"] == {"page": "2"}
    assert answer["api_key_header"] == relay_app.API_KEY
    answer = await rl.run(rl.client.post(rl.base_url + "/undeclared", body={"a": 1}))
    assert answer["method"] == "POST" and answer["body"] == {"a": 1}


async def test_an_absolute_url_on_another_origin_is_refused(
    rl: Api, echo_server: tuple[str, list[dict[str, Any]]], received: list[dict[str, Any]]
) -> None:
    """The echo app is another origin (another port): it gets nothing, credentials
    included; the message names the origin, not the URL's path, query or password."""
    for url in (
        echo_server[0] + "/undeclared?api_key=secret",
        rl.base_url.replace("127.0.0.1", "localhost") + "/undeclared",
        rl.base_url.replace("http://", "https://") + "/undeclared",
    ):
        with pytest.raises(rl.errors.InvalidRequestError, match="is not base_url's origin"):
            await rl.run(rl.client.get(url))
    with pytest.raises(rl.errors.InvalidRequestError) as caught:
        await rl.run(rl.client.delete("http://user:pw@127.0.0.2:9/x?key=secret"))
    assert "127.0.0.2:9" in str(caught.value)
    assert "secret" not in str(caught.value) and "pw" not in str(caught.value)
    assert received == []


async def test_a_path_is_still_under_base_url(rl: Api) -> None:
    for path in ("/undeclared", "undeclared"):
        answer = await rl.run(rl.client.get(path))
        assert answer["method"] == "GET"


# -- headers left out -------------------------------------------------------------------


def _headers(received: list[dict[str, Any]]) -> dict[str, str]:
    (request,) = received
    headers: dict[str, str] = request["headers"]
    return headers


async def test_none_in_extra_headers_leaves_the_header_out(
    echo: Api, received: list[dict[str, Any]]
) -> None:
    await echo.run(echo.client.jobs.retrieve("j1"))
    sent = _headers(received)
    assert sent["x-api-key"] == relay_app.API_KEY and sent["x-team"] == "blue"
    received.clear()
    await echo.run(
        echo.client.jobs.retrieve("j1", extra_headers={"x-api-key": None, "X-TEAM": None})
    )
    sent = _headers(received)
    assert "x-api-key" not in sent and "x-team" not in sent
    assert sent["user-agent"].startswith("relay-python/")


async def test_none_leaves_out_a_header_of_the_escape_hatch_and_the_idempotency_key(
    echo: Api, received: list[dict[str, Any]]
) -> None:
    await echo.run(echo.client.get("/anything", headers={"X-API-Key": None}))
    assert "x-api-key" not in _headers(received)
    received.clear()
    await echo.run(
        echo.client.payments.create(
            amount=1, currency="EUR", extra_headers={"Idempotency-Key": None}
        )
    )
    assert "idempotency-key" not in _headers(received)


async def test_a_later_spelling_of_a_header_wins(echo: Api, received: list[dict[str, Any]]) -> None:
    await echo.run(
        echo.client.jobs.retrieve("j1", extra_headers={"X-API-Key": None, "x-api-key": "mine"})
    )
    assert _headers(received)["x-api-key"] == "mine"


async def test_a_header_value_that_is_not_text_is_refused_by_name(
    echo: Api, received: list[dict[str, Any]]
) -> None:
    calls: list[Callable[[], Any]] = [
        lambda: echo.client.jobs.retrieve("j1", extra_headers={"X-Count": 3}),
        lambda: echo.client.jobs.retrieve("j1", extra_headers=[("X-Count", "3")]),
    ]
    for call in calls:
        with pytest.raises(TypeError, match=r"^extra_headers must"):
            await echo.run(call())
    assert received == []


def test_the_echo_app_reports_the_request_in_a_header(
    echo_server: tuple[str, list[dict[str, Any]]],
) -> None:
    """The helper app itself: the `x-echo` header holds what `received` records."""
    response = httpx.get(echo_server[0] + "/x?a=1")
    assert json.loads(response.headers["x-echo"])["query"] == "a=1"
