"""Servers: the API's, and those of a path or an operation (OpenAPI allows both), which
the operation's calls go to instead.

An operation's own server stands in for the API's server the client talks to: while the
client's `base_url` is the API's i-th server, the call goes to the operation's i-th server
(its first when it lists fewer). Any other `base_url` (a mock, a proxy, a gateway) receives
every call: the runtime looks the pair up (`_endpoint.operation_server`).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from urllib.parse import urljoin, urlsplit

from openapi_pydantic.v3.v3_1 import Server

from generator import ir
from generator.errors import SpecWarning


def api_servers(servers: Iterable[Server]) -> tuple[ir.Server, ...]:
    """Servers with their variables set to the defaults."""
    result = []
    for server in servers:
        url = server.url
        variables = []
        for key, variable in (server.variables or {}).items():
            url = url.replace("{" + key + "}", str(variable.default))
            variables.append(
                ir.ServerVariable(
                    name=key,
                    default=str(variable.default),
                    enum=tuple(str(value) for value in variable.enum or ()),
                    description=variable.description,
                )
            )
        result.append(
            ir.Server(
                url=url,
                description=server.description,
                template=server.url,
                variables=tuple(variables),
            )
        )
    return tuple(result)


def is_absolute(url: str) -> bool:
    """An http(s) URL with a host that names no unset variable."""
    parts = urlsplit(url)
    return (
        parts.scheme in ("http", "https")
        and bool(parts.hostname)
        and "{" not in parts.netloc
        and "}" not in parts.netloc
    )


def operation_servers(
    declared: Sequence[Server],
    pointer: str,
    api: tuple[ir.Server, ...],
    leading_values: frozenset[str],
    warnings: list[SpecWarning],
    slips: set[str],
) -> tuple[tuple[ir.Server, ...], tuple[tuple[str, str], ...]]:
    """The operation's own servers (as api.md lists them) and the (API server, the
    operation's server) pairs its calls follow; both empty when its servers are the API's.

    `leading_values`: the values of the path parameter the path starts with
    (`/{apiVersion}/...`); a server path that ends in one of them repeats it (a vendor's
    slip: `https://api.linode.com/v4` with `/{apiVersion}/account`), and is left out,
    with one warning per server (`slips`: the servers warned about).
    """
    own = tuple(
        _without_repeated_segment(server, pointer, leading_values, warnings, slips)
        for server in api_servers(declared)
    )
    if not own:
        return (), ()
    homes = [(index, server.url) for index, server in enumerate(api) if is_absolute(server.url)]
    if not homes:
        warnings.append(
            SpecWarning(
                pointer,
                "the API names no absolute server for this operation's server to stand in "
                "for: its calls go to the client's base_url",
            )
        )
        return (), ()
    pairs: list[tuple[str, str]] = []
    for index, home in homes:
        server = own[index] if index < len(own) else own[0]
        url = server.url
        if "{" not in url and not urlsplit(url).scheme:
            url = urljoin(home.rstrip("/") + "/", url)  # relative: on the API's server
        if not is_absolute(url):
            warnings.append(
                SpecWarning(
                    pointer,
                    f"the server {server.template!r} is no http(s) URL with a host, even with "
                    "its variables at their defaults: its calls go to the client's base_url",
                )
            )
            return (), ()
        if url.rstrip("/") != home.rstrip("/"):
            pairs.append((home, url))
    return (own, tuple(pairs)) if pairs else ((), ())


def _without_repeated_segment(
    server: ir.Server,
    pointer: str,
    leading_values: frozenset[str],
    warnings: list[SpecWarning],
    slips: set[str],
) -> ir.Server:
    head, _, last = server.url.rstrip("/").rpartition("/")
    if not leading_values or last not in leading_values or not is_absolute(head):
        return server
    if server.url not in slips:
        slips.add(server.url)
        warnings.append(
            SpecWarning(
                pointer,
                f"the server {server.url!r} ends in {last!r}, which the operation's path "
                f"parameter puts in the path again: {head!r} is used (here and for every "
                "other operation with this server)",
            )
        )
    return ir.Server(
        url=head,
        description=server.description,
        template=server.template,
        variables=server.variables,
    )
