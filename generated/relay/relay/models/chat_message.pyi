from typing import Literal

from .._runtime._models import SDKModel
from .chat_role import ChatRole

__all__ = [
    "ChatMessage",
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
