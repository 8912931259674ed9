from . import RawUploadInfo as RawUploadInfo

__all__ = [
    "RawUploadInfo",
]
