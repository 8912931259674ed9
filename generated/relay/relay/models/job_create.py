"""Models: JobCreate."""

from typing import Required

from typing_extensions import TypedDict

from .._runtime._models import SDKModel

__all__ = [
    "JobCreate",
    "JobCreateParam",
]


class JobCreate(SDKModel):
    """JobCreate model."""

    name: str


class JobCreateParam(TypedDict, total=False):
    """`JobCreate` as a dict: the keys a request sends."""

    name: Required[str]
