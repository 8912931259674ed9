"""Credentials: which ones a client has, how each is sent, and keeping them out of sight."""

from __future__ import annotations

import base64
import inspect
import logging
import os
import threading
import time
from collections import deque
from collections.abc import (
    Awaitable,
    Callable,
    Iterator,
    Mapping,
    MutableMapping,
    Sequence,
)
from typing import TYPE_CHECKING, Any, Final, Literal

import httpx2 as httpx

from .. import errors
from . import _redaction
from ._types import PACKAGE, fields_repr

if TYPE_CHECKING:
    import asyncio

SchemeKind = Literal["api_key", "bearer", "basic", "oauth2_client_credentials"]
# an API key or bearer token may be a function that gives it, called before each attempt
# (rotating tokens); the async client takes `async` ones too
SyncTokenProvider = Callable[[], str]
AsyncTokenProvider = Callable[[], str | Awaitable[str]]
_PROVIDED_KINDS = ("api_key", "bearer")
ALWAYS_REDACTED = frozenset(
    {"authorization", "proxy-authorization", "cookie", "set-cookie"}
)
REDACTED = _redaction.REDACTED
# a token is fetched again when less than this part of its lifetime is left (at most 30 s)
_REFRESH_MARGIN = 0.1
_MAX_REFRESH_MARGIN = 30.0
# the values a credential provider gave last, per scheme, kept out of log records (a record
# may be written a little after the token rotated)
_RECENT_PROVIDED = 4


class SchemeSpec:
    """A security scheme of the API: how its credential goes into a request."""

    __slots__ = ("kind", "location", "name", "token_url")

    def __init__(
        self,
        kind: SchemeKind,
        location: Literal["header", "query", "cookie"] | None = None,
        name: str | None = None,
        token_url: str | None = None,
    ) -> None:
        self.kind: Final = kind
        self.location: Final = location
        self.name: Final = name
        self.token_url: Final = token_url

    def __repr__(self) -> str:
        return fields_repr(self, ("kind", "location", "name", "token_url"))


class Secret:
    """A credential; its repr never shows the value."""

    __slots__ = ("_value",)

    def __init__(self, value: object) -> None:
        self._value = value

    def reveal(self) -> Any:
        return self._value

    def __repr__(self) -> str:
        return "Secret('**********')"


def from_environment(value: object, variable: str, pair: bool) -> object:
    """`value`, else the environment variable (`user:password` for a pair), else None."""
    if value is not None:
        return value
    text = os.environ.get(variable)
    if not text:
        return None
    if pair:
        first, _, second = text.partition(":")
        return (first, second)
    return text


class _Token:
    __slots__ = ("refresh_at", "value")

    def __init__(self, value: str, refresh_at: float | None = None) -> None:
        self.value = value
        self.refresh_at = refresh_at


class Auth:
    """The credentials of a client, shared with the copies `with_options` makes."""

    def __init__(
        self,
        schemes: Mapping[str, SchemeSpec],
        values: Mapping[str, object],
        scopes: Sequence[str] | None = None,
    ) -> None:
        self.schemes = dict(schemes)
        self.scopes = tuple(scopes or ())
        self._secrets = {
            key: Secret(_usable(key, self.schemes.get(key), value))
            for key, value in values.items()
            if value is not None
        }
        self._tokens: dict[str, _Token] = {}
        self._provided: dict[str, deque[str]] = {}
        self._hidden: set[str] = set()
        self.thread_lock = threading.Lock()
        self._async_lock: asyncio.Lock | None = None
        api_keys = [
            spec
            for spec in self.schemes.values()
            if spec.kind == "api_key" and spec.name
        ]
        self.redacted_headers = ALWAYS_REDACTED | {
            (spec.name or "").lower() for spec in api_keys if spec.location == "header"
        }
        self.redacted_query = frozenset(
            spec.name or "" for spec in api_keys if spec.location == "query"
        )
        self.redacted_cookies = frozenset(
            spec.name or "" for spec in api_keys if spec.location == "cookie"
        )
        # httpx and httpcore log the URLs they send: keep these credentials out of them
        _redaction.watch(self, logging.getLogger(PACKAGE))

    def __repr__(self) -> str:
        return f"Auth(configured={sorted(self._secrets)!r})"

    def with_values(self, values: Mapping[str, object]) -> Auth:
        """These credentials with some replaced (None keeps one); the access tokens
        of the unchanged schemes stay cached."""
        changed = {key: value for key, value in values.items() if value is not None}
        if not changed:
            return self
        kept = {key: secret.reveal() for key, secret in self._secrets.items()}
        clone = Auth(self.schemes, {**kept, **changed}, self.scopes)
        clone._tokens = {
            key: token for key, token in self._tokens.items() if key not in changed
        }
        return clone

    @property
    def async_lock(self) -> asyncio.Lock:
        if self._async_lock is None:
            import asyncio  # here: a program that never awaits does not load asyncio

            self._async_lock = asyncio.Lock()
        return self._async_lock

    def choose(self, security: tuple[tuple[str, ...], ...]) -> tuple[str, ...]:
        """The schemes to use: the first alternative whose every credential is configured."""
        for alternative in security:
            if alternative and all(key in self._secrets for key in alternative):
                return alternative
        return ()

    def apply(
        self,
        key: str,
        headers: MutableMapping[str, str],
        params: list[tuple[str, str]],
        cookies: MutableMapping[str, str],
        token: str | None = None,
    ) -> None:
        """Put the credential of scheme `key` into the request being built."""
        spec = self.schemes[key]
        value = self._secrets[key].reveal()
        if spec.kind in _PROVIDED_KINDS and token is not None:
            value = self._provided_value(key, token)
        if spec.kind == "api_key":
            name = spec.name or ""
            if spec.location == "query":
                params.append((name, str(value)))
            elif spec.location == "cookie":
                cookies[name] = str(value)
            else:
                headers[name] = _header_value(str(value))
        elif spec.kind == "basic":
            user, password = value
            pair = f"{user}:{password}".encode()
            headers["Authorization"] = "Basic " + base64.b64encode(pair).decode("ascii")
        elif spec.kind == "bearer":
            headers["Authorization"] = "Bearer " + _header_value(str(value))
        else:
            headers["Authorization"] = "Bearer " + _header_value(token or "")

    # -- credential providers -----------------------------------------------------------

    def _provided_value(self, key: str, token: str) -> str:
        """What the credential's provider gave for this attempt, as a static one is taken
        (spaces around it dropped, control characters refused unseen: nothing is sent),
        and kept out of log records from now on."""
        try:
            value = str(_usable(key, self.schemes[key], token))
        except ValueError as error:
            raise errors.InvalidRequestError(
                f"{error} (given by its credential provider)"
            ) from None
        recent = self._provided.setdefault(key, deque(maxlen=_RECENT_PROVIDED))
        if value not in recent:
            recent.append(value)
        return value

    def providers(self, schemes: tuple[str, ...]) -> dict[str, Callable[[], object]]:
        """The functions that give the API keys and bearer tokens among `schemes` (the
        user's: what they return is checked when called)."""
        found: dict[str, Callable[[], object]] = {}
        for key in schemes:
            value = self._secrets[key].reveal()
            if self.schemes[key].kind in _PROVIDED_KINDS and callable(value):
                found[key] = value
        return found

    # -- OAuth2 client credentials ------------------------------------------------------

    def token_schemes(self, schemes: tuple[str, ...]) -> tuple[str, ...]:
        """The schemes among `schemes` that send an access token fetched from a token URL."""
        return tuple(
            key
            for key in schemes
            if self.schemes[key].kind == "oauth2_client_credentials"
        )

    def cached_token(self, key: str) -> str | None:
        token = self._tokens.get(key)
        if token is None or (
            token.refresh_at is not None and time.monotonic() >= token.refresh_at
        ):
            return None
        return token.value

    def forget_token(self, key: str) -> None:
        self._tokens.pop(key, None)

    def token_request(self, key: str, base_url: str) -> dict[str, Any]:
        """`build_request` arguments of the token request (RFC 6749 client credentials)."""
        spec = self.schemes[key]
        client_id, client_secret = self._secrets[key].reveal()
        url = httpx.URL(base_url.rstrip("/") + "/").join(spec.token_url or "")
        form = {
            "grant_type": "client_credentials",
            "client_id": client_id,
            "client_secret": client_secret,
        }
        if self.scopes:
            form["scope"] = " ".join(self.scopes)
        return {
            "method": "POST",
            "url": url,
            "data": form,
            "headers": {"Accept": "application/json"},
        }

    def store_token(self, key: str, response: httpx.Response) -> str:
        """Keep the token of a successful token response; its value."""
        try:
            payload = response.json()
        except ValueError:
            payload = None
        value = payload.get("access_token") if isinstance(payload, dict) else None
        if not isinstance(value, str) or not value:
            raise ValueError("the token response has no access_token")
        refresh_at = None
        expires_in = payload.get("expires_in") if isinstance(payload, dict) else None
        if isinstance(expires_in, (int, float)) and not isinstance(expires_in, bool):
            margin = min(_MAX_REFRESH_MARGIN, expires_in * _REFRESH_MARGIN)
            refresh_at = time.monotonic() + expires_in - margin
        self._tokens[key] = _Token(value, refresh_at)
        return value

    # -- redaction ------------------------------------------------------------------------

    def hide(self, secret: str | None) -> None:
        """Keep one more secret out of log records (the password of a base_url)."""
        if secret:
            self._hidden.add(secret)

    def log_secrets(self) -> Iterator[str]:
        """Every credential value this client may send, as text (for the log filter)."""
        yield from self._hidden
        for key, secret in self._secrets.items():
            value = secret.reveal()
            if callable(value):
                continue  # a credential provider: what it gave is below
            if isinstance(value, tuple):
                yield str(value[1])  # a password or client secret (not the user name)
                if self.schemes[key].kind == "basic":
                    pair = f"{value[0]}:{value[1]}".encode()
                    yield base64.b64encode(pair).decode("ascii")
            else:
                yield str(value)
        for token in list(self._tokens.values()):
            yield token.value
        for recent in list(self._provided.values()):
            yield from list(recent)

    def redact_headers(self, headers: httpx.Headers) -> dict[str, str]:
        return {
            name: REDACTED if name.lower() in self.redacted_headers else value
            for name, value in headers.items()
        }

    def redact_url(self, url: httpx.URL) -> str:
        """The URL to show: API-key query values and the password of `user:password@` hidden."""
        text = _redaction.without_password(str(url))
        return _redaction.redact_query(text, self.redacted_query)


def _usable(key: str, spec: SchemeSpec | None, value: object) -> object:
    """A credential as it will be sent: a key or token that is text loses the spaces, tabs
    and line ends around it (pasted in, or read from a file or variable with its newline),
    which no server expects and HTTP refuses, echoing the value in its error. A control
    character inside is refused here, by scheme name: its value is never shown."""
    if (
        spec is None
        or spec.kind not in ("api_key", "bearer")
        or not isinstance(value, str)
    ):
        return value
    value = value.strip(" \t\r\n")
    if any(ord(char) < 0x20 or ord(char) == 0x7F for char in value):
        raise ValueError(
            f"the credential of {key!r} holds a control character (a tab, a line "
            "break, ...); it cannot be sent in a request"
        )
    return value


def _header_value(value: str) -> str:
    if "\r" in value or "\n" in value:
        raise ValueError("a credential must not contain line breaks")
    return value


def provided(provider: Callable[[], object]) -> str:
    """What a credential provider of the sync client gives."""
    value = provider()
    if inspect.isawaitable(value):
        if inspect.iscoroutine(value):
            value.close()  # never awaited: no "coroutine was never awaited" warning
        raise TypeError(
            "Client takes a plain function as a credential; AsyncClient an async one"
        )
    return str(value)


async def async_provided(provider: Callable[[], object]) -> str:
    """What a credential provider of the async client gives (awaited when async)."""
    value = provider()
    if inspect.isawaitable(value):
        value = await value
    return str(value)


def tokens_to_renew(
    status_code: int, tokens: Mapping[str, str], renewed: bool
) -> tuple[str, ...]:
    """The schemes whose token to fetch again before repeating an attempt (none: keep it).

    A 401 to a call that sent access tokens may mean a token was revoked or expired early:
    they are fetched anew, once per call (`renewed`), never in a loop.
    """
    if status_code != 401 or renewed:
        return ()
    return tuple(tokens)
