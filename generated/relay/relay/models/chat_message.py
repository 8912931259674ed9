"""Models: ChatMessage."""

from typing import Literal, Required

from typing_extensions import TypedDict

from .._runtime._models import SDKModel
from .chat_role import ChatRole

__all__ = [
    "ChatMessage",
    "ChatMessageParam",
]


class ChatMessage(SDKModel):
    """ChatMessage model."""

    role: ChatRole

    content: str


class ChatMessageParam(TypedDict, total=False):
    """`ChatMessage` as a dict: the keys a request sends."""

    role: Required[ChatRole | Literal["system", "user", "assistant"]]
    content: Required[str]
