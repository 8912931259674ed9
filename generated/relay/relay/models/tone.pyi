from . import Tone as Tone

__all__ = [
    "Tone",
]
