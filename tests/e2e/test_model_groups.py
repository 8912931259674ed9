"""A large group of mutually referring models, read from a live server.

Twelve objects in a ring, each naming the next as `string | Obj` (an expandable field, as
the large payment API's objects have) and a list of the one after: more than
LAZY_GROUP_SIZE, so each has a module of its own and names the others lazily. Read
through the SDK, sync and async, nested members are their own model classes; a member
that drifts from the spec is read leniently (or raises with strict validation); a call
imports the modules of the members its response holds, not the group.
"""

from __future__ import annotations

import asyncio
import json
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse
from starlette.routing import Route

from generator.parse.modules import LAZY_GROUP_SIZE
from tests.helpers import imported_sdk, minimal_spec
from tests.servers.live import serve

pytestmark = pytest.mark.e2e

SIZE = LAZY_GROUP_SIZE + 4
PACKAGE = "ring_sdk"


def _ref(name: str) -> dict[str, str]:
    return {"$ref": f"#/components/schemas/{name}"}


def _member(i: int) -> dict[str, Any]:
    return {
        "type": "object",
        "required": ["id"],
        "properties": {
            "id": {"type": "string"},
            "display-name": {"type": "string"},
            "status": {"type": "string", "enum": ["active", "closed"]},
            "next": {"anyOf": [{"type": "string"}, _ref(f"Obj{(i + 1) % SIZE}")]},
            "later": {"type": "array", "items": _ref(f"Obj{(i + 2) % SIZE}")},
        },
    }


SPEC = minimal_spec(
    paths={
        "/objs/{id}": {
            "get": {
                "operationId": "getObj",
                "parameters": [
                    {"name": "id", "in": "path", "required": True, "schema": {"type": "string"}}
                ],
                "responses": {
                    "200": {
                        "description": "ok",
                        "content": {"application/json": {"schema": _ref("Obj0")}},
                    }
                },
            }
        }
    },
    components={"schemas": {f"Obj{i}": _member(i) for i in range(SIZE)}},
)

BODIES: dict[str, Any] = {
    # Obj0 -> next Obj1 -> next "o2" (not expanded); Obj0 -> later [Obj2 -> later [Obj4]]
    "full": {
        "id": "o0",
        "display-name": "zero",
        "status": "active",
        "next": {"id": "o1", "next": "o2"},
        "later": [{"id": "o2", "status": "closed", "later": [{"id": "o4"}]}],
    },
    "shallow": {"id": "o0", "next": "o1"},
    # Obj1's id is a number: the spec says string
    "drift": {"id": "o0", "next": {"id": 1, "display-name": "one"}},
}


def _app() -> Starlette:
    async def read(request: Request) -> JSONResponse:
        return JSONResponse(BODIES[request.path_params["id"]])

    return Starlette(routes=[Route("/objs/{id}", read)])


@pytest.fixture(scope="module")
def url() -> Iterator[str]:
    with serve(_app()) as base_url:
        yield base_url


@pytest.fixture(scope="module")
def ring(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[ModuleType, Path]]:
    folder = tmp_path_factory.mktemp("ring")
    with imported_sdk(folder, SPEC, PACKAGE) as (sdk, warnings):
        assert warnings == []
        yield sdk, folder / "out"


def _read(sdk: ModuleType, url: str, which: str, mode: str, **options: Any) -> Any:
    if mode == "sync":
        with sdk.Client(base_url=url, max_retries=0, **options) as client:
            return client.objs.retrieve(which)

    async def read() -> Any:
        async with sdk.AsyncClient(base_url=url, max_retries=0, **options) as client:
            return await client.objs.retrieve(which)

    return asyncio.run(read())


def test_each_member_has_a_module_of_its_own(ring: tuple[ModuleType, Path]) -> None:
    models = ring[1] / PACKAGE / "models"
    members = sorted(p.stem for p in models.glob("obj*.py") if p.stem[3:].isdigit())
    assert members == sorted(f"obj{i}" for i in range(SIZE))


@pytest.mark.parametrize("mode", ["sync", "async"])
def test_nested_members_are_their_own_models(
    ring: tuple[ModuleType, Path], url: str, mode: str
) -> None:
    sdk = ring[0]
    obj = _read(sdk, url, "full", mode)
    assert type(obj) is sdk.models.Obj0
    assert (obj.display_name, obj.status) == ("zero", sdk.models.Obj0Status.ACTIVE)
    assert type(obj.next) is sdk.models.Obj1
    assert obj.next.next == "o2"  # the string arm stays a string
    assert type(obj.later[0]) is sdk.models.Obj2
    assert obj.later[0].status == "closed"
    assert type(obj.later[0].later[0]) is sdk.models.Obj4
    # written back as it came, wire names included
    assert obj.model_dump(mode="json", by_alias=True, exclude_unset=True) == BODIES["full"]
    assert json.loads(obj.model_dump_json(by_alias=True, exclude_unset=True)) == BODIES["full"]


def test_members_are_built_from_instances_and_dicts(ring: tuple[ModuleType, Path]) -> None:
    models = ring[0].models
    one = models.Obj1(id="o1")
    obj = models.Obj0(id="o0", next=one, later=[{"id": "o2"}])
    assert obj.next is one
    assert type(obj.later[0]) is models.Obj2
    with pytest.raises(ValueError, match="Obj1") as caught:
        models.Obj0(id="o0", next={"id": 5})
    # the error points into the member: next -> (its model arm) -> id
    assert any(e["loc"][0] == "next" and e["loc"][-1] == "id" for e in caught.value.errors())


@pytest.mark.parametrize("mode", ["sync", "async"])
def test_a_drifting_member_is_read_leniently(
    ring: tuple[ModuleType, Path], url: str, mode: str, caplog: pytest.LogCaptureFixture
) -> None:
    sdk = ring[0]
    obj = _read(sdk, url, "drift", mode)
    assert type(obj.next) is sdk.models.Obj1  # the member's model, not a plain dict
    assert (obj.next.id, obj.next.display_name) == (1, "one")
    # the drift is named as for an eager reference: the member's model, not its validator
    assert "does not match the API description at next.Obj1.id" in caplog.text
    with pytest.raises(sdk.errors.APIResponseValidationError):
        _read(sdk, url, "drift", mode, strict_response_validation=True)


PROBE = """
import sys
import {package}

def loaded():  # the members' modules (their enums have modules of their own)
    names = [m.rsplit(".", 1)[1] for m in sys.modules if m.startswith("{package}.models.")]
    return sorted(name for name in names if name[3:].isdigit())

with {package}.Client(base_url=sys.argv[1], max_retries=0) as client:
    client.objs.retrieve("shallow")
    print(*loaded())
    client.objs.retrieve("full")
    print(*loaded())
"""


def test_a_call_imports_only_the_members_its_response_holds(
    ring: tuple[ModuleType, Path], url: str
) -> None:
    result = subprocess.run(
        [sys.executable, "-c", PROBE.format(package=PACKAGE), url],
        cwd=ring[1],
        env={"PATH": "/usr/bin:/bin"},
        capture_output=True,
        text=True,
        check=False,
        timeout=60,
    )
    assert result.returncode == 0, result.stderr[-2000:]
    shallow, full = result.stdout.splitlines()
    assert shallow == "obj0"  # "next" was a string: no other member was needed
    assert full == "obj0 obj1 obj2 obj4"
