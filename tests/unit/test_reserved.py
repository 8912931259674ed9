"""Reserved names are what the runtime and the generated modules really define."""

from __future__ import annotations

import ast
import contextlib
import importlib
import inspect
from collections.abc import Iterator
from pathlib import Path

import petstore
import pytest
import showcase
from pydantic import BaseModel

from generator import runtime_source
from generator.generated_imports import MODEL_IMPORTS, OPERATION_IMPORTS, OPERATION_STUB_IMPORTS
from generator.parse import reserved
from generator.parse.names import SHADOWING
from generator.render import render_api
from tests.helpers import minimal_spec, operation, parse_dict


def _runtime_attributes(cls: type, package: str) -> set[str]:
    """The public attributes `cls` gets from the classes of the SDK's runtime."""
    names: set[str] = set()
    for base in inspect.getmro(cls):
        if base.__module__.startswith(f"{package}._runtime"):
            names |= {name for name in vars(base) if not name.startswith("_")}
    return names


@pytest.mark.parametrize("client", [petstore.Client, petstore.AsyncClient])
def test_every_runtime_attribute_of_a_generated_client_is_reserved(client: type) -> None:
    found = _runtime_attributes(client, "petstore")
    assert {"fetch_page", "request", "request_page", "close"} <= found
    assert found <= reserved.client_reserved()
    # and what the generated client defines itself
    assert {"copy", "with_options"} <= set(vars(client)) & reserved.client_reserved()


@pytest.mark.parametrize("resource", ["Pets", "AsyncPets"])
def test_every_runtime_attribute_of_a_generated_resource_is_reserved(resource: str) -> None:
    cls = getattr(importlib.import_module("petstore.resources.pets"), resource)
    assert _runtime_attributes(cls, "petstore") <= reserved.resource_reserved()
    assert {"with_raw_response", "with_streaming_response"} <= reserved.resource_reserved()


@pytest.mark.parametrize("page", [showcase.SyncPage, showcase.AsyncPage])
def test_every_public_attribute_of_a_page_is_reserved_for_page_fields(page: type) -> None:
    found = _runtime_attributes(page, "showcase")
    assert {"next_page", "has_next_page", "iter_pages"} <= found
    assert found <= reserved.page_reserved()


@contextlib.contextmanager
def _edited_runtime(old: str, new: str, *more: tuple[str, str]) -> Iterator[None]:
    """The runtime's sources with `old` replaced by `new` (in the one module that has it),
    and each further (old, new) pair in that module too."""
    original = runtime_source.runtime_sources()
    module = next(name for name, text in original.items() if old in text)
    text = original[module]
    for before, after in ((old, new), *more):
        assert before in text
        text = text.replace(before, after, 1)
    edited = {**original, module: text}
    runtime_source.forget()
    reserved.forget()
    patch = pytest.MonkeyPatch()
    patch.setattr(runtime_source, "runtime_sources", lambda: edited)
    try:
        yield
    finally:
        patch.undo()
        runtime_source.forget()
        reserved.forget()


@pytest.fixture
def runtime_with_a_new_method() -> Iterator[None]:
    """A public method added to the clients' base class."""
    old = "class BaseAPIClient(ResponseReading, Hops):"
    new = old + "\n    def brand_new(self) -> None: ...\n"
    with _edited_runtime(old, new):
        yield


@pytest.mark.usefixtures("runtime_with_a_new_method")
def test_a_method_the_runtime_gains_is_reserved_without_a_list_to_edit() -> None:
    assert "brand_new" in reserved.client_reserved()
    assert "brand_new" not in reserved.resource_reserved()


def test_the_names_generated_modules_import_are_reserved() -> None:
    # a class attribute named like an import would shadow it in the class body
    assert {"httpx", "cached_property", "dt"} <= reserved.client_reserved()
    assert {"httpx", "cached_property", "dt"} <= reserved.resource_reserved()
    assert "models" not in reserved.client_reserved()  # imported as `_models`
    assert {"Field", "SDKModel", "TypeAlias"} <= reserved.MODEL_MODULE_NAMES


def test_the_runtime_applies_openapis_default_styles() -> None:
    assert runtime_source.default_styles() == {
        "path": ("simple", False),
        "query": ("form", True),
        "header": ("simple", False),
        "cookie": ("form", True),
    }


def test_model_fields_keep_off_every_attribute_of_the_models_base_classes() -> None:
    # SHADOWING is a fixed list (the output must not depend on the installed pydantic):
    # a pydantic release that adds an attribute fails here, and the name is added on purpose
    pydantic_names = {name for name in dir(BaseModel) if not name.startswith("_")}
    assert pydantic_names <= SHADOWING
    assert runtime_source.runtime_attributes("SDKModel") <= SHADOWING


def test_the_parser_resolves_a_missing_style_to_the_runtimes_default(tmp_path: Path) -> None:
    param = {"name": "ids", "in": "query", "schema": {"type": "array", "items": {"type": "string"}}}
    spec = minimal_spec(paths={"/x": {"get": {"parameters": [param], "responses": {}}}})
    with _edited_runtime('"query": ("form", True)', '"query": ("pipeDelimited", False)'):
        api, _ = parse_dict(tmp_path, spec)
    (resolved,) = operation(api, "list").params
    assert (resolved.style, resolved.explode, resolved.default_style) == (
        "pipeDelimited",
        False,
        True,
    )


def _top_level_names(module: str) -> set[str]:
    tree = ast.parse(runtime_source.runtime_sources()[module])
    names: set[str] = set()
    nodes = list(tree.body)
    for node in nodes:
        if isinstance(node, ast.If):  # a name defined per type checker (`if MYPY:`)
            nodes += [*node.body, *node.orelse]
        elif isinstance(node, (ast.ClassDef, ast.FunctionDef, ast.AsyncFunctionDef)):
            names.add(node.name)
        elif isinstance(node, (ast.Assign, ast.AnnAssign)):
            targets = node.targets if isinstance(node, ast.Assign) else [node.target]
            names |= {t.id for t in targets if isinstance(t, ast.Name)}
        elif isinstance(node, (ast.Import, ast.ImportFrom)):
            names |= {alias.asname or alias.name for alias in node.names}
    return names


@pytest.mark.parametrize(
    "table",
    [OPERATION_IMPORTS, OPERATION_STUB_IMPORTS, MODEL_IMPORTS],
    ids=["ops", "stubs", "models"],
)
def test_every_runtime_import_of_the_generated_modules_exists(
    table: dict[str, tuple[str, str]],
) -> None:
    for module, name in table.values():
        if module == "._runtime":
            assert name in runtime_source.runtime_sources(), name
        elif module.startswith("._runtime."):
            assert name in _top_level_names(module.removeprefix("._runtime.")), (module, name)


def test_the_per_call_options_are_the_fields_of_request_options() -> None:
    names = [option.name for option in runtime_source.call_options()]
    assert names[:2] == ["extra_headers", "extra_query"] and "max_response_size" in names
    assert set(names) <= reserved.argument_reserved()


def test_the_api_reference_names_every_per_call_option(tmp_path: Path) -> None:
    from generator.pipeline import generate_files
    from tests.helpers import write_spec

    reference = generate_files(write_spec(tmp_path, minimal_spec()), "sdk").files["api.md"]
    for option in runtime_source.call_options():
        assert f"`{option.name}=`" in reference


def test_an_option_added_to_the_runtime_reaches_every_method_and_the_reserved_names(
    tmp_path: Path,
) -> None:
    request = "    idempotency_key: str | None = None\n"
    keywords = "    idempotency_key: str | None\n"
    with _edited_runtime(
        request,
        request + "    trace: str | None = None\n",
        (keywords, keywords + "    trace: str | None\n"),
    ):
        assert "trace" in reserved.argument_reserved()
        param = {"name": "trace", "in": "query", "schema": {"type": "string"}}
        spec = minimal_spec(paths={"/x": {"get": {"parameters": [param], "responses": {}}}})
        api, _ = parse_dict(tmp_path, spec)
        (argument,) = operation(api, "list").arguments
        assert (argument.name, argument.wire_name) == ("trace_", "trace")
        assert api.call_options[-1].name == "trace"
        # the generated docs list it where they list the per-call options
        files = render_api(api)
        assert "and `trace=` for one call" in files["README.md"]
        assert "and `trace=`, and is reachable" in files["api.md"]


def test_request_options_and_the_escape_hatch_keywords_must_agree() -> None:
    request = "    idempotency_key: str | None = None\n"
    with (
        _edited_runtime(request, request + "    trace: str | None = None\n"),
        pytest.raises(LookupError, match="CallOptions must have the fields of RequestOptions"),
    ):
        runtime_source.call_options()


def test_the_test_kits_own_names_are_kept_off_top_level_resources() -> None:
    # `MockAPI` carries the top-level resources as attributes beside its own methods
    from generator.parse.reserved import client_reserved

    assert {"client", "async_client", "operation", "reset", "transport"} <= client_reserved()


def test_a_field_named_like_a_model_helper_is_renamed(tmp_path: Path) -> None:
    # every model has to_dict() and to_json() (read from the runtime's SDKModel)
    from generator.ir import Model
    from tests.helpers import named

    properties = {"to_dict": {"type": "string"}, "to_json": {"type": "string"}}
    spec = minimal_spec(components={"schemas": {"Doc": {"type": "object", "properties": properties}}})
    api, _ = parse_dict(tmp_path, spec)
    model = named(api, "Doc")
    assert isinstance(model, Model)
    assert {(f.name, f.wire_name) for f in model.fields} == {
        ("to_dict_", "to_dict"),
        ("to_json_", "to_json"),
    }
