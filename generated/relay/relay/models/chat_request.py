"""Models: ChatRequest."""

from collections.abc import Sequence
from typing import Required

from typing_extensions import TypedDict

from .._runtime._models import SDKModel
from .chat_message import ChatMessage, ChatMessageParam

__all__ = [
    "ChatRequest",
    "ChatRequestParam",
]


class ChatRequest(SDKModel):
    """ChatRequest model."""

    model: str

    messages: list[ChatMessage]

    stream: bool = False
    """Answer with server-sent events."""


class ChatRequestParam(TypedDict, total=False):
    """`ChatRequest` as a dict: the keys a request sends."""

    model: Required[str]
    messages: Required[Sequence[ChatMessage | ChatMessageParam]]
    stream: bool
