from . import ChatRequest as ChatRequest
from . import ChatRequestParam as ChatRequestParam

__all__ = [
    "ChatRequest",
    "ChatRequestParam",
]
