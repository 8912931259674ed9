from typing import Required

from typing_extensions import TypedDict

from .._runtime._models import SDKModel
from .chat_message import ChatMessage, ChatMessageParam

__all__ = [
    "ChatRequest",
    "ChatRequestParam",
]

class ChatRequest(SDKModel):
    model: str
    messages: list[ChatMessage]
    stream: bool
    def __init__(
        self,
        *,
        model: str,
        messages: list[ChatMessage],
        stream: bool = ...,
    ) -> None: ...

class ChatRequestParam(TypedDict, total=False):
    model: Required[str]
    messages: Required[list[ChatMessage | ChatMessageParam]]
    stream: bool
