from . import SlowResult as SlowResult

__all__ = [
    "SlowResult",
]
