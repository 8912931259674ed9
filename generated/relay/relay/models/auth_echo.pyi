from .._runtime._models import SDKModel

__all__ = [
    "AuthEcho",
]

class AuthEcho(SDKModel):
    scheme: str
    credential: str
    def __init__(
        self,
        *,
        scheme: str,
        credential: str,
    ) -> None: ...
