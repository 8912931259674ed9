"""Which models subclass the model their `allOf` extends, and what each class declares."""

from __future__ import annotations

from pathlib import Path

from tests.helpers import model, parse_file

CONSTRUCT = Path(__file__).parents[1] / "constructs" / "model_inheritance.yaml"


def test_an_all_of_of_one_model_and_own_properties_is_a_subclass() -> None:
    api, _ = parse_file(CONSTRUCT)
    pet, show_dog = model(api, "Pet"), model(api, "ShowDog")

    assert (pet.base, pet.inherited) == ("Named", 2)
    assert [f.wire_name for f in pet.own_fields] == ["ownerId"]
    assert (show_dog.base, show_dog.inherited) == ("Pet", 3)
    assert [f.wire_name for f in show_dog.own_fields] == ["prizes"]
    # every field is still the model's, in the flattened order
    assert [f.wire_name for f in show_dog.fields] == ["name", "kind", "ownerId", "prizes"]
    assert show_dog.fields[:3] == pet.fields
    # the stub's constructor keywords extend the base's
    assert (show_dog.init_dict, show_dog.init_dict_base) == ("_ShowDogInit", "_PetInit")
    assert (model(api, "Named").base, model(api, "Named").init_dict) == (None, "_NamedInit")


def test_a_model_stays_flattened_where_inheriting_would_change_it() -> None:
    api, _ = parse_file(CONSTRUCT)
    renamed, both = model(api, "Renamed"), model(api, "Both")

    # a redefined property (moved last, retyped) and two named parents
    assert (renamed.base, renamed.inherited, renamed.init_dict) == (None, 0, None)
    assert [f.wire_name for f in renamed.own_fields] == ["kind", "name"]
    assert (both.base, both.inherited) == (None, 0)
    assert [f.wire_name for f in both.own_fields] == ["name", "kind", "tag"]
    assert model(api, "Tagged").init_dict is None  # no model extends it
