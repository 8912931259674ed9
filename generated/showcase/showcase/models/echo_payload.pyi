from . import EchoPayload as EchoPayload
from . import EchoPayloadParam as EchoPayloadParam

__all__ = [
    "EchoPayload",
    "EchoPayloadParam",
]
