"""SpecView: the loaded document's plain data as parse reads it (generator/load/view.py)."""

from __future__ import annotations

from pathlib import Path

from generator.load import SpecView, load_spec
from tests.helpers import minimal_spec, write_spec

DOCUMENT = {
    "components": {
        "responses": {"Listed": {"$ref": "#/components/responses/Paged"}},
        "schemas": {"Pet": {"$ref": "#/components/schemas/Pet", "default": 1}},
    },
    "x-top": [1],
    "paths": {"/a": {"get": {"x-mark": True}}},
}


def test_mapping_at_is_the_mapping_there_or_empty() -> None:
    view = SpecView(DOCUMENT)
    assert view.mapping_at("/paths/~1a/get") == {"x-mark": True}
    assert view.mapping_at("/x-top") == {}  # a list, not a mapping
    assert view.mapping_at("/paths/~1b") == {}  # nothing there
    assert view.top("x-top") == [1]
    assert view.top("x-none") is None


def test_follow_ends_a_chain_of_refs_and_gives_up_on_a_broken_or_looping_one() -> None:
    view = SpecView(
        {
            "a": {"$ref": "#/b"},
            "b": {"$ref": "#/c"},
            "c": {"headers": {}},
            "loop": {"$ref": "#/loop"},
        }
    )
    assert view.follow({"$ref": "#/a"}) == {"headers": {}}
    assert view.follow({"plain": 1}) == {"plain": 1}
    assert view.follow({"$ref": "#/missing"}) is None
    assert view.follow({"$ref": "other.yaml#/a"}) is None
    assert view.follow({"$ref": "#/loop"}) is None


def test_a_swagger2_response_without_a_schema_says_what_it_produces(tmp_path: Path) -> None:
    spec = {
        "swagger": "2.0",
        "info": {"title": "T", "version": "1"},
        "produces": ["image/png", "application/json"],
        "paths": {"/logo": {"get": {"responses": {"200": {"description": "the logo"}}}}},
    }
    loaded = load_spec(write_spec(tmp_path, spec))
    response = loaded.view.mapping_at("/paths/~1logo/get/responses/200")
    assert SpecView.produced(response) == ["image/png", "application/json"]
    assert SpecView.produced({"x-other": ["a/b"]}) == []
    assert SpecView.produced(None) == []


def test_the_loaded_spec_is_read_through_its_view_unchanged(tmp_path: Path) -> None:
    spec = minimal_spec(**{"x-vendor": {"k": "v"}})
    loaded = load_spec(write_spec(tmp_path, spec))
    assert loaded.view.top("x-vendor") == {"k": "v"}
    assert loaded.view.at("/info/title") == "T"
