from .._runtime._models import SDKModel

__all__ = [
    "Event",
]

class Event(SDKModel):
    id: int
    message: str
    def __init__(
        self,
        *,
        id: int,
        message: str,
    ) -> None: ...
