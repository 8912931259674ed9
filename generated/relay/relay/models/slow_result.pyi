from .._runtime._models import SDKModel

__all__ = [
    "SlowResult",
]

class SlowResult(SDKModel):
    slept: float
    def __init__(
        self,
        *,
        slept: float,
    ) -> None: ...
