from typing import Any

from .._runtime._models import SDKModel

__all__ = [
    "EchoResponse",
]

class EchoResponse(SDKModel):
    method: str
    path: str
    raw_query: str
    query: list[list[str]]
    headers: dict[str, str]
    cookies: dict[str, str]
    content_type: str | None
    body: dict[str, Any] | None
    def __init__(
        self,
        *,
        method: str,
        path: str,
        raw_query: str,
        query: list[list[str]],
        headers: dict[str, str],
        cookies: dict[str, str],
        content_type: str | None,
        body: dict[str, Any] | None,
    ) -> None: ...
