from typing_extensions import TypedDict

from .._runtime._models import SDKModel

__all__ = [
    "JobUpdate",
    "JobUpdateParam",
]

class JobUpdate(SDKModel):
    name: str | None
    def __init__(
        self,
        *,
        name: str | None = None,
    ) -> None: ...

class JobUpdateParam(TypedDict, total=False):
    name: str
