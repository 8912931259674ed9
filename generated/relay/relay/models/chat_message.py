"""Models: ChatMessage."""

from __future__ import annotations

from .._runtime._models import SDKModel
from .chat_role import ChatRole

__all__ = [
    "ChatMessage",
]


class ChatMessage(SDKModel):
    """ChatMessage model."""

    role: ChatRole

    content: str
