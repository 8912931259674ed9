from . import TokenResponse as TokenResponse

__all__ = [
    "TokenResponse",
]
