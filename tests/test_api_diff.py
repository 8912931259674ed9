"""`sdkforge api-diff`: every kind of change between two specs, classified as the stubs see it."""

from __future__ import annotations

import copy
import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from generator import apidiff
from generator.pipeline import generate_stubs
from generator.surface import read_surface
from tests.helpers import Cli, write_spec

Spec = dict[str, Any]


def _json(schema: dict[str, Any], description: str = "ok") -> dict[str, Any]:
    return {"description": description, "content": {"application/json": {"schema": schema}}}


def _ref(name: str) -> dict[str, str]:
    return {"$ref": f"#/components/schemas/{name}"}


def base_spec() -> Spec:
    return {
        "openapi": "3.1.0",
        "info": {"title": "Pets", "version": "1.0.0"},
        "paths": {
            "/pets": {
                "get": {
                    "operationId": "listPets",
                    "tags": ["pets"],
                    "parameters": [{"name": "limit", "in": "query", "schema": {"type": "integer"}}],
                    "responses": {"200": _json({"type": "array", "items": _ref("Pet")})},
                }
            },
            "/pets/{petId}": {
                "get": {
                    "operationId": "showPet",
                    "tags": ["pets"],
                    "parameters": [
                        {
                            "name": "petId",
                            "in": "path",
                            "required": True,
                            "schema": {"type": "string"},
                        }
                    ],
                    "responses": {"200": _json(_ref("Pet"))},
                },
                "delete": {
                    "operationId": "deletePet",
                    "tags": ["pets"],
                    "parameters": [
                        {
                            "name": "petId",
                            "in": "path",
                            "required": True,
                            "schema": {"type": "string"},
                        }
                    ],
                    "responses": {"204": {"description": "gone"}},
                },
            },
            "/stores/{region}/{city}": {
                "get": {
                    "operationId": "listStores",
                    "tags": ["stores"],
                    "parameters": [
                        {
                            "name": "region",
                            "in": "path",
                            "required": True,
                            "schema": {"type": "string"},
                        },
                        {
                            "name": "city",
                            "in": "path",
                            "required": True,
                            "schema": {"type": "string"},
                        },
                        {
                            "name": "fields",
                            "in": "query",
                            "required": True,
                            "schema": {"type": "string"},
                        },
                    ],
                    "responses": {
                        "200": _json({"oneOf": [{"type": "string"}, {"type": "integer"}]})
                    },
                }
            },
        },
        "components": {
            "schemas": {
                "Pet": {
                    "type": "object",
                    "required": ["id", "name"],
                    "properties": {
                        "id": {"type": "integer"},
                        "name": {"type": "string"},
                        "tag": {"type": "string"},
                        "status": _ref("PetStatus"),
                        "tags": _ref("Tags"),
                    },
                },
                "PetStatus": {"type": "string", "enum": ["available", "sold"]},
                "Tags": {"type": "array", "items": {"type": "string"}},
                "Owner": {"type": "object", "properties": {"name": {"type": "string"}}},
            }
        },
    }


def surface(folder: Path, spec: Spec) -> Any:
    return read_surface(generate_stubs(write_spec(folder, spec), "sdk").files, "sdk")


def diff(tmp_path: Path, change: Callable[[Spec], object]) -> list[str]:
    old = base_spec()
    new = copy.deepcopy(old)
    change(new)
    (tmp_path / "old").mkdir()
    (tmp_path / "new").mkdir()
    changes = apidiff.compare(surface(tmp_path / "old", old), surface(tmp_path / "new", new))
    return apidiff.text_lines(changes)


def paths(spec: Spec) -> dict[str, Any]:
    result: dict[str, Any] = spec["paths"]
    return result


def schemas(spec: Spec) -> dict[str, Any]:
    result: dict[str, Any] = spec["components"]["schemas"]
    return result


def pet(spec: Spec) -> dict[str, Any]:
    result: dict[str, Any] = schemas(spec)["Pet"]
    return result


def limit(spec: Spec) -> dict[str, Any]:
    result: dict[str, Any] = paths(spec)["/pets"]["get"]["parameters"][0]
    return result


def stores(spec: Spec) -> dict[str, Any]:
    result: dict[str, Any] = paths(spec)["/stores/{region}/{city}"]["get"]
    return result


def _add_required_param(spec: Spec) -> None:
    paths(spec)["/pets"]["get"]["parameters"].append(
        {"name": "owner", "in": "query", "required": True, "schema": {"type": "string"}}
    )


def _swap_path_params(spec: Spec) -> None:
    operation = paths(spec).pop("/stores/{region}/{city}")
    operation["get"]["parameters"][:2] = operation["get"]["parameters"][1::-1]
    paths(spec)["/stores/{city}/{region}"] = operation


def _remove_enum(spec: Spec) -> None:
    del schemas(spec)["PetStatus"]
    del pet(spec)["properties"]["status"]


BREAKING: list[tuple[str, Callable[[Spec], object], str]] = [
    (
        "removed resource",
        lambda s: paths(s).pop("/stores/{region}/{city}"),
        "removed resource Stores",
    ),
    (
        "removed method",
        lambda s: paths(s)["/pets/{petId}"].pop("delete"),
        "removed method Pets.delete",
    ),
    (
        "removed parameter",
        lambda s: paths(s)["/pets"]["get"].pop("parameters"),
        "removed optional parameter Pets.list(limit)",
    ),
    (
        "new required parameter",
        _add_required_param,
        "added required parameter Pets.list(owner: str)",
    ),
    (
        "parameter now required",
        lambda s: limit(s).update(required=True),
        "changed parameter Pets.list(limit): now required",
    ),
    (
        "parameter type changed",
        lambda s: limit(s).update(schema={"type": "string"}),
        "changed parameter Pets.list(limit): int | None -> str | None",
    ),
    (
        "parameter type narrowed to an enum",
        lambda s: stores(s)["parameters"][2].update(schema={"type": "string", "enum": ["a"]}),
        "changed parameter Stores.retrieve(fields): str -> models.ListStoresFields | Literal['a']",
    ),
    (
        "path parameters moved",
        _swap_path_params,
        "changed parameter Stores.retrieve(city, region): positional order was (region, city)",
    ),
    (
        "return type changed",
        lambda s: paths(s)["/pets/{petId}"]["get"].update(
            responses={"200": _json({"type": "string"})}
        ),
        "changed return type Pets.retrieve: models.Pet -> str",
    ),
    ("removed model", lambda s: schemas(s).pop("Owner"), "removed model Owner"),
    (
        "removed field",
        lambda s: pet(s)["properties"].pop("tag"),
        "removed optional field Pet.tag",
    ),
    (
        "new required field",
        lambda s: (
            pet(s)["properties"].update(age={"type": "integer"}),
            pet(s)["required"].append("age"),
        ),
        "added required field Pet.age: int",
    ),
    (
        "field type changed",
        lambda s: pet(s)["properties"].update(id={"type": "string"}),
        "changed field Pet.id: int -> str",
    ),
    (
        "field now required",
        lambda s: pet(s)["required"].append("tag"),
        "changed field Pet.tag: str | None -> str, now required",
    ),
    (
        "removed enum value",
        lambda s: schemas(s)["PetStatus"].update(enum=["available"]),
        "removed enum value PetStatus.'sold'",
    ),
    ("removed enum", _remove_enum, "removed enum PetStatus"),
    (
        "type alias changed",
        lambda s: schemas(s)["Tags"].update(items={"type": "integer"}),
        "changed type alias Tags: list[str] -> list[int]",
    ),
    (
        # with `limit`, an `offset` parameter makes the list detected as paginated
        "list now paginated",
        lambda s: paths(s)["/pets"]["get"]["parameters"].append(
            {"name": "offset", "in": "query", "schema": {"type": "integer"}}
        ),
        "changed return type Pets.list: list[models.Pet] -> ListPetsPage",
    ),
]

NOT_BREAKING: list[tuple[str, Callable[[Spec], object], str]] = [
    (
        "added resource",
        lambda s: paths(s).update(
            {
                "/owners": {
                    "get": {
                        "operationId": "listOwners",
                        "tags": ["owners"],
                        "responses": {"200": _json({"type": "string"})},
                    }
                }
            }
        ),
        "added     resource Owners",
    ),
    (
        "added method",
        lambda s: paths(s)["/pets"].update(
            post={
                "operationId": "createPet",
                "tags": ["pets"],
                "responses": {"201": _json(_ref("Pet"))},
            }
        ),
        "added     method Pets.create",
    ),
    (
        "added optional parameter",
        lambda s: paths(s)["/pets"]["get"]["parameters"].append(
            {"name": "since", "in": "query", "schema": {"type": "integer"}}
        ),
        "added     optional parameter Pets.list(since: int | None)",
    ),
    (
        "parameter now optional",
        lambda s: stores(s)["parameters"][2].update(required=False),
        "changed   parameter Stores.retrieve(fields): now optional",
    ),
    (
        "parameter type widened",
        lambda s: limit(s).update(schema={"oneOf": [{"type": "integer"}, {"type": "string"}]}),
        "changed   parameter Pets.list(limit): int | None -> int | str | None",
    ),
    (
        "return type narrowed",
        lambda s: stores(s).update(responses={"200": _json({"type": "string"})}),
        "changed   return type Stores.retrieve: str | int -> str",
    ),
    (
        "added model",
        lambda s: schemas(s).update(
            Toy={"type": "object", "properties": {"x": {"type": "string"}}}
        ),
        "added     model Toy",
    ),
    (
        "added optional field",
        lambda s: pet(s)["properties"].update(age={"type": "integer"}),
        "added     optional field Pet.age: int | None",
    ),
    (
        "field now optional with a default",
        lambda s: (
            pet(s)["required"].remove("name"),
            pet(s)["properties"]["name"].update(default="Rex"),
        ),
        "changed   field Pet.name: now optional",
    ),
    (
        "added enum value",
        lambda s: schemas(s)["PetStatus"]["enum"].append("pending"),
        "added     enum value PetStatus.'pending'",
    ),
    (
        "added enum",
        lambda s: schemas(s).update(Color={"type": "string", "enum": ["red"]}),
        "added     enum Color",
    ),
]


@pytest.mark.parametrize(
    ("change", "expected"),
    [pytest.param(change, expected, id=name) for name, change, expected in BREAKING],
)
def test_breaking_change(tmp_path: Path, change: Callable[[Spec], object], expected: str) -> None:
    lines = diff(tmp_path, change)
    assert f"BREAKING  {expected}" in lines, lines


@pytest.mark.parametrize(
    ("change", "expected"),
    [pytest.param(change, expected, id=name) for name, change, expected in NOT_BREAKING],
)
def test_change_that_does_not_break(
    tmp_path: Path, change: Callable[[Spec], object], expected: str
) -> None:
    lines = diff(tmp_path, change)
    assert lines == [expected]


def test_a_description_change_is_no_api_change(tmp_path: Path) -> None:
    assert diff(tmp_path, lambda s: pet(s).update(description="A pet.")) == []


def test_breaking_changes_come_first(tmp_path: Path) -> None:
    def change(spec: Spec) -> None:
        pet(spec)["properties"].update(age={"type": "integer"})
        paths(spec)["/pets/{petId}"].pop("delete")

    assert diff(tmp_path, change) == [
        "BREAKING  removed method Pets.delete",
        "added     optional field Pet.age: int | None",
    ]


# the command, as a release gate


@pytest.fixture
def specs(tmp_path: Path) -> dict[str, Path]:
    old = base_spec()
    breaking = copy.deepcopy(old)
    paths(breaking)["/pets/{petId}"].pop("delete")
    pet(breaking)["properties"].update(id={"type": "string"})
    additive = copy.deepcopy(old)
    pet(additive)["properties"].update(age={"type": "integer"})
    paths(additive)["/pets"]["post"] = {
        "operationId": "createPet",
        "tags": ["pets"],
        "responses": {"201": _json(_ref("Pet"))},
    }
    return {
        name: write_spec(tmp_path, spec, f"{name}.json")
        for name, spec in (("old", old), ("breaking", breaking), ("additive", additive))
    }


def test_exit_1_on_a_removed_operation_and_a_changed_field_type(
    specs: dict[str, Path], cli: Cli
) -> None:
    result = cli("api-diff", str(specs["old"]), str(specs["breaking"]))
    assert result.returncode == 1, result.stderr
    assert result.stdout.splitlines() == [
        f"API changes from {specs['old']} to {specs['breaking']}:",
        "  BREAKING  removed method Pets.delete",
        "  BREAKING  changed field Pet.id: int -> str",
        "2 change(s), 2 breaking.",
    ]


def test_exit_0_on_an_optional_field_and_an_operation_added(
    specs: dict[str, Path], cli: Cli
) -> None:
    result = cli("api-diff", str(specs["old"]), str(specs["additive"]))
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines()[1:] == [
        "  added     method Pets.create",
        "  added     optional field Pet.age: int | None",
        "2 change(s), 0 breaking.",
    ]


def test_exit_0_on_the_same_spec(specs: dict[str, Path], cli: Cli) -> None:
    result = cli("api-diff", str(specs["old"]), str(specs["old"]))
    assert result.returncode == 0
    assert result.stdout == f"No API changes from {specs['old']} to {specs['old']}.\n"


def test_json_format(specs: dict[str, Path], cli: Cli) -> None:
    result = cli("api-diff", str(specs["old"]), str(specs["breaking"]), "--format", "json")
    assert result.returncode == 1
    report = json.loads(result.stdout)
    assert report["breaking"] is True
    assert report["counts"] == {"total": 2, "breaking": 2}
    assert report["old"] == str(specs["old"])
    assert report["changes"][0] == {
        "action": "removed",
        "kind": "method",
        "subject": "Pets.delete",
        "breaking": True,
        "qualifier": None,
        "old": None,
        "new": None,
        "note": None,
        "text": "removed method Pets.delete",
    }
    assert report["changes"][1]["old"] == "int"
    assert report["changes"][1]["new"] == "str"


def test_json_format_without_changes(specs: dict[str, Path], cli: Cli) -> None:
    result = cli("api-diff", str(specs["old"]), str(specs["additive"]), "--format", "json")
    assert result.returncode == 0
    assert json.loads(result.stdout)["breaking"] is False


def test_bad_input_is_one_error_line(specs: dict[str, Path], tmp_path: Path, cli: Cli) -> None:
    result = cli("api-diff", str(specs["old"]), str(tmp_path / "missing.yaml"))
    assert result.returncode == 1
    assert result.stdout == ""
    assert result.stderr.startswith("error: ")
    assert len(result.stderr.splitlines()) == 1


# renamed methods: the same request under another name is one breaking rename


def test_a_renamed_method_is_a_rename_not_a_removal_and_an_addition(tmp_path: Path) -> None:
    def rename(spec: Spec) -> None:
        paths(spec)["/pets/{petId}"]["get"]["x-sdkforge-name"] = "pets.fetch"

    assert diff(tmp_path, rename) == [
        "BREAKING  renamed method Pets.retrieve: now Pets.fetch (GET /pets/{petId})"
    ]


def test_a_method_moved_to_another_resource_is_a_rename_with_its_other_changes(
    tmp_path: Path,
) -> None:
    def move(spec: Spec) -> None:
        delete = paths(spec)["/pets/{petId}"]["delete"]
        delete["tags"] = ["animals"]
        delete["parameters"].append({"name": "force", "in": "query", "schema": {"type": "boolean"}})

    # tag animals, path /pets: client.animals.pets.delete
    assert diff(tmp_path, move) == [
        "BREAKING  renamed method Pets.delete: now AnimalsPets.delete (DELETE /pets/{petId})",
        "added     resource Animals",
        "added     resource AnimalsPets",
        "added     optional parameter AnimalsPets.delete(force: bool | None)",
    ]
