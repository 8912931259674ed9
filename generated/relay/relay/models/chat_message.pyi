from . import ChatMessage as ChatMessage
from . import ChatMessageParam as ChatMessageParam

__all__ = [
    "ChatMessage",
    "ChatMessageParam",
]
