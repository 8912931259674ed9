"""Models: ChatRequest."""

from __future__ import annotations

from .._runtime._models import SDKModel
from .chat_message import ChatMessage

__all__ = [
    "ChatRequest",
]


class ChatRequest(SDKModel):
    """ChatRequest model."""

    model: str

    messages: list[ChatMessage]

    stream: bool = False
    """Answer with server-sent events."""
