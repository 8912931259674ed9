from .._runtime._models import SDKModel

__all__ = [
    "TokenResponse",
]

class TokenResponse(SDKModel):
    access_token: str
    token_type: str
    expires_in: int
    def __init__(
        self,
        *,
        access_token: str,
        token_type: str,
        expires_in: int,
    ) -> None: ...
