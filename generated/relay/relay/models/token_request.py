"""Models: TokenRequest."""

from __future__ import annotations

from .._runtime._models import SDKModel

__all__ = [
    "TokenRequest",
]


class TokenRequest(SDKModel):
    """TokenRequest model."""

    grant_type: str
    """Always `client_credentials`."""

    client_id: str | None = None

    client_secret: str | None = None

    scope: str | None = None
    """Space-separated scopes."""
