"""Models: TokenRequest."""

from typing import Required

from typing_extensions import TypedDict

from .._runtime._models import SDKModel

__all__ = [
    "TokenRequest",
    "TokenRequestParam",
]


class TokenRequest(SDKModel):
    """TokenRequest model."""

    grant_type: str
    """Always `client_credentials`."""

    client_id: str | None = None

    client_secret: str | None = None

    scope: str | None = None
    """Space-separated scopes."""


class TokenRequestParam(TypedDict, total=False):
    """`TokenRequest` as a dict: the keys a request sends."""

    grant_type: Required[str]
    client_id: str
    client_secret: str
    scope: str
