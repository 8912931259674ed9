from . import FormEcho as FormEcho

__all__ = [
    "FormEcho",
]
