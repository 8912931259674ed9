"""The parser on the showcase spec: the IR says what will be generated."""

from __future__ import annotations

import pytest
import yaml

from generator import ir
from tests.helpers import ROOT, field, model, named, operation, parse_file


@pytest.fixture(scope="module")
def api() -> ir.Api:
    parsed, warnings = parse_file(ROOT / "specs" / "showcase.yaml", "showcase")
    assert warnings == []
    return parsed


def test_every_component_schema_becomes_a_named_type(api: ir.Api) -> None:
    spec = yaml.safe_load((ROOT / "specs" / "showcase.yaml").read_text())
    exported = {name for name, _ in api.exports}
    for key in spec["components"]["schemas"]:
        assert key in exported, key
    # schemas from the other file are brought in too, under their own names
    assert {"Error", "Money", "CurrencyCode"} <= exported


def test_resources_follow_first_tags_and_nest_along_paths(api: ir.Api) -> None:
    by_path = {r.path: r for r in api.all_resources()}
    assert by_path["store_admin"].class_name == "StoreAdmin"
    # listKeepers is tagged [animals, store-admin]: the first tag wins; /keepers nests in it
    keepers = by_path["animals.keepers"]
    assert [(o.method_name, o.operation_id) for o in keepers.operations] == [
        ("create", "createKeeper"),
        ("list", "listKeepers"),  # `list` last: it would shadow the builtin in annotations
    ]
    assert keepers.class_name == "AnimalsKeepers" and keepers.module == "animals_keepers"
    assert "store_admin.keepers" not in by_path
    # getTour has no tag: its path makes the resource; nothing is left on the client
    assert [o.method_name for o in by_path["tours"].operations] == ["retrieve"]
    assert not api.client_operations


def test_operation_without_id_gets_a_name_from_method_and_path(api: ir.Api) -> None:
    (op,) = {r.path: r for r in api.all_resources()}["inventory.categories"].operations
    assert (op.method_name, op.http_method, op.path) == ("list", "GET", "/categories")
    assert op.operation_id is None and op.name_source == "verb"


def test_path_parameters_are_positional_in_path_order(api: ir.Api) -> None:
    op = operation(api, "get_warehouse_stock")
    assert [(p.name, p.wire_name) for p in op.path_params] == [
        ("warehouse_code", "warehouseCode"),
        ("item_id", "itemId"),
    ]


def test_query_array_styles_are_kept(api: ir.Api) -> None:
    params = {p.wire_name: p for p in operation(api, "list_items").params}
    assert params["ids"].explode is False and params["ids"].type.kind == "list"
    tags = {p.wire_name: p for p in operation(api, "list_animals").params}["tag"]
    assert tags.explode is True and tags.style == "form"


def test_header_and_cookie_parameters(api: ir.Api) -> None:
    params = {p.wire_name: p for p in operation(api, "echo_get").params}
    assert params["X-Trace-Id"].location == "header" and params["X-Trace-Id"].required
    assert params["X-Trace-Id"].name == "x_trace_id"
    assert params["session_id"].location == "cookie"
    # required keyword arguments come before optional ones
    required = [p.required for p in operation(api, "echo_get").params]
    assert required == sorted(required, reverse=True)


def test_required_optional_and_nullable_are_kept_apart(api: ir.Api) -> None:
    restock = field(api, "Item", "restock_date")
    assert restock.required and restock.type.nullable
    description = field(api, "Item", "description")
    assert not description.required and description.type.nullable
    name = field(api, "Item", "name")
    assert name.required and not name.type.nullable


def test_wire_names_keywords_and_builtins(api: ir.Api) -> None:
    keeper = {f.wire_name: f.name for f in model(api, "Keeper").fields}
    assert keeper["first-name"] == "first_name"
    assert keeper["2fa_enabled"] == "field_2fa_enabled"
    assert keeper["X-Rate"] == "x_rate"
    ticket = {f.wire_name: f.name for f in model(api, "Ticket").fields}
    assert (
        ticket["class"] == "class_" and ticket["from"] == "from_" and ticket["import"] == "import_"
    )
    # builtins that generated annotations use are renamed; the rest keep their name
    assert ticket["str"] == "str_" and ticket["list"] == "list_" and ticket["json"] == "json_"
    assert ticket["model_config"] == "model_config_"
    assert ticket["id"] == "id" and ticket["type"] == "type"


def test_discriminated_union_maps_wire_values_to_classes(api: ir.Api) -> None:
    animal = named(api, "Animal")
    assert isinstance(animal, ir.Alias)
    assert animal.type.kind == "union" and animal.type.discriminator is not None
    assert dict(animal.type.discriminator.mapping) == {"cat": "Cat", "dog": "Dog", "bird": "Bird"}
    assert [a.name for a in animal.type.args] == ["Cat", "Dog", "Bird"]


def test_any_of_without_discriminator_is_a_plain_union(api: ir.Api) -> None:
    contact = named(api, "ContactMethod")
    assert isinstance(contact, ir.Alias)
    assert contact.type.discriminator is None
    assert [a.name for a in contact.type.args] == ["EmailContact", "PhoneContact"]


def test_all_of_merges_parent_properties(api: ir.Api) -> None:
    cat = {f.wire_name for f in model(api, "Cat").fields}
    base = {f.wire_name for f in model(api, "AnimalBase").fields}
    assert base < cat and "indoor" in cat


def test_recursive_models_are_references(api: ir.Api) -> None:
    children = field(api, "Category", "children").type
    assert children.kind == "list" and children.args[0] == ir.TypeRef(kind="named", name="Category")
    assert field(api, "TourStop", "next").type.name == "TourStop"


def test_inline_objects_are_named_after_where_they_sit(api: ir.Api) -> None:
    assert field(api, "AnimalBase", "enclosure").type.name == "Enclosure"
    history = field(api, "ItemDetail", "history").type
    assert history.kind == "list" and history.args[0].name == "History"


def test_formats_map_to_python_types(api: ir.Api) -> None:
    def scalar(model_name: str, field_name: str) -> str | None:
        return field(api, model_name, field_name).type.scalar

    assert scalar("Keeper", "hired_on") == "date"
    assert scalar("Keeper", "shift_start") == "time"
    assert scalar("Keeper", "id") == "uuid"
    assert scalar("Item", "restock_date") == "date"


def test_enum_defaults_point_at_members(api: ir.Api) -> None:
    zone = field(api, "Ticket", "zone")
    assert zone.default is not None and zone.default.enum_name == "TicketZone"
    enum = named(api, "TicketZone")
    assert isinstance(enum, ir.Enum) and enum.value_type == "int"


def test_responses(api: ir.Api) -> None:
    label = operation(api, "get_item_label")
    assert [(r.status, r.kind) for r in label.responses] == [("200", "text")]
    assert [r.status for r in label.errors] == ["404", "default"]
    assert operation(api, "delete_item").return_type.kind == "none"
    by_sku = operation(api, "list_items_by_sku").return_type
    assert by_sku.kind == "dict" and by_sku.args[0].name == "Item"
    photo = operation(api, "get_animal_photo")
    assert photo.responses[0].kind == "bytes"


def test_request_body_accepts_model_or_dict(api: ir.Api) -> None:
    body = operation(api, "create_item").body
    assert body is not None and body.required and body.kind == "json"
    assert body.type.name == "NewItem"
    assert [a.kind for a in body.accepted_type.args] == ["named", "dict"]


def test_base_url_is_the_first_server(api: ir.Api) -> None:
    assert api.base_url == "https://showcase.example.com/v1"
