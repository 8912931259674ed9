"""Base classes of the generated models and enums; `FileInput`, a binary field's type."""

from __future__ import annotations

import enum
import importlib
import io
import typing
from collections.abc import Iterator, Mapping
from typing import Annotated, Any, Literal, TypeAlias, TypedDict

from pydantic import BaseModel, ConfigDict, PlainSerializer, PlainValidator
from pydantic_core import PydanticCustomError

from ._files import FileTypes


class _Selection(TypedDict):
    """pydantic's keywords for the fields `to_dict` and `to_json` select."""

    by_alias: bool
    exclude_unset: bool
    exclude_defaults: bool
    exclude_none: bool


def _selection(
    use_api_names: bool, exclude_unset: bool, exclude_defaults: bool, exclude_none: bool
) -> _Selection:
    return _Selection(
        by_alias=use_api_names,
        exclude_unset=exclude_unset,
        exclude_defaults=exclude_defaults,
        exclude_none=exclude_none,
    )


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

    def to_dict(
        self,
        *,
        mode: Literal["python", "json"] = "python",
        use_api_names: bool = True,
        exclude_unset: bool = True,
        exclude_defaults: bool = False,
        exclude_none: bool = False,
    ) -> dict[str, Any]:
        """The model as a dict, keyed by the API's names (`use_api_names=False`: the Python
        names) and holding only the fields that were set or received; `mode="json"` gives
        JSON values (dates as strings)."""
        return self.model_dump(
            mode=mode,
            **_selection(use_api_names, exclude_unset, exclude_defaults, exclude_none),
        )

    def to_json(
        self,
        *,
        indent: int | None = 2,
        use_api_names: bool = True,
        exclude_unset: bool = True,
        exclude_defaults: bool = False,
        exclude_none: bool = False,
    ) -> str:
        """The model as JSON text, as `to_dict` selects its fields (`indent=None`: one line)."""
        return self.model_dump_json(
            indent=indent,
            **_selection(use_api_names, exclude_unset, exclude_defaults, exclude_none),
        )

    @classmethod
    def model_rebuild(
        cls,
        *,
        force: bool = False,
        raise_errors: bool = True,
        _parent_namespace_depth: int = 2,
        _types_namespace: Any = None,
    ) -> bool | None:
        """Build the models this one refers to first, the deepest first.

        pydantic builds a model by recursing into every model of its fields that is not
        built yet, about 11 stack frames a level: a chain of 90 models in models ran out
        of stack (RecursionError) on the first validation. Built bottom-up, each model
        finds its fields' models ready.
        """
        if not cls.__pydantic_complete__:
            for model in _unbuilt_models_below(cls):
                model.model_rebuild(raise_errors=False)
        return super().model_rebuild(
            force=force,
            raise_errors=raise_errors,
            _parent_namespace_depth=_parent_namespace_depth + 1,
            _types_namespace=_types_namespace,
        )


def _unbuilt_models_below(root: type[BaseModel]) -> list[type[BaseModel]]:
    """The models `root`'s fields refer to, transitively, not built yet: deepest first."""
    order: list[type[BaseModel]] = []
    seen = {root}
    stack = [(root, _field_models(root))]
    while stack:
        model, children = stack[-1]
        child = next(children, None)
        if child is None:
            stack.pop()
            if model is not root:
                order.append(model)
        elif child not in seen and not child.__pydantic_complete__:
            seen.add(child)
            stack.append((child, _field_models(child)))
    return order


def _field_models(model: type[BaseModel]) -> Iterator[type[BaseModel]]:
    """The model classes in the field types of `model` (`list[Pet] | None` gives Pet)."""
    pending: list[Any] = [
        field.annotation for field in model.__pydantic_fields__.values()
    ]
    while pending:
        annotation = pending.pop()
        if isinstance(annotation, type) and issubclass(annotation, BaseModel):
            yield annotation
        else:
            pending.extend(typing.get_args(annotation))


class LaterModel:
    """Validates a field's model, found by name in the models package on first use.

    Members of a large group of mutually referring models refer to one another this way
    (`customer: str | Annotated[Any, _later(__package__, "Customer")]`, where type checkers
    read `str | Customer` from the stub), so importing or validating one of them does not
    import and build the whole group. A model instance is taken as it is, anything else
    validated as the model; the value is serialized as the model it holds.
    """

    def __init__(self, package: str, name: str) -> None:
        self.package = package
        self.name = name
        # pydantic names a union arm after it: `customer.function-plain[Customer()].id`
        self.__name__ = name
        self._model: type[BaseModel] | None = None

    def model(self) -> type[BaseModel]:
        if self._model is None:
            model: type[BaseModel] = getattr(
                importlib.import_module(self.package), self.name
            )
            if not model.__pydantic_complete__:
                model.model_rebuild()
            self._model = model
        return self._model

    def __call__(self, value: Any) -> Any:
        # pydantic tries every arm of a union, this one too when a string arm fits: a
        # value no model reads (`"cus_123"`) must not import and build the model
        if not isinstance(value, (Mapping, BaseModel)):
            raise PydanticCustomError(
                "model_type",
                "Input should be a valid dictionary or instance of {name}",
                {"name": self.name},
            )
        model = self.model()
        if isinstance(value, model):
            return value
        return model.__pydantic_validator__.validate_python(value)


def _later(package: str, name: str) -> PlainValidator:
    """The `Annotated` marker of a lazy reference to the model `name` of `package`.

    Named with an underscore as no field can be: a model's field named like the marker
    would shadow it in the class body, where pydantic reads the annotations."""
    return PlainValidator(LaterModel(package, name))


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


def _check_file(value: Any) -> Any:
    if isinstance(value, str):
        return value.encode("utf-8")
    if _is_content(value):
        return value
    if isinstance(value, tuple) and len(value) in (2, 3) and _is_content(value[1]):
        if value[0] is not None and not isinstance(value[0], str):
            raise ValueError("a file's name must be a string")
        if len(value) == 3 and value[2] is not None and not isinstance(value[2], str):
            raise ValueError("a file's content type must be a string")
        return value
    raise ValueError(
        "expected bytes, a binary file object, or (filename, content[, content_type])"
    )


def _is_content(value: Any) -> bool:
    return isinstance(value, (bytes, bytearray)) or (
        hasattr(value, "read") and not isinstance(value, io.TextIOBase)
    )


def _serialize_file(value: Any) -> Any:
    return value  # files are sent as multipart parts, never as JSON


FileInput: TypeAlias = Annotated[
    FileTypes,
    PlainValidator(_check_file),
    PlainSerializer(_serialize_file, when_used="always"),
]
"""The type of a `format: binary` field."""
