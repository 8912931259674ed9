"""Models: ChatCompletion."""

from .._runtime._models import SDKModel
from .chat_role import ChatRole

__all__ = [
    "ChatCompletion",
]


class ChatCompletion(SDKModel):
    """ChatCompletion model."""

    model: str

    role: ChatRole

    content: str
