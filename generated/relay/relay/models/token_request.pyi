from typing import Required

from typing_extensions import TypedDict

from .._runtime._models import SDKModel

__all__ = [
    "TokenRequest",
    "TokenRequestParam",
]

class TokenRequest(SDKModel):
    grant_type: str
    client_id: str | None
    client_secret: str | None
    scope: str | None
    def __init__(
        self,
        *,
        grant_type: str,
        client_id: str | None = None,
        client_secret: str | None = None,
        scope: str | None = None,
    ) -> None: ...

class TokenRequestParam(TypedDict, total=False):
    grant_type: Required[str]
    client_id: str
    client_secret: str
    scope: str
