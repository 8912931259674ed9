from .._runtime._models import SDKModel

__all__ = [
    "FileInfo",
]

class FileInfo(SDKModel):
    filename: str | None
    content_type: str | None
    size: int
    sha256: str
    purpose: str
    tags: list[str]
    def __init__(
        self,
        *,
        filename: str | None,
        content_type: str | None,
        size: int,
        sha256: str,
        purpose: str,
        tags: list[str],
    ) -> None: ...
