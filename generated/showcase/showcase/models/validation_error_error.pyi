from .._runtime._models import SDKModel

__all__ = [
    "ValidationErrorError",
]

class ValidationErrorError(SDKModel):
    loc: list[str]
    msg: str
    type: str
    def __init__(
        self,
        *,
        loc: list[str],
        msg: str,
        type: str,
    ) -> None: ...
