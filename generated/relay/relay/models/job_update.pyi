from .._runtime._models import SDKModel

__all__ = [
    "JobUpdate",
]

class JobUpdate(SDKModel):
    name: str | None
    def __init__(
        self,
        *,
        name: str | None = None,
    ) -> None: ...
