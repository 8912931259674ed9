"""Models: JobUpdate."""

from typing_extensions import TypedDict

from .._runtime._models import SDKModel

__all__ = [
    "JobUpdate",
    "JobUpdateParam",
]


class JobUpdate(SDKModel):
    """JobUpdate model."""

    name: str | None = None


class JobUpdateParam(TypedDict, total=False):
    """`JobUpdate` as a dict: the keys a request sends."""

    name: str
