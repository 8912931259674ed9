"""Settings a spec cannot carry, read from the SDK's config with the default the spec hints
at: the header that carries idempotency keys, and the headers every request sends."""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from typing import Any, Literal

from generator.errors import ConfigError
from generator.load import SpecView
from generator.parse.names import HTTP_TOKEN

# `Idempotency-Key`, `X-Idempotency-Key` in any case: a header that makes a write repeatable
_IDEMPOTENCY_STYLE = re.compile(r"^(x-)?idempotency-key$", re.IGNORECASE)
_HTTP_METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")


def idempotency_header(configured: str | Literal[False] | None, view: SpecView) -> str | None:
    """The header every POST and PATCH sends a key in: the configured one, none when the
    config says false, else the first Idempotency-Key-style header an operation declares."""
    if configured is False:
        return None
    if configured is not None:
        if not HTTP_TOKEN.match(configured):
            raise ConfigError(
                f"[tool.sdkforge] idempotency_header {configured!r} is not a header name"
                " (letters, digits and !#$%&'*+-.^_`|~ only)"
            )
        return configured
    return next((name for name in _declared_headers(view) if _IDEMPOTENCY_STYLE.match(name)), None)


def pinned_headers(configured: Mapping[str, str]) -> tuple[tuple[str, str], ...]:
    """The configured default headers, in their order; a name or value that could not be
    sent (or would split a header) is refused."""
    for name, value in configured.items():
        if not HTTP_TOKEN.match(name):
            raise ConfigError(
                f"[tool.sdkforge] default_headers: {name!r} is not a header name"
                " (letters, digits and !#$%&'*+-.^_`|~ only)"
            )
        if not (value.isascii() and value.isprintable()):
            raise ConfigError(
                f"[tool.sdkforge] default_headers.{name}: the value must be printable ASCII"
            )
    return tuple(configured.items())


def _declared_headers(view: SpecView) -> Iterator[str]:
    """The names of the header parameters of the paths and their operations, in spec order."""
    paths = view.top("paths")
    for item in paths.values() if isinstance(paths, dict) else ():
        path_item = view.follow(item)
        if not isinstance(path_item, dict):
            continue
        yield from _header_names(view, path_item.get("parameters"))
        for method in _HTTP_METHODS:
            operation = path_item.get(method)
            if isinstance(operation, dict):
                yield from _header_names(view, operation.get("parameters"))


def _header_names(view: SpecView, parameters: Any) -> Iterator[str]:
    for node in parameters if isinstance(parameters, list) else ():
        parameter = view.follow(node)
        if (
            isinstance(parameter, dict)
            and parameter.get("in") == "header"
            and isinstance(parameter.get("name"), str)
        ):
            yield parameter["name"]
