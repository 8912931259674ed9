from . import EchoGetMode as EchoGetMode

__all__ = [
    "EchoGetMode",
]
