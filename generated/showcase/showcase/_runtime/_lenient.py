"""Lenient reading of a response that does not match the API description.

Real APIs drift from their specs: a `null` in a required field, a date-time where a date is
declared, a field the spec forgot to mark optional. By default such a response is still
returned: every part that validates is typed as declared, every part that does not keeps
its JSON value, and a warning is logged. `strict_response_validation=True` raises
`APIResponseValidationError` instead. A body of the wrong shape altogether (a list for a
model, text for JSON, an object with none of the model's fields) is an error either way:
there is nothing typed to return.
"""

from __future__ import annotations

import types
from typing import TYPE_CHECKING, Annotated, Any, TypeGuard, Union, get_args, get_origin

from pydantic import ValidationError

from ._serialize import is_model_class, validator_for

if TYPE_CHECKING:
    from pydantic import BaseModel

__all__ = ["construct", "fits_shape", "read_as"]


def construct(type_: Any, value: Any) -> Any:
    """`value` as `type_` where it validates; a model from the fields that do, the rest as sent."""
    try:
        return _construct(type_, value)
    except Exception:  # noqa: BLE001 - lenient reading never does worse than the JSON as sent
        return value


def _construct(type_: Any, value: Any) -> Any:
    type_ = _unlazy(type_)
    try:
        return validator_for(type_).validate_python(value)
    except ValidationError:
        pass
    origin = get_origin(type_)
    args = get_args(type_)
    if origin is Annotated:
        return construct(args[0], value)
    if origin is Union or origin is types.UnionType:
        # the arm of the value's JSON kind; of several models, the one that names most of
        # the object's keys (the first one on a tie)
        arms = [_unlazy(arm) for arm in args if _container_of(arm) is type(value)]
        if not arms:
            return value
        best = max(
            arms,
            key=lambda arm: (
                len(_wire_names(arm) & value.keys()) if _is_model(arm) else -1
            ),
        )
        return construct(best, value)
    if origin is list and isinstance(value, list) and args:
        return [construct(args[0], item) for item in value]
    if origin is dict and isinstance(value, dict) and len(args) == 2:
        return {key: construct(args[1], item) for key, item in value.items()}
    if _is_model(type_) and isinstance(value, dict):
        return _construct_model(type_, value)
    return value


def read_as(model: type[BaseModel], value: Any) -> BaseModel:
    """`value` as `model` whatever it is (an error body typed by its class, see
    `errors.declared_body`): validated, else read leniently, the keys of an object that
    the model does not name kept as extra; a required model field that did not come is
    a blank model, any other None (so `body.error.code` reads None, never raises)."""
    data = value if isinstance(value, dict) else {}
    try:
        found: BaseModel = validator_for(model).validate_python(data)
    except ValidationError:
        found = _construct_model(model, data, frozenset({model}))
    return found


def _unlazy(type_: Any) -> Any:
    """The model a lazy reference stands for; any other type as it is."""
    if get_origin(type_) is Annotated:
        return _later_model(get_args(type_)[1:]) or type_
    return type_


def _later_model(metadata: Any) -> type[BaseModel] | None:
    """The model of a lazy reference (`Annotated[Any, _later(...)]`), from its markers."""
    from ._models import LaterModel  # loaded by then: a model is being read

    for marker in metadata:
        func = getattr(marker, "func", None)
        if isinstance(func, LaterModel):
            return func.model()
    return None


def fits_shape(type_: Any, value: Any) -> bool:
    """Whether the JSON value is the kind of thing `type_` is: an object for a model or a
    dict, an array for a list, and so for their items. Anything else cannot be returned as
    the declared type. (Inside a model, fields are lenient: this is the body's outline.)"""
    type_ = _unlazy(type_)
    origin = get_origin(type_)
    args = get_args(type_)
    if origin is Annotated:
        return fits_shape(args[0], value)
    if origin is Union or origin is types.UnionType:
        return any(fits_shape(arm, value) for arm in args)
    if origin is list:
        return isinstance(value, list) and (
            not args or all(fits_shape(args[0], item) for item in value)
        )
    if origin is dict:
        return isinstance(value, dict) and (
            not args or all(fits_shape(args[-1], v) for v in value.values())
        )
    if _is_model(type_):
        # an object with none of the model's fields (`{"error": ...}` with a 200) is another
        # thing altogether, unless the model requires nothing
        required = any(info.is_required() for info in type_.model_fields.values())
        return isinstance(value, dict) and (
            not required or bool(_wire_names(type_) & value.keys())
        )
    return True


def _container_of(type_: Any) -> type | None:
    """The JSON container a type is read from: dict for models and dicts, list for lists."""
    type_ = _unlazy(type_)
    origin = get_origin(type_)
    if origin is Annotated:
        return _container_of(get_args(type_)[0])
    if origin is list:
        return list
    if origin is dict or _is_model(type_):
        return dict
    return None


def _is_model(type_: Any) -> TypeGuard[type[BaseModel]]:
    # a RootModel is told by its flag: importing `RootModel` costs `import <sdk>` ~10 ms
    return is_model_class(type_) and not getattr(
        type_, "__pydantic_root_model__", False
    )


def _wire_names(model: type[BaseModel]) -> set[str]:
    return {info.alias or name for name, info in model.model_fields.items()}


def _construct_model(
    model: type[BaseModel],
    data: dict[str, Any],
    filling: frozenset[type[BaseModel]] | None = None,
) -> BaseModel:
    """`filling` (the models being filled, outermost first): a required model field that
    did not come is a blank model of its own, unless one of these (a cycle)."""
    if not model.__pydantic_complete__:
        model.model_rebuild()  # models are built on first use: resolve the field types
    fields: dict[str, Any] = {}
    present: set[str] = set()
    known: set[str] = set()
    for name, info in model.model_fields.items():
        wire = info.alias or name
        known.update((wire, name))
        key = wire if wire in data else name if name in data else None
        if key is not None:
            annotation = _later_model(info.metadata) or info.annotation
            fields[name] = construct(annotation, data[key])
            present.add(name)
        elif info.is_required():
            # missing though required: None rather than no attribute
            fields[name] = None
            inner = _later_model(info.metadata) or info.annotation
            if filling is not None and _is_model(inner) and inner not in filling:
                fields[name] = _construct_model(inner, {}, filling | {inner})
    # keys the spec does not name stay in `model_extra`, as validation keeps them
    extra = {key: value for key, value in data.items() if key not in known}
    return model.model_construct(_fields_set=present, **fields, **extra)
