"""What the generated docs say: stubs that carry each method's docstring, README examples
from the spec's own values (or values a person would write, never a bare type name or a
null the type refuses), an introduction that cites this API's methods only, streaming and
paging examples with their required arguments, and documentation links made absolute.
"""

from __future__ import annotations

import ast
from pathlib import Path
from typing import Any

import pytest

from generator.pipeline import generate_files
from tests.helpers import minimal_spec, parse_dict, readme_examples, write_spec


def _files(tmp_path: Path, spec: dict[str, Any]) -> dict[str, str]:
    return generate_files(write_spec(tmp_path, spec), "docs_sdk").files


def _json(schema: dict[str, Any]) -> dict[str, Any]:
    return {"content": {"application/json": {"schema": schema}}}


def _ok(schema: dict[str, Any] | None = None) -> dict[str, Any]:
    return {"200": {"description": "ok", **(_json(schema) if schema else {})}}


def _ref(name: str) -> dict[str, str]:
    return {"$ref": f"#/components/schemas/{name}"}


STRING = {"type": "string"}
PET = {
    "type": "object",
    "required": ["name", "owner_email", "kind"],
    "properties": {
        "name": {"type": "string", "example": "Rex"},
        "owner_email": STRING,
        "kind": {"type": "string", "enum": ["dog", "cat"]},
        "nickname": {"type": ["string", "null"]},
        "tag": {"type": "string", "default": "pet"},
    },
}

SPEC = minimal_spec(
    paths={
        "/pets": {
            "post": {
                "operationId": "createPet",
                "summary": "Add a pet",
                "description": "Adds a pet to the store.",
                "requestBody": {"required": True, **_json(_ref("Pet"))},
                "responses": _ok(_ref("Pet")),
            },
            "get": {
                "operationId": "listPets",
                "summary": "List pets",
                "parameters": [
                    {
                        "name": "limit",
                        "in": "query",
                        "description": "At most this many.",
                        "schema": {"type": "integer"},
                    }
                ],
                "responses": _ok({"type": "array", "items": _ref("Pet")}),
            },
        },
        "/stores/{store_id}/pets/{pet_id}": {
            "get": {
                "operationId": "getStorePet",
                "summary": "Get a pet of a store",
                "parameters": [
                    {"name": "store_id", "in": "path", "required": True, "schema": STRING},
                    {"name": "pet_id", "in": "path", "required": True, "schema": STRING},
                ],
                "responses": _ok(_ref("Pet")),
            }
        },
        "/events": {
            "get": {
                "operationId": "streamEvents",
                "parameters": [
                    {"name": "topic", "in": "query", "required": True, "schema": STRING}
                ],
                "responses": {
                    "200": {
                        "description": "events",
                        "content": {"text/event-stream": {"schema": STRING}},
                    }
                },
            }
        },
    },
    components={"schemas": {"Pet": PET}},
)


@pytest.fixture(scope="module")
def files(tmp_path_factory: pytest.TempPathFactory) -> dict[str, str]:
    return _files(tmp_path_factory.mktemp("docs"), SPEC)


def _docstrings(stub: str, name: str) -> list[str]:
    """The docstrings of every `def name` in a stub (overloads too)."""
    return [
        ast.get_docstring(node) or ""
        for node in ast.walk(ast.parse(stub))
        if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef) and node.name == name
    ]


def test_a_stub_carries_the_description_args_and_request(files: dict[str, str]) -> None:
    stub = files["docs_sdk/resources/pets.pyi"]
    (listing, async_listing) = _docstrings(stub, "list")
    assert listing == async_listing
    assert listing.splitlines()[0] == "List pets"
    assert "Args:\n    limit: At most this many." in listing
    assert listing.splitlines()[-1] == "GET /pets"


def test_every_overload_in_a_stub_carries_the_docstring(files: dict[str, str]) -> None:
    stub = files["docs_sdk/resources/pets.pyi"]
    created = _docstrings(stub, "create")
    # every `def create` (one signature for the keys and `body=`, sync and async)
    assert len(created) == stub.count("def create(") == 2
    assert all("Adds a pet to the store." in doc for doc in created)
    assert all(doc.splitlines()[-1] == "POST /pets" for doc in created)


def test_readme_examples_use_the_specs_values_and_a_persons(files: dict[str, str]) -> None:
    readme = files["README.md"]
    calls = "\n".join(readme_examples(readme))
    assert "'string'" not in readme and "None" not in calls
    assert "client.stores.pets.retrieve('store_123', 'pet_123')" in calls
    # the property's example, a value for an email, the enum's first value: as keywords
    assert "client.pets.create(name='Rex', owner_email='jane@example.com', kind='dog')" in readme


def test_the_readme_intro_cites_this_apis_methods_only(files: dict[str, str]) -> None:
    readme = files["README.md"]
    for other in ("tax_ids", "payment_intents", "Rex\", tag=", 'role="user"', "Role.USER"):
        assert other not in readme
    assert "(`client.stores.pets.retrieve('store_123', 'pet_123')`)" in readme
    assert "(`client.pets.create(name='Rex', owner_email='jane@example.com', kind='dog')`;" in (
        readme
    )


def test_a_streaming_example_passes_its_required_arguments(files: dict[str, str]) -> None:
    assert "with client.events.list(topic='example topic') as stream:" in files["README.md"]


@pytest.mark.parametrize(
    ("name", "scalar", "value"),
    [
        ("email", "str", "jane@example.com"),
        ("customer_id", "str", "customer_123"),
        ("workspaceGid", "str", "workspace_123"),
        ("callback_url", "str", "https://example.com"),
        ("display_name", "str", "example display name"),
        ("page_size", "int", 10),
        ("created", "datetime", "2024-01-01T00:00:00Z"),
    ],
)
def test_a_value_a_person_would_write(name: str, scalar: str, value: Any) -> None:
    from generator.render.examples import person_value

    assert person_value(name, scalar) == value


def test_a_specs_example_with_null_for_a_field_that_refuses_it_leaves_it_out(
    tmp_path: Path,
) -> None:
    spec = minimal_spec(
        paths={
            "/pets": {
                "post": {
                    "operationId": "createPet",
                    "requestBody": {
                        "required": True,
                        "content": {
                            "application/json": {
                                "schema": _ref("Pet"),
                                "example": {
                                    "name": "Rex",
                                    "owner_email": None,
                                    "kind": "cat",
                                    "nickname": None,
                                },
                            }
                        },
                    },
                    "responses": _ok(_ref("Pet")),
                }
            }
        },
        components={"schemas": {"Pet": PET}},
    )
    (call,) = readme_examples(_files(tmp_path, spec)["README.md"])
    # `owner_email` may not be null: the required field gets a value; `nickname` is optional
    assert call == (
        "result = client.pets.create(name='Rex', owner_email='jane@example.com', kind='cat')"
    )


def test_a_models_own_example_is_used_for_a_nested_value(tmp_path: Path) -> None:
    spec = minimal_spec(
        paths={
            "/orders": {
                "post": {
                    "operationId": "createOrder",
                    "requestBody": {
                        "required": True,
                        **_json(
                            {
                                "type": "object",
                                "required": ["address"],
                                "properties": {"address": _ref("Address")},
                            }
                        ),
                    },
                    "responses": _ok(),
                }
            }
        },
        components={
            "schemas": {
                "Address": {
                    "type": "object",
                    "required": ["city"],
                    "properties": {"city": STRING},
                    "example": {"city": "Lisbon"},
                }
            }
        },
    )
    (call,) = readme_examples(_files(tmp_path, spec)["README.md"])
    assert call == "client.orders.create(address={'city': 'Lisbon'})"


# -- documentation links ----------------------------------------------------------------


def _api_docs(tmp_path: Path, **extra: Any) -> str | None:
    spec = minimal_spec(
        info={"title": "T", "version": "1", "description": "See [limits](/docs/limits)."},
        **extra,
    )
    api, _ = parse_dict(tmp_path, spec)
    return api.description


def test_relative_links_are_made_absolute_against_the_server_without_external_docs(
    tmp_path: Path,
) -> None:
    described = _api_docs(tmp_path, servers=[{"url": "https://api.example.com/v1"}])
    assert described == "See [limits](https://api.example.com/docs/limits)."


def test_relative_links_prefer_the_docs_site_the_spec_links_to(tmp_path: Path) -> None:
    spec = minimal_spec(
        info={
            "title": "T",
            "version": "1",
            "description": "See [limits](/docs/limits), [guide](https://developer.example.com/x)"
            " and [wiki](https://en.wikipedia.org/a).",
        },
        servers=[{"url": "https://api.example.com/v1"}],
    )
    api, _ = parse_dict(tmp_path, spec)
    assert api.description is not None
    assert "[limits](https://developer.example.com/docs/limits)" in api.description


def test_relative_links_use_the_external_docs_of_tags_and_operations(tmp_path: Path) -> None:
    described = _api_docs(
        tmp_path,
        servers=[{"url": "https://api.example.com"}],
        tags=[{"name": "pets", "externalDocs": {"url": "https://docs.example.com/pets"}}],
    )
    assert described == "See [limits](https://docs.example.com/docs/limits)."


def test_without_an_absolute_base_relative_links_stay_as_written(tmp_path: Path) -> None:
    assert _api_docs(tmp_path, servers=[{"url": "/v1"}]) == "See [limits](/docs/limits)."
