from .._runtime._models import SDKModel

__all__ = [
    "ChatChunk",
]

class ChatChunk(SDKModel):
    index: int
    delta: str
    def __init__(
        self,
        *,
        index: int,
        delta: str,
    ) -> None: ...
