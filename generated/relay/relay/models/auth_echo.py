"""Models: AuthEcho."""

from .._runtime._models import SDKModel

__all__ = [
    "AuthEcho",
]


class AuthEcho(SDKModel):
    """The credential that the server accepted."""

    scheme: str
    """The name of the security scheme (e.g. `ApiKeyAuth`)."""

    credential: str
    """The credential value that was accepted."""
