from .._runtime._models import SDKModel

__all__ = [
    "RawUploadInfo",
]

class RawUploadInfo(SDKModel):
    size: int
    sha256: str
    def __init__(
        self,
        *,
        size: int,
        sha256: str,
    ) -> None: ...
