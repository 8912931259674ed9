"""No credential shows: not in any log record the SDK causes (its own, httpx's at INFO,
httpcore's at DEBUG), not in the repr of the request attached to errors or of its headers,
not in the repr of a client whose base_url has a password, not in a chained exception's
text. Live against the relay server, sync and async.
"""

from __future__ import annotations

import logging
import traceback
from collections.abc import AsyncIterator
from typing import Any

import pytest
import relay

from tests.e2e.conftest import RELAY_CREDENTIALS, Api
from tests.servers import relay_app

LOGGERS = ("httpx", "httpcore", "relay")
WRONG_QUERY_KEY = "QSECRET-456"
WRONG_HEADER_KEY = "HSECRET-789"
URL_PASSWORD = "PSECRET-123"


@pytest.fixture
async def api(mode: str, relay_url: str) -> AsyncIterator[Api]:
    api = Api(relay, mode == "async", relay_url)
    try:
        yield api
    finally:
        await api.aclose()


def _capture(caplog: pytest.LogCaptureFixture, level: int) -> None:
    for name in LOGGERS:
        caplog.set_level(level, logger=name)


def _everything_logged(caplog: pytest.LogCaptureFixture) -> str:
    return "\n".join(record.getMessage() for record in caplog.records) + caplog.text


def _shown(error: BaseException) -> str:
    """All an error shows: its text, its traceback with the chained ones, the reprs of the
    request it carries and of that request's headers."""
    request = getattr(error, "request", None)
    return "\n".join(
        [
            str(error),
            repr(error),
            "".join(traceback.format_exception(error)),
            repr(request),
            repr(getattr(request, "headers", None)),
            repr(getattr(error, "response", None)),
        ]
    )


@pytest.mark.parametrize("level", [logging.DEBUG, logging.INFO], ids=["DEBUG", "INFO"])
async def test_no_credential_reaches_a_log_record(
    api: Api, caplog: pytest.LogCaptureFixture, level: int
) -> None:
    client = api.new(**RELAY_CREDENTIALS)
    _capture(caplog, level)
    auth = client.auth
    echoes = [
        await api.run(auth.query_key.list()),
        await api.run(auth.api_key.list()),
        await api.run(auth.cookie_key.list()),
        await api.run(auth.bearer.list()),
        await api.run(auth.basic.list()),
        await api.run(auth.oauth.list()),
    ]
    logged = _everything_logged(caplog)
    # the log is not empty: httpx wrote each request's URL (query key included, before)
    assert "HTTP Request: GET" in logged
    assert "/auth/query-key?api_key=[redacted]" in logged
    secrets = [
        relay_app.API_KEY,
        relay_app.QUERY_KEY,
        relay_app.COOKIE_KEY,
        relay_app.BEARER_TOKEN,
        relay_app.BASIC_PASSWORD,
        relay_app.CLIENT_SECRET,
        echoes[-1].credential,  # the OAuth access token the SDK fetched
    ]
    for secret in secrets:
        assert secret not in logged, secret


async def test_errors_do_not_show_credentials_but_keep_the_real_request(
    api: Api, caplog: pytest.LogCaptureFixture
) -> None:
    _capture(caplog, logging.DEBUG)
    client = api.new(query_key=WRONG_QUERY_KEY, api_key_auth=WRONG_HEADER_KEY)
    with pytest.raises(relay.AuthenticationError) as query_error:
        await api.run(client.auth.query_key.list())
    with pytest.raises(relay.AuthenticationError) as header_error:
        await api.run(client.auth.api_key.list())
    for error, secret in [
        (query_error.value, WRONG_QUERY_KEY),
        (header_error.value, WRONG_HEADER_KEY),
    ]:
        assert secret not in _shown(error)
        assert "[redacted]" in repr(error.request) + repr(error.request.headers)
    assert WRONG_QUERY_KEY not in _everything_logged(caplog)
    assert WRONG_HEADER_KEY not in _everything_logged(caplog)
    # the request itself is the one sent, with its real values
    assert query_error.value.request.url.params["api_key"] == WRONG_QUERY_KEY
    assert header_error.value.request.headers["x-api-key"] == WRONG_HEADER_KEY


async def test_a_password_in_base_url_shows_nowhere(
    api: Api, relay_url: str, caplog: pytest.LogCaptureFixture
) -> None:
    _capture(caplog, logging.DEBUG)
    with_password = relay_url.replace("http://", f"http://someone:{URL_PASSWORD}@")
    client = api.new(base_url=with_password)
    copy = api.client.with_options(base_url=with_password)
    for shown in (repr(client), repr(copy)):
        assert URL_PASSWORD not in shown
        assert "someone:***@" in shown
    assert client.base_url == with_password  # what was given, for the program
    await api.run(client.auth.public.list())
    await api.run(copy.auth.public.list())
    logged = _everything_logged(caplog)
    assert "request: GET http://someone:***@" in logged  # the SDK's DEBUG line
    assert URL_PASSWORD not in logged


async def test_a_key_with_spaces_around_it_is_sent_without_them(
    api: Api, caplog: pytest.LogCaptureFixture
) -> None:
    _capture(caplog, logging.DEBUG)
    client = api.new(
        api_key_auth=relay_app.API_KEY + " \t", bearer_auth="\t" + relay_app.BEARER_TOKEN + "\n"
    )
    echo: Any = await api.run(client.auth.api_key.list())
    assert echo.credential == relay_app.API_KEY
    echo = await api.run(client.auth.bearer.list())
    assert echo.credential == relay_app.BEARER_TOKEN


def test_a_key_with_a_control_character_inside_is_refused_without_showing_it(mode: str) -> None:
    cls = relay.AsyncClient if mode == "async" else relay.Client
    secret = "KSECRET\t-001"
    with pytest.raises(ValueError) as caught:
        cls(api_key_auth=secret, base_url="http://127.0.0.1:9")
    assert "api_key_auth" in str(caught.value) or "ApiKeyAuth" in str(caught.value)
    assert "KSECRET" not in _shown(caught.value)


async def test_a_header_httpx_refuses_is_not_quoted_by_the_error(api: Api) -> None:
    # a header value HTTP does not allow (trailing space): h11's error text quotes it, so
    # the SDK error must not chain it (the value is in a variable so that the traceback's
    # source lines do not show it either)
    secret = "TSECRET-999"
    with pytest.raises(relay.APIConnectionError) as caught:
        await api.run(
            api.client.auth.public.list(extra_headers={"X-Token": secret + " "}, max_retries=0)
        )
    shown = str(caught.value) + "".join(traceback.format_exception(caught.value))
    assert "LocalProtocolError" in shown
    assert secret not in shown
    assert caught.value.__cause__ is None
