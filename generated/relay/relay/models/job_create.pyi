from typing import Required, TypedDict

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
