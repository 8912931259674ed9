"""Models: FileInfo."""

from .._runtime._models import SDKModel

__all__ = [
    "FileInfo",
]


class FileInfo(SDKModel):
    """FileInfo model."""

    filename: str | None

    content_type: str | None

    size: int

    sha256: str

    purpose: str

    tags: list[str]
