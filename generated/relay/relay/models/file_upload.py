"""Models: FileUpload."""

from typing import Required

from typing_extensions import TypedDict

from .._runtime._models import FileInput, SDKModel

__all__ = [
    "FileUpload",
    "FileUploadParam",
]


class FileUpload(SDKModel):
    """FileUpload model."""

    file: FileInput

    purpose: str

    tags: list[str] | None = None


class FileUploadParam(TypedDict, total=False):
    """`FileUpload` as a dict: the keys a request sends."""

    file: Required[FileInput]
    purpose: Required[str]
    tags: list[str]
