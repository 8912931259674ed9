from . import PublicEcho as PublicEcho

__all__ = [
    "PublicEcho",
]
