from typing import Literal

from .._runtime._models import SDKModel
from .chat_role import ChatRole

__all__ = [
    "ChatCompletion",
]

class ChatCompletion(SDKModel):
    model: str
    role: ChatRole
    content: str
    def __init__(
        self,
        *,
        model: str,
        role: ChatRole | Literal["system", "user", "assistant"],
        content: str,
    ) -> None: ...
