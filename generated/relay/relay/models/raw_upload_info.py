"""Models: RawUploadInfo."""

from .._runtime._models import SDKModel

__all__ = [
    "RawUploadInfo",
]


class RawUploadInfo(SDKModel):
    """RawUploadInfo model."""

    size: int

    sha256: str
