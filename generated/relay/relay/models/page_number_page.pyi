from . import PageNumberPage as PageNumberPage

__all__ = [
    "PageNumberPage",
]
