"""Models: FileUpload."""

from __future__ import annotations

from .._runtime._files import FileInput
from .._runtime._models import SDKModel

__all__ = [
    "FileUpload",
]


class FileUpload(SDKModel):
    """FileUpload model."""

    file: FileInput

    purpose: str

    tags: list[str] | None = None
