"""A spec written here (not one of specs/) generates a package whose models behave at run time."""

from __future__ import annotations

import importlib
import sys
import warnings
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest
from pydantic import TypeAdapter, ValidationError

from generator.output import write_tree
from generator.pipeline import generate_files
from tests.helpers import minimal_spec, write_spec

SCHEMAS: dict[str, Any] = {
    "Shape": {
        "oneOf": [{"$ref": "#/components/schemas/Circle"}, {"$ref": "#/components/schemas/Square"}],
        "discriminator": {
            "propertyName": "shape-kind",
            "mapping": {"round": "#/components/schemas/Circle"},
        },
    },
    "Circle": {
        "type": "object",
        "required": ["shape-kind", "radius"],
        "properties": {"shape-kind": {"type": "string"}, "radius": {"type": "number"}},
    },
    "Square": {
        "type": "object",
        "required": ["shape-kind"],
        "properties": {"shape-kind": {"type": "string"}, "side": {"type": "integer", "default": 1}},
    },
    "Color": {"type": "string", "enum": ["red", "green"]},
    "Canvas": {
        "type": "object",
        "required": ["shapes", "background"],
        "properties": {
            "shapes": {"type": "array", "items": {"$ref": "#/components/schemas/Shape"}},
            "background": {"anyOf": [{"$ref": "#/components/schemas/Color"}, {"type": "null"}]},
            "layers": {
                "type": "object",
                "additionalProperties": {"$ref": "#/components/schemas/Canvas"},
            },
            "def": {"type": "string"},
        },
    },
}


@pytest.fixture(scope="module")
def sdk(tmp_path_factory: pytest.TempPathFactory) -> Iterator[ModuleType]:
    folder = tmp_path_factory.mktemp("unseen")
    spec = write_spec(folder, minimal_spec(components={"schemas": SCHEMAS}))
    write_tree(generate_files(spec, "unseen_sdk").files, folder / "out")
    sys.path.insert(0, str(folder / "out"))
    try:
        yield importlib.import_module("unseen_sdk")
    finally:
        sys.path.remove(str(folder / "out"))
        for name in [n for n in sys.modules if n.startswith("unseen_sdk")]:
            del sys.modules[name]


def test_tagged_union_by_mapping_and_by_schema_name(sdk: ModuleType) -> None:
    models = sdk.models
    canvas = models.Canvas.model_validate(
        {
            "shapes": [{"shape-kind": "round", "radius": 2.5}, {"shape-kind": "Square"}],
            "background": None,
        }
    )
    assert isinstance(canvas.shapes[0], models.Circle) and canvas.shapes[0].radius == 2.5
    assert isinstance(canvas.shapes[1], models.Square) and canvas.shapes[1].side == 1
    assert canvas.background is None
    with pytest.raises(ValidationError):
        TypeAdapter(models.Shape).validate_python({"shape-kind": "triangle"})


def test_unknown_enum_values_and_fields_are_kept(sdk: ModuleType) -> None:
    models = sdk.models
    canvas = models.Canvas.model_validate(
        {"shapes": [], "background": "ultraviolet", "opacity": 0.5}
    )
    assert canvas.background.value == "ultraviolet"
    assert isinstance(canvas.background, models.Color)
    assert canvas.model_extra == {"opacity": 0.5}
    assert models.Color("red") is models.Color.RED


def test_requests_send_only_what_was_set_under_wire_names(sdk: ModuleType) -> None:
    models = sdk.models
    canvas = models.Canvas(shapes=[models.Square(shape_kind="Square")], background=None, def_="x")
    dumped = canvas.model_dump(mode="json", by_alias=True, exclude_unset=True)
    assert dumped == {"shapes": [{"shape-kind": "Square"}], "background": None, "def": "x"}


def test_recursive_dict_of_models(sdk: ModuleType) -> None:
    canvas = sdk.models.Canvas.model_validate(
        {
            "shapes": [],
            "background": "red",
            "layers": {"top": {"shapes": [], "background": "green"}},
        }
    )
    assert canvas.layers["top"].background is sdk.models.Color.GREEN


def test_field_names_in_pydantics_namespace_work(tmp_path: Path) -> None:
    schemas = {
        "M": {
            "type": "object",
            "properties": {
                "model_validate_url": {"type": "string"},
                "model_dump": {"type": "string"},
            },
        }
    }
    spec = write_spec(tmp_path, minimal_spec(components={"schemas": schemas}))
    write_tree(generate_files(spec, "ns_sdk").files, tmp_path / "out")
    sys.path.insert(0, str(tmp_path / "out"))
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error")
            models = importlib.import_module("ns_sdk.models")
            value = models.M.model_validate({"model_validate_url": "u", "model_dump": "d"})
        assert value.model_validate_url == "u"
        assert value.model_dump_ == "d"
    finally:
        sys.path.remove(str(tmp_path / "out"))
