from .._runtime._models import SDKModel

__all__ = [
    "JobCreate",
]

class JobCreate(SDKModel):
    name: str
    def __init__(
        self,
        *,
        name: str,
    ) -> None: ...
