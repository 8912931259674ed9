"""Models: TokenResponse."""

from .._runtime._models import SDKModel

__all__ = [
    "TokenResponse",
]


class TokenResponse(SDKModel):
    """TokenResponse model."""

    access_token: str

    token_type: str

    expires_in: int
    """Lifetime of the token in seconds."""
