from . import AuthEcho as AuthEcho

__all__ = [
    "AuthEcho",
]
