"""Models: ChatChunk."""

from .._runtime._models import SDKModel

__all__ = [
    "ChatChunk",
]


class ChatChunk(SDKModel):
    """One word of the answer."""

    index: int

    delta: str
