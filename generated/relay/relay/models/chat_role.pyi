# ruff: noqa: PYI052
# (enum members are not annotated, as the typing spec asks; ruff cannot tell that
# OpenStrEnum and OpenIntEnum are enums)

from .._runtime._models import OpenStrEnum

__all__ = [
    "ChatRole",
]

class ChatRole(OpenStrEnum):
    SYSTEM = "system"
    USER = "user"
    ASSISTANT = "assistant"
