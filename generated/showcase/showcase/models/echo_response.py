"""Models: EchoResponse."""

from typing import Any

from .._runtime._models import SDKModel

__all__ = [
    "EchoResponse",
]


class EchoResponse(SDKModel):
    """What the server received."""

    method: str
    """The HTTP method, e.g. `GET`."""

    path: str
    """The request path including the `/v1` prefix, e.g. `/v1/echo/42`."""

    raw_query: str
    """The query string as sent (still percent-encoded), empty when there is none."""

    query: list[list[str]]
    """Decoded query items, in order, as [name, value] pairs."""

    headers: dict[str, str]
    """Values of the operation's declared header parameters that were sent, keyed by lower-case name."""

    cookies: dict[str, str]
    """All cookies received."""

    content_type: str | None
    """The Content-Type header, or null."""

    body: dict[str, Any] | None
    """The parsed JSON body, or null when there was none."""
