from . import ChatChunk as ChatChunk

__all__ = [
    "ChatChunk",
]
