"""Models: FormEcho."""

from pydantic import Field

from .._runtime._models import SDKModel

__all__ = [
    "FormEcho",
]


class FormEcho(SDKModel):
    """FormEcho model."""

    fields_: dict[str, str] = Field(
        validation_alias="fields", serialization_alias="fields"
    )
