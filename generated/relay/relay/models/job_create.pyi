from typing import Required

from typing_extensions import TypedDict

from .._runtime._models import SDKModel

__all__ = [
    "JobCreate",
    "JobCreateParam",
]

class JobCreate(SDKModel):
    name: str
    def __init__(
        self,
        *,
        name: str,
    ) -> None: ...

class JobCreateParam(TypedDict, total=False):
    name: Required[str]
