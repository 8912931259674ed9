from .._runtime._models import SDKModel

__all__ = [
    "Error",
]

class Error(SDKModel):
    code: int
    message: str
    details: list[str] | None
    def __init__(
        self,
        *,
        code: int,
        message: str,
        details: list[str] | None = None,
    ) -> None: ...
