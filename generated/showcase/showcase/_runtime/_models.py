"""Base classes of the generated models and enums."""

from __future__ import annotations

import enum
from collections.abc import Mapping
from typing import Any

from pydantic import BaseModel, ConfigDict


class SDKModel(BaseModel):
    """A model of the API.

    Fields are set by their Python names or their wire names; fields the API adds later
    are kept (`model_extra`), and requests send only the fields that were set.
    """

    model_config = ConfigDict(
        validate_by_name=True,
        validate_by_alias=True,
        extra="allow",
        defer_build=True,
        # spec fields like `model_validate_url` must not trip pydantic's name guard
        protected_namespaces=(),
    )


class OpenStrEnum(enum.StrEnum):
    """A string enum that accepts values the spec does not list yet.

    An unknown value becomes a member of its own (`Status("new")` works), so a response
    with a value added after the SDK was generated still parses. A member prints as its
    value (`str(Purpose.FINE_TUNE) == f"{Purpose.FINE_TUNE}" == "fine-tune"`).
    """

    @classmethod
    def _missing_(cls, value: object) -> Any:
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = value
        member._value_ = value
        return member


class OpenIntEnum(enum.IntEnum):
    """An integer enum that accepts values the spec does not list yet; prints as its value."""

    @classmethod
    def _missing_(cls, value: object) -> Any:
        if not isinstance(value, int) or isinstance(value, bool):
            return None
        member = int.__new__(cls, value)
        member._name_ = f"VALUE_{value}"
        member._value_ = value
        return member


class TagOf:
    """Picks the variant of a tagged union from its discriminator property.

    Works on raw data (by wire name) and on model instances (by field name); the tag is
    the variant's class name, looked up from the wire value.
    """

    def __init__(
        self, wire_name: str, field_name: str, mapping: Mapping[str, str]
    ) -> None:
        self.wire_name = wire_name
        self.field_name = field_name
        self.mapping = dict(mapping)
        # pydantic names the validator after the callable
        self.__name__ = f"tag_of_{wire_name}"

    def __call__(self, value: Any) -> str | None:
        if (
            isinstance(value, BaseModel)
            and type(value).__name__ in self.mapping.values()
        ):
            return type(value).__name__
        if isinstance(value, Mapping):
            raw = value.get(self.wire_name)
        else:
            raw = getattr(value, self.field_name, None)
        if isinstance(raw, enum.Enum):
            raw = raw.value
        return self.mapping.get(str(raw)) if raw is not None else None
