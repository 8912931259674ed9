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
from urllib.parse import quote, unquote

import httpcore
import httpx
import pytest
import relay

from tests.e2e.conftest import RELAY_CREDENTIALS, Api
from tests.servers import relay_app

# the HTTP library's loggers are named after it (httpx2 and httpcore2 on httpx2)
LOGGERS = (httpx.__name__, httpcore.__name__, "relay")
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


async def test_errors_carry_the_request_with_its_credentials_hidden(
    api: Api, caplog: pytest.LogCaptureFixture
) -> None:
    """Users log `e.request.url`: the request an error (and its response) carries shows the
    API key of the query as `[redacted]` in its URL, its str and repr, not only the repr of
    the request."""
    _capture(caplog, logging.DEBUG)
    client = api.new(query_key=WRONG_QUERY_KEY, api_key=WRONG_HEADER_KEY)
    with pytest.raises(relay.AuthenticationError) as query_error:
        await api.run(client.auth.query_key.list())
    with pytest.raises(relay.AuthenticationError) as header_error:
        await api.run(client.auth.api_key.list())
    for error, secret in [
        (query_error.value, WRONG_QUERY_KEY),
        (header_error.value, WRONG_HEADER_KEY),
    ]:
        request = error.request
        shown = [_shown(error), str(request.url), repr(request.url), str(request.headers)]
        shown += [repr(error.response.request.url), str(list(request.url.params.items()))]
        assert secret not in "\n".join(shown)
        assert error.response.request is request
    assert WRONG_QUERY_KEY not in _everything_logged(caplog)
    assert WRONG_HEADER_KEY not in _everything_logged(caplog)
    query_request = query_error.value.request
    assert query_request.url.params["api_key"] == "[redacted]"
    assert query_request.url.path == "/auth/query-key" and query_request.method == "GET"
    assert header_error.value.request.headers["x-api-key"] == "[redacted]"


async def test_a_connection_error_carries_the_request_with_its_credentials_hidden(
    mode: str, closed_port: int
) -> None:
    cls = relay.AsyncClient if mode == "async" else relay.Client
    client = cls(
        base_url=f"http://someone:{URL_PASSWORD}@127.0.0.1:{closed_port}",
        query_key=WRONG_QUERY_KEY,
        max_retries=0,
    )
    api = Api(relay, mode == "async", f"http://127.0.0.1:{closed_port}")
    with pytest.raises(relay.APIConnectionError) as caught:
        await api.run(client.auth.query_key.list())
    url = caught.value.request.url
    for text in (str(url), repr(url), _shown(caught.value)):
        assert WRONG_QUERY_KEY not in text and URL_PASSWORD not in text
    assert url.params["api_key"] == "[redacted]" and url.password == "***"
    await api.run(client.close())
    await api.aclose()


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


@pytest.mark.parametrize(
    "password",
    ["Zq7", "Vq%72et-Pw%2Fd", "Vq%2a%2A~x"],
    ids=["short", "mixed-encoding", "encoded-sub-delims"],
)
async def test_a_short_or_percent_encoded_base_url_password_reaches_no_log(
    api: Api, relay_url: str, caplog: pytest.LogCaptureFixture, password: str
) -> None:
    """Values under six characters are not replaced everywhere in a log (that would garble
    it), and a password written percent-encoded is not the text httpx logs: the password of
    a URL is hidden by its place (httpx's INFO line showed `someone:Zq7@`)."""
    _capture(caplog, logging.DEBUG)
    client = api.new(base_url=relay_url.replace("http://", f"http://someone:{password}@"))
    await api.run(client.auth.public.list())
    logged = _everything_logged(caplog)
    assert "HTTP Request: GET http://someone:***@" in logged
    decoded = unquote(password)
    for form in {password, decoded, quote(decoded, safe=""), password.lower()}:
        assert f":{form}@" not in logged, form
    assert "Zq7" not in logged and "Vq" not in logged


async def test_what_a_credential_provider_gives_is_cleaned_and_kept_out_of_logs(
    api: Api, caplog: pytest.LogCaptureFixture
) -> None:
    """A provider's token loses the spaces around it as a static one does, is redacted in
    log records as the static ones are, and a control character in it is refused before
    anything is sent (a trailing NUL made h11 refuse the header, and httpcore's DEBUG
    record of that quoted the token)."""
    _capture(caplog, logging.DEBUG)
    given = iter([" " + relay_app.BEARER_TOKEN + "\n", relay_app.BEARER_TOKEN + "\x00"])

    def provider() -> str:
        return next(given)

    async def async_provider() -> str:
        return provider()

    client = api.new(bearer_auth=async_provider if api.is_async else provider, max_retries=0)
    echo: Any = await api.run(client.auth.bearer.list())
    assert echo.credential == relay_app.BEARER_TOKEN
    logging.getLogger(httpx.__name__).debug("a record that quotes %s", relay_app.BEARER_TOKEN)
    with pytest.raises(relay.InvalidRequestError) as caught:
        await api.run(client.auth.bearer.list())
    assert "control character" in str(caught.value)
    assert isinstance(caught.value, ValueError)
    logged = _everything_logged(caplog)
    assert "a record that quotes [redacted]" in logged
    assert relay_app.BEARER_TOKEN not in logged
    assert relay_app.BEARER_TOKEN not in _shown(caught.value)


async def test_a_key_with_spaces_around_it_is_sent_without_them(
    api: Api, caplog: pytest.LogCaptureFixture
) -> None:
    _capture(caplog, logging.DEBUG)
    client = api.new(
        api_key=relay_app.API_KEY + " \t", bearer_auth="\t" + relay_app.BEARER_TOKEN + "\n"
    )
    echo: Any = await api.run(client.auth.api_key.list())
    assert echo.credential == relay_app.API_KEY
    echo = await api.run(client.auth.bearer.list())
    assert echo.credential == relay_app.BEARER_TOKEN


def test_a_key_with_a_control_character_inside_is_refused_without_showing_it(mode: str) -> None:
    cls = relay.AsyncClient if mode == "async" else relay.Client
    secret = "KSECRET\t-001"
    with pytest.raises(ValueError) as caught:
        cls(api_key=secret, base_url="http://127.0.0.1:9")
    assert "api_key" in str(caught.value) or "ApiKeyAuth" in str(caught.value)
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
