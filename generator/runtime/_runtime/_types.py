"""Small types shared by the client, resources and models."""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Final, Literal, Self, TypeAlias, TypedDict

import httpx


class NotGiven:
    """Marks an argument that was not passed, where None has a meaning of its own.

    `timeout=None` means "no timeout"; leaving `timeout` out means "the client's default".
    """

    _instance: Self | None = None

    def __new__(cls) -> Self:
        if cls._instance is None:
            cls._instance = super().__new__(cls)
        return cls._instance

    def __bool__(self) -> Literal[False]:
        return False

    def __repr__(self) -> str:
        return "NOT_GIVEN"


NOT_GIVEN: Final = NotGiven()

# The SDK's package (this module is <package>._runtime._types): it names the user agent,
# the logger and the context variables, so one runtime serves every generated SDK.
PACKAGE: Final = __name__.rsplit(".", 2)[0]

Timeout: TypeAlias = "float | httpx.Timeout | None"
DEFAULT_TIMEOUT: Final = httpx.Timeout(60.0, connect=10.0)
DEFAULT_MAX_RETRIES: Final = 2
# The most bytes of a JSON or text body read to be parsed (decoded size); binary bodies and
# streamed ones are not limited unless the caller sets max_response_size.
DEFAULT_MAX_RESPONSE_SIZE: Final = 100 * 1024 * 1024
# The connection pool of the httpx client the SDK makes for itself (as many kept alive as
# may be open, so steady load reuses connections); at most this many calls are in flight.
DEFAULT_CONNECTION_LIMITS: Final = httpx.Limits(
    max_connections=100, max_keepalive_connections=100
)
INITIAL_RETRY_DELAY: Final = 0.5
MAX_RETRY_DELAY: Final = 8.0
MAX_RETRY_AFTER: Final = 60.0


class Omit:
    """`extra_headers={"X-Name": omit}` leaves a header out of one call, whoever would set
    it (a default header, the SDK's own, a credential): as `None` does, named."""

    def __bool__(self) -> Literal[False]:
        return False

    def __repr__(self) -> str:
        return "omit"


omit: Final = Omit()


@dataclass(frozen=True)
class RequestOptions:
    """Per-call options that every generated method accepts.

    The one definition: the generator reads these fields (with `ast`) and gives every
    generated method a keyword argument of the same name, type and default (so the types
    are spelled as the generated signatures spell them: `None` before `NotGiven`)."""

    extra_headers: Mapping[str, str | Omit | None] | None = None
    extra_query: Mapping[str, object] | None = None
    timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN
    max_retries: int | NotGiven = NOT_GIVEN
    deadline: float | None | NotGiven = NOT_GIVEN
    max_response_size: int | None | NotGiven = NOT_GIVEN
    # follow 3xx answers for this call (else as the httpx client is set to)
    follow_redirects: bool | NotGiven = NOT_GIVEN
    # the call's id in the logs (and the correlation header): the caller's, else a new one
    correlation_id: str | None = None
    # the key sent in the idempotency header (the SDK's, else `Idempotency-Key`): the
    # caller's, else a new one for a POST or PATCH of an SDK that has the header
    idempotency_key: str | None = None


class CallOptions(TypedDict, total=False):
    """The per-call options as keywords of the methods for undeclared endpoints
    (`client.get(path, timeout=...)`): RequestOptions' fields, but `extra_headers` and
    `extra_query`, which those methods call `headers` and `params`. The generator checks
    that the two agree (generator.runtime_source), so neither can gain an option alone."""

    timeout: float | httpx.Timeout | None | NotGiven
    max_retries: int | NotGiven
    deadline: float | None | NotGiven
    max_response_size: int | None | NotGiven
    follow_redirects: bool | NotGiven
    correlation_id: str | None
    idempotency_key: str | None


BASE_URL_VARIABLE: Final = PACKAGE.replace(".", "_").upper() + "_BASE_URL"


def base_url_from_environment(
    base_url: str | httpx.URL | None, default: str | None
) -> str | httpx.URL | None:
    """The base URL given, else `$<PACKAGE>_BASE_URL` when set, else the spec's server."""
    if base_url is not None:
        return base_url
    return os.environ.get(BASE_URL_VARIABLE) or default


def client_timeout(
    timeout: float | httpx.Timeout | NotGiven | None,
    http_client: httpx.Client | httpx.AsyncClient | None,
) -> float | httpx.Timeout | None:
    """A client's timeout: the one given, else that of the caller's own httpx client, else
    DEFAULT_TIMEOUT."""
    if not isinstance(timeout, NotGiven):
        return timeout
    return http_client.timeout if http_client is not None else DEFAULT_TIMEOUT


def fields_repr(value: object, names: tuple[str, ...]) -> str:
    """`Name(a=1, b='x')`: the repr of the runtime's slotted records (dataclasses cost about
    1 ms of `import <sdk>` each to make)."""
    shown = ", ".join(f"{name}={getattr(value, name)!r}" for name in names)
    return f"{type(value).__name__}({shown})"
