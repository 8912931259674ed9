from typing import Required

from typing_extensions import TypedDict

from .._runtime._models import FileInput, SDKModel

__all__ = [
    "FileUpload",
    "FileUploadParam",
]

class FileUpload(SDKModel):
    file: FileInput
    purpose: str
    tags: list[str] | None
    def __init__(
        self,
        *,
        file: FileInput,
        purpose: str,
        tags: list[str] | None = None,
    ) -> None: ...

class FileUploadParam(TypedDict, total=False):
    file: Required[FileInput]
    purpose: Required[str]
    tags: list[str]
