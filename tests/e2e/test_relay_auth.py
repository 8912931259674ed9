"""Credentials of the relay SDK: one keyword per security scheme, applied per operation.

The `/auth/*` operations echo the scheme and credential they accepted; `X-Fault-Key`
recordings (`GET /_faults/{key}`) show exactly which credentials a request carried;
`GET /_stats` counts OAuth token requests and handler runs per operationId.
"""

from __future__ import annotations

import asyncio
import base64
import logging
from collections.abc import Iterator
from typing import Any
from urllib.parse import parse_qsl

import httpx
import pytest

from tests.e2e.conftest import RELAY_CREDENTIALS, Api
from tests.e2e.relay_support import recorded
from tests.servers import relay_app
from tests.servers.live import serve

BASIC_HEADER = "Basic " + base64.b64encode(
    f"{relay_app.BASIC_USER}:{relay_app.BASIC_PASSWORD}".encode()
).decode("ascii")

RELAY_ENV_VARIABLES = [
    "RELAY_API_KEY",
    "RELAY_QUERY_KEY",
    "RELAY_COOKIE_KEY",
    "RELAY_BEARER_AUTH",
    "RELAY_BASIC_AUTH",
    "RELAY_OAUTH_CLIENT",
]


@pytest.fixture(autouse=True)
def _no_relay_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    """Credential-less clients must not pick up credentials from the developer's shell."""
    for name in RELAY_ENV_VARIABLES:
        monkeypatch.delenv(name, raising=False)


def stats(plain_http: httpx.Client, base_url: str) -> dict[str, Any]:
    response = plain_http.get(base_url + "/_stats")
    assert response.status_code == 200, response.text
    result: dict[str, Any] = response.json()
    return result


def cookies_of(headers: dict[str, str]) -> dict[str, str]:
    cookie = headers.get("cookie")
    if cookie is None:
        return {}
    return dict(part.strip().split("=", 1) for part in cookie.split(";"))


# ---- every scheme, through the client with every credential ------------------------

ECHOES = [
    ("api_key", "ApiKeyAuth", relay_app.API_KEY),
    ("query_key", "QueryKey", relay_app.QUERY_KEY),
    ("cookie_key", "CookieKey", relay_app.COOKIE_KEY),
    ("bearer", "BearerAuth", relay_app.BEARER_TOKEN),
    ("basic", "BasicAuth", f"{relay_app.BASIC_USER}:{relay_app.BASIC_PASSWORD}"),
    ("oauth", "OauthClient", None),  # the credential is the issued token, tok-N
    ("either", "BearerAuth", relay_app.BEARER_TOKEN),  # the first alternative wins
    ("both", "ApiKeyAuth+QueryKey", f"{relay_app.API_KEY}+{relay_app.QUERY_KEY}"),
]


@pytest.mark.parametrize(("operation", "scheme", "credential"), ECHOES, ids=[e[0] for e in ECHOES])
async def test_each_operation_is_accepted_with_its_scheme(
    rl: Api, operation: str, scheme: str, credential: str | None
) -> None:
    echo = await rl.run(getattr(rl.client.auth, operation).list())

    assert isinstance(echo, rl.models.AuthEcho)
    assert echo.scheme == scheme
    if credential is None:
        assert echo.credential.startswith("tok-")
    else:
        assert echo.credential == credential


# What each operation must send, and nothing more: (authorization, x-api-key, api_key query,
# relay_session cookie); "oauth" stands for "Bearer tok-N".
SENT = [
    ("api_key", None, relay_app.API_KEY, None, None),
    ("query_key", None, None, relay_app.QUERY_KEY, None),
    ("cookie_key", None, None, None, relay_app.COOKIE_KEY),
    ("bearer", f"Bearer {relay_app.BEARER_TOKEN}", None, None, None),
    ("basic", BASIC_HEADER, None, None, None),
    ("oauth", "oauth", None, None, None),
    ("either", f"Bearer {relay_app.BEARER_TOKEN}", None, None, None),
    ("both", None, relay_app.API_KEY, relay_app.QUERY_KEY, None),
    ("public", None, None, None, None),
]


@pytest.mark.parametrize(
    ("operation", "authorization", "api_key_header", "api_key_query", "session_cookie"),
    SENT,
    ids=[s[0] for s in SENT],
)
async def test_only_the_credentials_of_the_operation_are_sent(
    rl: Api,
    plain_http: httpx.Client,
    fault_key: str,
    operation: str,
    authorization: str | None,
    api_key_header: str | None,
    api_key_query: str | None,
    session_cookie: str | None,
) -> None:
    await rl.run(getattr(rl.client.auth, operation).list(extra_headers={"X-Fault-Key": fault_key}))

    record = recorded(plain_http, rl.base_url, fault_key)
    assert record["attempts"] == 1
    headers = record["headers"][0]
    query = parse_qsl(record["queries"][0], keep_blank_values=True)
    if authorization == "oauth":
        assert headers["authorization"].startswith("Bearer tok-")
    else:
        assert headers.get("authorization") == authorization
    assert headers.get("x-api-key") == api_key_header
    assert query == ([("api_key", api_key_query)] if api_key_query is not None else [])
    assert cookies_of(headers) == (
        {"relay_session": session_cookie} if session_cookie is not None else {}
    )


async def test_public_operation_sends_no_credentials(rl: Api) -> None:
    echo = await rl.run(rl.client.auth.public.list())

    assert isinstance(echo, rl.models.PublicEcho)
    assert echo.authorization is None
    assert echo.api_key_header is None


# ---- security alternatives and combined requirements ------------------------------


@pytest.mark.parametrize(
    ("credentials", "scheme", "credential"),
    [
        ({"api_key": relay_app.API_KEY}, "ApiKeyAuth", relay_app.API_KEY),
        ({"bearer_auth": relay_app.BEARER_TOKEN}, "BearerAuth", relay_app.BEARER_TOKEN),
        (
            {"api_key": relay_app.API_KEY, "bearer_auth": relay_app.BEARER_TOKEN},
            "BearerAuth",
            relay_app.BEARER_TOKEN,
        ),
    ],
    ids=["only-api-key", "only-bearer", "both"],
)
async def test_either_uses_the_first_alternative_the_client_can_satisfy(
    rl: Api,
    plain_http: httpx.Client,
    fault_key: str,
    credentials: dict[str, str],
    scheme: str,
    credential: str,
) -> None:
    client = rl.new(**credentials)

    echo = await rl.run(client.auth.either.list(extra_headers={"X-Fault-Key": fault_key}))

    assert (echo.scheme, echo.credential) == (scheme, credential)
    # only the chosen alternative is sent, never both
    headers = recorded(plain_http, rl.base_url, fault_key)["headers"][0]
    if scheme == "BearerAuth":
        assert "x-api-key" not in headers
    else:
        assert "authorization" not in headers


@pytest.mark.parametrize(
    "credentials",
    [{"api_key": relay_app.API_KEY}, {"query_key": relay_app.QUERY_KEY}],
    ids=["only-api-key", "only-query-key"],
)
async def test_both_needs_every_scheme_of_the_requirement(
    rl: Api, credentials: dict[str, str]
) -> None:
    client = rl.new(**credentials)

    with pytest.raises(rl.errors.AuthenticationError) as caught:
        await rl.run(client.auth.both.list())

    assert caught.value.status_code == 401


# ---- missing credentials and environment variables ---------------------------------

ALL_AUTH_OPERATIONS = [e[0] for e in ECHOES]


@pytest.mark.parametrize("operation", ALL_AUTH_OPERATIONS)
async def test_client_without_credentials_gets_authentication_error(
    rl: Api, operation: str
) -> None:
    client = rl.new()

    with pytest.raises(rl.errors.AuthenticationError) as caught:
        await rl.run(getattr(client.auth, operation).list())

    assert caught.value.status_code == 401
    assert isinstance(caught.value, rl.errors.APIStatusError)
    assert isinstance(caught.value.body, rl.models.Error)
    # the public operation still works without any credential
    public = await rl.run(client.auth.public.list())
    assert (public.authorization, public.api_key_header) == (None, None)


ENVIRONMENT = [
    ("RELAY_API_KEY", relay_app.API_KEY, "api_key", "ApiKeyAuth"),
    ("RELAY_QUERY_KEY", relay_app.QUERY_KEY, "query_key", "QueryKey"),
    ("RELAY_COOKIE_KEY", relay_app.COOKIE_KEY, "cookie_key", "CookieKey"),
    ("RELAY_BEARER_AUTH", relay_app.BEARER_TOKEN, "bearer", "BearerAuth"),
    (
        "RELAY_BASIC_AUTH",
        f"{relay_app.BASIC_USER}:{relay_app.BASIC_PASSWORD}",
        "basic",
        "BasicAuth",
    ),
    (
        "RELAY_OAUTH_CLIENT",
        f"{relay_app.CLIENT_ID}:{relay_app.CLIENT_SECRET}",
        "oauth",
        "OauthClient",
    ),
]


@pytest.mark.parametrize(
    ("variable", "value", "operation", "scheme"), ENVIRONMENT, ids=[e[0] for e in ENVIRONMENT]
)
async def test_credential_falls_back_to_environment_variable(
    rl: Api,
    monkeypatch: pytest.MonkeyPatch,
    variable: str,
    value: str,
    operation: str,
    scheme: str,
) -> None:
    monkeypatch.setenv(variable, value)
    client = rl.new()

    echo = await rl.run(getattr(client.auth, operation).list())

    assert echo.scheme == scheme
    if scheme == "OauthClient":
        assert echo.credential.startswith("tok-")
    else:
        assert echo.credential == value  # basic: "user:password", as in the variable
    # only that scheme came from the environment: the others are still missing
    other = "basic" if operation != "basic" else "bearer"
    with pytest.raises(rl.errors.AuthenticationError):
        await rl.run(getattr(client.auth, other).list())


@pytest.mark.parametrize(
    ("variable", "keyword", "value", "operation", "credential"),
    [
        (
            "RELAY_BEARER_AUTH",
            "bearer_auth",
            relay_app.BEARER_TOKEN,
            "bearer",
            relay_app.BEARER_TOKEN,
        ),
        (
            "RELAY_BASIC_AUTH",
            "basic_auth",
            (relay_app.BASIC_USER, relay_app.BASIC_PASSWORD),
            "basic",
            f"{relay_app.BASIC_USER}:{relay_app.BASIC_PASSWORD}",
        ),
        (
            "RELAY_QUERY_KEY",
            "query_key",
            relay_app.QUERY_KEY,
            "query_key",
            relay_app.QUERY_KEY,
        ),
    ],
    ids=["bearer", "basic", "query-key"],
)
async def test_keyword_wins_over_environment_variable(
    rl: Api,
    monkeypatch: pytest.MonkeyPatch,
    variable: str,
    keyword: str,
    value: object,
    operation: str,
    credential: str,
) -> None:
    monkeypatch.setenv(variable, "wrong:wrong")

    echo = await rl.run(getattr(rl.new(**{keyword: value}).auth, operation).list())
    assert echo.credential == credential

    with pytest.raises(rl.errors.AuthenticationError):
        await rl.run(getattr(rl.new().auth, operation).list())  # the environment's wrong value


# ---- OAuth2 client credentials ---------------------------------------------------------


async def test_oauth_token_is_fetched_once_and_cached(
    rl: Api, plain_http: httpx.Client, fresh_relay_url: str
) -> None:
    client = rl.new(base_url=fresh_relay_url, oauth_client=RELAY_CREDENTIALS["oauth_client"])
    assert stats(plain_http, fresh_relay_url)["token_requests"] == 0

    first = await rl.run(client.auth.oauth.list())
    second = await rl.run(client.auth.oauth.list())

    assert first.credential == second.credential == "tok-1"
    counts = stats(plain_http, fresh_relay_url)
    assert counts["token_requests"] == 1
    assert counts["calls"]["authOauth"] == 2
    # the token request went to tokenUrl, relative to the base URL
    assert counts["calls"]["createToken"] == 1


async def test_oauth_token_is_not_fetched_for_other_operations(
    rl: Api, plain_http: httpx.Client, fresh_relay_url: str
) -> None:
    client = rl.new(base_url=fresh_relay_url, **RELAY_CREDENTIALS)

    await rl.run(client.auth.bearer.list())
    await rl.run(client.auth.api_key.list())
    await rl.run(client.auth.public.list())

    assert stats(plain_http, fresh_relay_url)["token_requests"] == 0


@pytest.fixture
def short_token_relay_url() -> Iterator[str]:
    """A relay server whose access tokens live 1 second (`expires_in: 1`)."""
    with serve(relay_app.create_app(token_ttl=1)) as base:
        yield base


async def test_oauth_token_is_refreshed_before_it_expires(
    rl: Api, plain_http: httpx.Client, short_token_relay_url: str
) -> None:
    client = rl.new(base_url=short_token_relay_url, oauth_client=RELAY_CREDENTIALS["oauth_client"])
    first = await rl.run(client.auth.oauth.list())
    assert first.credential == "tok-1"

    # the client renews at 90% of expires_in (0.9 s): before the server would reject it
    await asyncio.sleep(0.95)
    second = await rl.run(client.auth.oauth.list())

    assert second.credential == "tok-2"
    counts = stats(plain_http, short_token_relay_url)
    assert counts["token_requests"] == 2
    # renewed before use: the expired token was never sent (no rejected attempt)
    assert counts["calls"]["authOauth"] == 2


async def test_oauth_token_is_fetched_again_once_after_a_401(
    rl: Api, plain_http: httpx.Client, fresh_relay_url: str
) -> None:
    client = rl.new(base_url=fresh_relay_url, oauth_client=RELAY_CREDENTIALS["oauth_client"])
    assert (await rl.run(client.auth.oauth.list())).credential == "tok-1"
    revoked = plain_http.post(fresh_relay_url + "/_control/revoke-tokens")
    assert revoked.json() == {"revoked": 1}

    echo = await rl.run(client.auth.oauth.list())

    assert echo.credential == "tok-2"
    counts = stats(plain_http, fresh_relay_url)
    assert counts["token_requests"] == 2
    assert counts["calls"]["authOauth"] == 3  # ok, rejected (revoked), ok
    # the new token is cached in turn
    assert (await rl.run(client.auth.oauth.list())).credential == "tok-2"
    assert stats(plain_http, fresh_relay_url)["token_requests"] == 2


@pytest.fixture
def expired_token_relay_url() -> Iterator[str]:
    """A relay server whose access tokens are expired as soon as they are issued."""
    with serve(relay_app.create_app(token_ttl=0)) as base:
        yield base


async def test_oauth_gives_up_after_one_fresh_token_is_rejected(
    rl: Api, plain_http: httpx.Client, expired_token_relay_url: str
) -> None:
    client = rl.new(
        base_url=expired_token_relay_url, oauth_client=RELAY_CREDENTIALS["oauth_client"]
    )

    with pytest.raises(rl.errors.AuthenticationError):
        await rl.run(client.auth.oauth.list())

    counts = stats(plain_http, expired_token_relay_url)
    assert counts["token_requests"] == 2  # the first token, and one more after the 401
    assert counts["calls"]["authOauth"] == 2


# ---- keeping secrets out of sight ------------------------------------------------------

SECRETS = {
    "api_key": "secret-api-key-1111",
    "query_key": "secret-query-key-2222",
    "cookie_key": "secret-cookie-3333",
    "bearer_auth": "secret-bearer-4444",
    "basic_auth": ("basic-user", "secret-basic-pass-5555"),
    "oauth_client": (relay_app.CLIENT_ID, "secret-oauth-6666"),
}
SECRET_VALUES = [
    "secret-api-key-1111",
    "secret-query-key-2222",
    "secret-cookie-3333",
    "secret-bearer-4444",
    "secret-basic-pass-5555",
    "secret-oauth-6666",
]


def assert_no_secret(text: str, secrets: list[str]) -> None:
    for secret in secrets:
        assert secret not in text, f"{secret!r} leaked into {text!r}"


async def test_client_reprs_hide_credentials(
    rl: Api, plain_http: httpx.Client, fault_key: str
) -> None:
    client = rl.new(**SECRETS)
    auth = client._auth

    texts = [repr(client), str(client), str(vars(client)), repr(auth), str(vars(auth))]

    for text in texts:
        assert_no_secret(text, SECRET_VALUES)
    # the client does hold them: they are sent when an operation needs them
    with pytest.raises(rl.errors.AuthenticationError):
        await rl.run(client.auth.both.list(extra_headers={"X-Fault-Key": fault_key}))
    record = recorded(plain_http, rl.base_url, fault_key)
    assert record["headers"][0]["x-api-key"] == "secret-api-key-1111"
    assert record["queries"][0] == "api_key=secret-query-key-2222"


async def test_oauth_access_token_not_in_client_repr(rl: Api) -> None:
    client = rl.new(oauth_client=RELAY_CREDENTIALS["oauth_client"])
    token = (await rl.run(client.auth.oauth.list())).credential

    for text in [repr(client), str(vars(client)), repr(client._auth)]:
        assert_no_secret(text, [token, relay_app.CLIENT_SECRET])


WRONG = [
    ("api_key", "wrong-api-key-7777", "api_key", "wrong-api-key-7777"),
    ("query_key", "wrong-query-key-7777", "query_key", "wrong-query-key-7777"),
    ("cookie_key", "wrong-cookie-7777", "cookie_key", "wrong-cookie-7777"),
    ("bearer_auth", "wrong-bearer-7777", "bearer", "wrong-bearer-7777"),
    ("basic_auth", (relay_app.BASIC_USER, "wrong-pass-7777"), "basic", "wrong-pass-7777"),
    ("oauth_client", (relay_app.CLIENT_ID, "wrong-secret-7777"), "oauth", "wrong-secret-7777"),
]


@pytest.mark.parametrize(
    ("keyword", "value", "operation", "secret"), WRONG, ids=[w[0] for w in WRONG]
)
async def test_rejected_credential_is_not_in_the_error(
    rl: Api, keyword: str, value: object, operation: str, secret: str
) -> None:
    client = rl.new(**{keyword: value})

    with pytest.raises(rl.errors.AuthenticationError) as caught:
        await rl.run(getattr(client.auth, operation).list())

    error = caught.value
    assert error.status_code == 401
    assert_no_secret(str(error), [secret])
    assert_no_secret(repr(error), [secret])
    assert_no_secret(str(error.body), [secret])
    if keyword == "basic_auth":
        encoded = base64.b64encode(f"{relay_app.BASIC_USER}:{secret}".encode()).decode()
        assert_no_secret(str(error) + repr(error), [encoded])


async def test_debug_logs_hide_credentials(rl: Api, caplog: pytest.LogCaptureFixture) -> None:
    with caplog.at_level(logging.DEBUG, logger="relay"):
        for operation in ["both", "cookie_key", "basic", "oauth"]:
            await rl.run(getattr(rl.client.auth, operation).list())

    text = caplog.text
    assert "/auth/both" in text and "/oauth/token" in text  # the requests were logged
    secrets = [
        relay_app.API_KEY,
        relay_app.QUERY_KEY,
        relay_app.COOKIE_KEY,
        relay_app.BASIC_PASSWORD,
        BASIC_HEADER.split()[1],
        relay_app.CLIENT_SECRET,
        "Bearer tok-",
    ]
    assert_no_secret(text, secrets)
