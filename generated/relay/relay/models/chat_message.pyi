from typing import Literal, Required

from typing_extensions import TypedDict

from .._runtime._models import SDKModel
from .chat_role import ChatRole

__all__ = [
    "ChatMessage",
    "ChatMessageParam",
]

class ChatMessage(SDKModel):
    role: ChatRole
    content: str
    def __init__(
        self,
        *,
        role: ChatRole | Literal["system", "user", "assistant"],
        content: str,
    ) -> None: ...

class ChatMessageParam(TypedDict, total=False):
    role: Required[ChatRole | Literal["system", "user", "assistant"]]
    content: Required[str]
