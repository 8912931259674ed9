from . import EventDigest as EventDigest

__all__ = [
    "EventDigest",
]
