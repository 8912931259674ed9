"""Models: ChatRole."""

from .._runtime._models import OpenStrEnum

__all__ = [
    "ChatRole",
]


class ChatRole(OpenStrEnum):
    """ChatRole values; unknown values are accepted."""

    SYSTEM = "system"
    USER = "user"
    ASSISTANT = "assistant"
