from . import ChatRole as ChatRole

__all__ = [
    "ChatRole",
]
