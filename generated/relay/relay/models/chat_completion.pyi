from . import ChatCompletion as ChatCompletion

__all__ = [
    "ChatCompletion",
]
