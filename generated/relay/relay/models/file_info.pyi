from . import FileInfo as FileInfo

__all__ = [
    "FileInfo",
]
