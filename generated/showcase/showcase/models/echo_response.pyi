from . import EchoResponse as EchoResponse

__all__ = [
    "EchoResponse",
]
