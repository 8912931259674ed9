"""Models: PublicEcho."""

from .._runtime._models import SDKModel

__all__ = [
    "PublicEcho",
]


class PublicEcho(SDKModel):
    """The credential headers that an unauthenticated operation received."""

    authorization: str | None
    """The `Authorization` header, or null."""

    api_key_header: str | None
    """The `X-API-Key` header, or null."""
