"""Spec names that match every per-call option and every runtime method still work.

A parameter (in the path, the query, a header) or a body key named `max_response_size`,
`timeout`, `with_raw_response`, `get`, `body_from`... sits beside the keyword arguments
every method takes and the names the generated modules use. The names come from the
runtime's own source (the fields of `RequestOptions`, the attributes of the client and
resource classes) and the generated modules' import tables, so a name the runtime gains
is tested too. The SDK generates, every module compiles, the package and its code pass
`mypy --strict`, and every parameter reaches the server under its wire name, sync and
async, while the per-call options keep working.
"""

from __future__ import annotations

import json
import shutil
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse
from starlette.routing import Route

from generator import ir
from generator.generated_imports import OPERATION_IMPORTS
from generator.parse.names import snake_case
from generator.parse.reserved import BODY_KEYWORDS, METHOD_BODY_CALLS, VIEW_ATTRIBUTES
from generator.runtime_source import call_options, runtime_attributes
from tests.helpers import imported_sdk, minimal_spec, parse_dict
from tests.servers.live import serve
from tests.test_typecheck import mypy

pytestmark = pytest.mark.e2e

RUNTIME_CLASSES = ("SyncAPIClient", "AsyncAPIClient", "SyncResource", "AsyncResource")


def hostile_names() -> list[str]:
    """Every name a spec parameter could clash with, as the runtime and the generator
    define them today."""
    names = {"self", *BODY_KEYWORDS, *METHOD_BODY_CALLS, *VIEW_ATTRIBUTES}
    names |= {option.name for option in call_options()}
    for cls in RUNTIME_CLASSES:
        names |= runtime_attributes(cls)
    # the lowercase names the client and resource modules import (`httpx`, `dt`, ...)
    names |= {name for name in OPERATION_IMPORTS if name.islower() and name.isidentifier()}
    return sorted(names)


NAMES = hostile_names()


def _string() -> dict[str, str]:
    return {"type": "string"}


def _echo_response() -> dict[str, Any]:
    echo = {"type": "object", "additionalProperties": True}
    return {"200": {"description": "ok", "content": {"application/json": {"schema": echo}}}}


def _parameters(location: str) -> list[dict[str, Any]]:
    return [{"name": name, "in": location, "required": True, "schema": _string()} for name in NAMES]


def hostile_spec() -> dict[str, Any]:
    """One operation a location, each taking every hostile name; the query one also as a
    method of the client itself (untagged)."""
    segments = "/".join("{" + name + "}" for name in NAMES)

    def operation(op_id: str, location: str, owner: str = "echo") -> dict[str, Any]:
        spec: dict[str, Any] = {"operationId": op_id, "responses": _echo_response()}
        spec["x-sdkforge-name"] = f"{owner}.{snake_case(op_id)}" if owner else snake_case(op_id)
        spec["parameters"] = _parameters(location)
        return spec

    body_op: dict[str, Any] = {
        "operationId": "sendBody",
        "x-sdkforge-name": "echo.send_body",
        "requestBody": {
            "required": True,
            "content": {
                "application/json": {"schema": {"$ref": "#/components/schemas/HostileBody"}}
            },
        },
        "responses": _echo_response(),
    }
    body_schema = {
        "type": "object",
        "required": NAMES,
        "properties": {name: _string() for name in NAMES},
    }
    return minimal_spec(
        paths={
            f"/in-path/{segments}": {"get": operation("inPath", "path")},
            "/in-query": {"get": operation("inQuery", "query")},
            "/in-header": {"get": operation("inHeader", "header")},
            "/in-body": {"post": body_op},
            "/client-query": {"get": operation("clientQuery", "query", owner="")},
        },
        components={"schemas": {"HostileBody": body_schema}},
    )


def _echo_app() -> Starlette:
    async def echo(request: Request) -> JSONResponse:
        body = await request.body()
        return JSONResponse(
            {
                "path": request.url.path,
                "query": dict(request.query_params),
                "headers": dict(request.headers),
                "body": json.loads(body) if body else None,
            }
        )

    return Starlette(routes=[Route("/{rest:path}", echo, methods=["GET", "POST"])])


@pytest.fixture(scope="module")
def echo_url() -> Iterator[str]:
    with serve(_echo_app()) as base:
        yield base


@pytest.fixture(scope="module")
def hostile(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[ModuleType, ir.Api]]:
    folder = tmp_path_factory.mktemp("hostile")
    api, _ = parse_dict(folder, hostile_spec())
    with imported_sdk(folder, hostile_spec(), "hostile_names") as (package, _warnings):
        yield package, api


def _operation(api: ir.Api, method_name: str) -> ir.Operation:
    operations = [*api.client_operations, *(op for r in api.resources for op in r.operations)]
    return next(op for op in operations if op.method_name == method_name)


def _values(op: ir.Operation) -> tuple[list[str], dict[str, str], dict[str, str]]:
    """(positional values, keyword values, wire name -> value) of a call with every argument:
    each value names its wire name, so a value sent under another name shows."""
    wire = {a.wire_name: f"v-{a.wire_name}" for a in op.arguments if a.wire_name}
    positional = [wire[a.wire_name] for a in op.arguments if a.positional and a.wire_name]
    keywords = {a.name: wire[a.wire_name] for a in op.arguments if not a.positional and a.wire_name}
    return positional, keywords, wire


async def _call(
    package: ModuleType, mode: str, base: str, target: str, name: str, *args: Any, **kwargs: Any
) -> Any:
    client_class = package.AsyncClient if mode == "async" else package.Client
    client = client_class(base_url=base)
    try:
        owner = client if target == "client" else getattr(client, target)
        result = getattr(owner, name)(*args, **kwargs)
        return await result if mode == "async" else result
    finally:
        if mode == "async":
            await client.close()
        else:
            client.close()


# (owner, method, where the echo shows the values)
CALLS = [
    ("echo", "in_path", "path"),
    ("echo", "in_query", "query"),
    ("echo", "in_header", "headers"),
    ("echo", "send_body", "body"),
    ("client", "client_query", "query"),
]


@pytest.mark.parametrize("mode", ["sync", "async"])
@pytest.mark.parametrize(("target", "method", "where"), CALLS)
async def test_every_hostile_name_reaches_the_server(
    hostile: tuple[ModuleType, ir.Api],
    echo_url: str,
    mode: str,
    target: str,
    method: str,
    where: str,
) -> None:
    package, api = hostile
    op = _operation(api, method)
    positional, keywords, wire = _values(op)
    assert set(wire) == set(NAMES)
    # the per-call options still mean what they mean, beside the spec's arguments
    received = await _call(
        package,
        mode,
        echo_url,
        target,
        method,
        *positional,
        **keywords,
        extra_headers={"x-extra": "yes"},
        timeout=5.0,
        max_response_size=1_000_000,
        correlation_id="call-1",
    )
    assert received["headers"]["x-extra"] == "yes"
    if where == "path":
        assert received["path"] == "/in-path/" + "/".join(wire[name] for name in NAMES)
    elif where == "headers":
        assert {name: received["headers"][name.lower()] for name in NAMES} == wire
    else:
        assert received[where] == wire


@pytest.mark.slow
def test_the_hostile_sdk_compiles_and_passes_mypy_strict(tmp_path: Path) -> None:
    from generator.output import write_tree
    from generator.pipeline import generate_files
    from tests.helpers import write_spec

    result = generate_files(write_spec(tmp_path, hostile_spec()), "hostile_names")
    out = tmp_path / "out"
    write_tree(result.files, out)
    for path in sorted(out.rglob("*.py")):
        compile(path.read_text(encoding="utf-8"), str(path), "exec")
    usage = tmp_path / "usage.py"
    api, _ = parse_dict(tmp_path, hostile_spec())
    usage.write_text(_usage(api), encoding="utf-8")
    # the package through its stubs, with user code calling every method
    for target in (["-p", "hostile_names"], [str(usage)]):
        checked = mypy(*target, mypypath=str(out))
        assert checked.returncode == 0, checked.stdout + checked.stderr
    # the code behind the stubs (named as files, mypy reads each .py, not its .pyi)
    code = sorted(str(path) for path in (out / "hostile_names").rglob("*.py"))
    checked = mypy(*code, mypypath=str(out))
    assert checked.returncode == 0, checked.stdout + checked.stderr
    shutil.rmtree(out)


def _usage(api: ir.Api) -> str:
    """User code calling each method with every argument by the name the SDK gave it."""
    lines = ["from hostile_names import Client", "", "client = Client()"]
    for owner, method, _ in CALLS:
        target = "client" if owner == "client" else f"client.{owner}"
        positional, keywords, _ = _values(_operation(api, method))
        arguments = [repr(v) for v in positional] + [f"{k}={v!r}" for k, v in keywords.items()]
        arguments.append("max_response_size=10")
        lines.append(f"{target}.{method}({', '.join(arguments)}, timeout=1.0)")
        lines.append(f"{target}.with_raw_response.{method}({', '.join(arguments)}).parse()")
    return "\n".join(lines) + "\n"
