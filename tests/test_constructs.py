"""One small spec per construct (tests/constructs/*.yaml), its generated code pinned with syrupy.

A snapshot diff names the construct that changed (the test id) and the file (the snapshot
name). Only the files that carry the construct are pinned: its model and resource modules and
their stubs, and the client module for the constructs that live there. The committed SDKs in
generated/ are pinned once, by the drift check (tests/test_drift_check.py), not here.

After an intended change of the output: `scripts/test tests/test_constructs.py --snapshot-update`,
then read the diff. The other tests here assert behaviour: each construct generates without
warnings, and its SDK imports and handles wire data as the spec says.
"""

from __future__ import annotations

import functools
import importlib
import ssl
import sys
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType
from typing import Any

import httpx
import pytest
from pydantic import TypeAdapter, ValidationError
from syrupy.assertion import SnapshotAssertion

from generator.output import write_tree
from generator.pipeline import Generated, generate_files

FOLDER = Path(__file__).parent / "constructs"
CONSTRUCTS = sorted(path.stem for path in FOLDER.glob("*.yaml"))
# constructs that put code in the client module too (untagged operations, auth)
ON_THE_CLIENT = {"nested_resources", "security_schemes"}
# constructs with a webhooks module (the events the API sends)
WITH_WEBHOOKS = {"webhooks"}


def package_of(construct: str) -> str:
    return f"{construct}_sdk"


@functools.cache
def generate(construct: str) -> Generated:
    return generate_files(
        FOLDER / f"{construct}.yaml",
        package_of(construct),
        display=f"tests/constructs/{construct}.yaml",
    )


def pinned_files(construct: str) -> list[str]:
    """The files that carry the construct: models/ and resources/ (and maybe the client)."""
    prefix = package_of(construct) + "/"
    areas: tuple[str, ...] = ("models/", "resources/")
    if construct in ON_THE_CLIENT:
        areas += ("_client.py", "_client.pyi")
    if construct in WITH_WEBHOOKS:
        areas += ("webhooks.py", "webhooks.pyi")
    return sorted(
        path
        for path in generate(construct).files
        if path.startswith(prefix)
        and path.removeprefix(prefix).startswith(areas)
        and not path.endswith(("/__init__.py", "/__init__.pyi"))
    )


def test_every_construct_has_a_spec() -> None:
    assert len(CONSTRUCTS) >= 12, CONSTRUCTS
    assert ON_THE_CLIENT | WITH_WEBHOOKS <= set(CONSTRUCTS)


@pytest.mark.parametrize("construct", CONSTRUCTS)
def test_the_code_of_the_construct_is_pinned(construct: str, snapshot: SnapshotAssertion) -> None:
    files = generate(construct).files
    paths = pinned_files(construct)
    assert paths == snapshot(name="files")
    for path in paths:
        assert files[path] == snapshot(name=path)


@pytest.mark.parametrize("construct", CONSTRUCTS)
def test_the_construct_generates_without_warnings(construct: str) -> None:
    assert [str(warning) for warning in generate(construct).warnings] == []


# --------------------------------------------------------------------------
# The generated SDKs at run time
# --------------------------------------------------------------------------


@pytest.fixture
def load_sdk(tmp_path: Path) -> Iterator[Any]:
    """Write a construct's SDK to a temp dir and import it; forgotten again at teardown."""
    loaded: list[str] = []

    def load(construct: str) -> ModuleType:
        output = tmp_path / construct
        write_tree(generate(construct).files, output)
        sys.path.insert(0, str(output))
        loaded.append(str(output))
        return importlib.import_module(package_of(construct))

    yield load
    for folder in loaded:
        sys.path.remove(folder)
        name = package_of(Path(folder).name)
        for module in [m for m in sys.modules if m == name or m.startswith(name + ".")]:
            del sys.modules[module]


# an httpx client loads the CA bundle when it is built (0.15 s): the clients here share one
_TLS = ssl.create_default_context()


@pytest.mark.parametrize("construct", CONSTRUCTS)
def test_the_sdk_of_the_construct_imports_and_builds_its_clients(
    construct: str, load_sdk: Any
) -> None:
    sdk = load_sdk(construct)
    client = sdk.Client(base_url="http://127.0.0.1:9", http_client=httpx.Client(verify=_TLS))
    assert client.base_url == "http://127.0.0.1:9"
    client.close()
    async_client = sdk.AsyncClient(
        base_url="http://127.0.0.1:9", http_client=httpx.AsyncClient(verify=_TLS)
    )
    assert async_client.base_url == "http://127.0.0.1:9"
    for name in sdk.models.__all__:
        model = getattr(sdk.models, name)
        TypeAdapter(model)  # pydantic builds models lazily: a broken one fails here


def test_aliases_keep_the_wire_names(load_sdk: Any) -> None:
    models = load_sdk("model_aliases").models
    wire = {
        "userName": "ada",
        "class": "admin",
        "e-mail": "ada@example.com",
        "2fa": True,
        "@type": "person",
        "HTTPStatus": 200,
        "snake_case": "s",
    }
    profile = models.Profile.model_validate(wire)
    assert profile.model_dump(by_alias=True, exclude_unset=True) == wire


def test_a_tagged_union_picks_the_model_by_its_tag(load_sdk: Any) -> None:
    models = load_sdk("tagged_union").models
    pets = TypeAdapter(models.Pet)
    assert type(pets.validate_python({"kind": "cat", "meows": True})) is models.Cat
    assert type(pets.validate_python({"kind": "dog"})) is models.Dog
    with pytest.raises(ValidationError):
        pets.validate_python({"kind": "cow"})


def test_an_untagged_union_tries_each_model(load_sdk: Any) -> None:
    models = load_sdk("untagged_union").models
    shapes = TypeAdapter(models.Shape)
    assert type(shapes.validate_python({"radius": 1.5})) is models.Circle
    assert type(shapes.validate_python({"side": 2})) is models.Square


def test_enums_take_their_wire_values(load_sdk: Any) -> None:
    models = load_sdk("enums").models
    assert [member.value for member in models.Status] == [
        "open",
        "in-progress",
        "done",
        "2nd-pass",
        "class",
    ]
    assert [member.value for member in models.Priority] == [1, 2, 3]
    task = models.Task.model_validate({"status": "in-progress"})
    assert task.model_dump(mode="json", exclude_none=True) == {
        "status": "in-progress",
        "visibility": "private",
    }


def test_required_nullable_and_optional_fields(load_sdk: Any) -> None:
    models = load_sdk("nullable_optional").models
    record = models.Record.model_validate({"required_plain": "a", "required_nullable": None})
    assert record.model_dump(exclude_unset=True) == {
        "required_plain": "a",
        "required_nullable": None,
    }
    assert record.model_dump()["optional_default"] == 3
    with pytest.raises(ValidationError):  # required, even though it may be null
        models.Record.model_validate({"required_plain": "a"})
    explicit = models.Record.model_validate(
        {"required_plain": "a", "required_nullable": "b", "optional_nullable": None}
    )
    assert explicit.model_dump(exclude_unset=True)["optional_nullable"] is None  # sent as null


def test_webhook_events_are_read_by_their_type(load_sdk: Any) -> None:
    sdk = load_sdk("webhooks")
    hooks = sdk.Client().webhooks
    assert isinstance(hooks, sdk.webhooks.Webhooks)
    paid = hooks.parse(b'{"type": "order.paid", "order_id": "o1", "amount": 5}')
    assert isinstance(paid, sdk.models.OrderPaid) and paid.amount == 5
    refunded = hooks.parse('{"type": "order.refunded", "order_id": "o1"}')
    assert isinstance(refunded, sdk.models.OrderRefundedEvent) and refunded.reason is None
    challenge = hooks.parse('{"type": "subscription.verification", "challenge": "c"}')
    assert isinstance(challenge, sdk.models.VerificationEvent)
    later = hooks.parse('{"type": "order.shipped", "carrier": "post"}')
    assert isinstance(later, sdk.models.UnknownWebhookEvent)
    assert (later.type, later.model_extra) == ("order.shipped", {"carrier": "post"})
    assert sdk.AsyncClient().webhooks.parse(b'{"type": "order.paid", "order_id": "o", "amount": 1}')
