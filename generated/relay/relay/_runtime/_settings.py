"""What a client setting (or a per-call option) may be.

A wrong one is refused where it is given, with an error that names it, rather than a
TypeError from deep inside the first call (`'<' not supported between 'NoneType' and
'int'`). No I/O: both clients and `with_options` call these.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Mapping
from typing import Any, TypeVar

import httpx2 as httpx

from ._redaction import without_password
from ._types import NotGiven

T = TypeVar("T")


def _kind(value: object) -> str:
    return "None" if value is None else type(value).__name__


def _is_number(value: object) -> bool:
    return isinstance(value, (int, float)) and not isinstance(value, bool)


def checked_retries(value: Any) -> int:
    if not isinstance(value, int) or isinstance(value, bool):
        raise TypeError(
            f"max_retries must be a whole number (0 or more), not {_kind(value)}"
        )
    if value < 0:
        raise ValueError(f"max_retries must be 0 or more, not {value}")
    return value


def checked_seconds(name: str, value: Any) -> float | None:
    """A number of seconds (0 or more, not NaN), or None for no limit."""
    if value is None:
        return None
    if not _is_number(value):
        raise TypeError(
            f"{name} must be a number of seconds or None, not {_kind(value)}"
        )
    if math.isnan(value) or value < 0:
        raise ValueError(f"{name} must be 0 seconds or more, not {value}")
    seconds: float = value
    return seconds


def checked_timeout(value: Any) -> float | httpx.Timeout | None:
    """Seconds (see `checked_seconds`), an httpx.Timeout, or None."""
    if isinstance(value, httpx.Timeout):
        return value
    if value is not None and not _is_number(value):
        raise TypeError(
            f"timeout must be a number of seconds, an httpx.Timeout or None, not {_kind(value)}"
        )
    return checked_seconds("timeout", value)


def checked_http_client(value: Any, expected: type[T]) -> T | None:
    """`http_client`: a client of the SDK's HTTP library (httpx, or httpx2 where the SDK is
    generated for it) and of the SDK client's kind, sync or async. A client of the other
    library has the same API but is refused by it at the first call: refused here, named."""
    if value is None or isinstance(value, expected):
        return value
    library = expected.__module__.partition(".")[0]
    given = type(value).__module__.partition(".")[0]
    note = f" (this SDK is built on {library}, not {given})" if given != library else ""
    raise TypeError(
        f"http_client must be an {library}.{expected.__qualname__}, "
        f"not {given}.{type(value).__qualname__}{note}"
    )


def checked_size(value: Any) -> int | NotGiven | None:
    """`max_response_size`: a number of bytes (0 or more), None, or not given."""
    if value is None or isinstance(value, NotGiven):
        return value
    if not isinstance(value, int) or isinstance(value, bool):
        raise TypeError(
            "max_response_size must be a number of bytes (0 or more) or None, "
            f"not {_kind(value)}"
        )
    if value < 0:
        raise ValueError(f"max_response_size must be 0 or more, not {value}")
    size: int = value
    return size


def checked_base_url(value: Any) -> str:
    """An absolute http(s) URL with a host: a relative one would send every call nowhere."""
    if not isinstance(value, (str, httpx.URL)):
        raise TypeError(f"base_url must be a str or an httpx.URL, not {_kind(value)}")
    text = str(value)
    try:
        url = httpx.URL(text)
    except httpx.InvalidURL as error:
        raise ValueError(f"base_url is not a valid URL: {error}") from None
    if url.scheme not in ("http", "https") or not url.raw_host:
        raise ValueError(
            "base_url must be an absolute http or https URL such as "
            f"'https://api.example.com', not {without_password(text)!r}"
        )
    return text


def checked_headers(
    name: str, value: Mapping[str, str] | None
) -> Mapping[str, str] | None:
    """A mapping of header names to text values."""
    if value is None:
        return value
    if not isinstance(value, Mapping):
        raise TypeError(
            f"{name} must be a mapping of header names to values, not {_kind(value)}"
        )
    for key, item in value.items():
        if not isinstance(key, str) or not isinstance(item, str):
            raise TypeError(
                f"{name} must map header names (str) to values (str), "
                f"not {_kind(key)} to {_kind(item)}"
            )
    return value


def checked_mapping(name: str, value: Mapping[str, T] | None) -> Mapping[str, T] | None:
    if value is not None and not isinstance(value, Mapping):
        raise TypeError(f"{name} must be a mapping or None, not {_kind(value)}")
    return value


def checked_flag(name: str, value: bool) -> bool:
    if not isinstance(value, bool):
        raise TypeError(f"{name} must be True or False, not {_kind(value)}")
    return value


def checked_optional_text(name: str, value: str | None) -> str | None:
    if value is not None and not isinstance(value, str):
        raise TypeError(f"{name} must be a str or None, not {_kind(value)}")
    return value


def checked_hook(
    name: str, value: Callable[..., Any] | None
) -> Callable[..., Any] | None:
    if value is not None and not callable(value):
        raise TypeError(f"{name} must be a function or None, not {_kind(value)}")
    return value
