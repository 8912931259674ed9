from .._runtime._models import SDKModel

__all__ = [
    "PageMeta",
]

class PageMeta(SDKModel):
    next: str | None
    def __init__(
        self,
        *,
        next: str | None,
    ) -> None: ...
