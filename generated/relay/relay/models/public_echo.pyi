from .._runtime._models import SDKModel

__all__ = [
    "PublicEcho",
]

class PublicEcho(SDKModel):
    authorization: str | None
    api_key_header: str | None
    def __init__(
        self,
        *,
        authorization: str | None,
        api_key_header: str | None,
    ) -> None: ...
