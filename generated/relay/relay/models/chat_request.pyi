from .._runtime._models import SDKModel
from .chat_message import ChatMessage

__all__ = [
    "ChatRequest",
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
