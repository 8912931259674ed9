from . import FileUpload as FileUpload
from . import FileUploadParam as FileUploadParam

__all__ = [
    "FileUpload",
    "FileUploadParam",
]
