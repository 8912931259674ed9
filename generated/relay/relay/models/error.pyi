from .._runtime._models import SDKModel

__all__ = [
    "Error",
]

class Error(SDKModel):
    code: str
    message: str
    def __init__(
        self,
        *,
        code: str,
        message: str,
    ) -> None: ...
