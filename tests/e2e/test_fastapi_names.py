"""An SDK generated from a FastAPI app's own OpenAPI document reads like hand-written code,
and its README's examples run: against the live app, sync and async.

FastAPI's default operationIds (`read_flow_api_v1_flows__flow_id__get`) and the shared
`/api/v1` prefix are what most Python services publish.
"""

from __future__ import annotations

import importlib
import json
import re
import sys
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest
from syrupy.assertion import SnapshotAssertion

from generator.output import write_tree
from generator.pipeline import generate_files
from tests.helpers import readme_examples
from tests.servers import flows_app
from tests.servers.live import serve

PACKAGE = "flows_sdk"


@pytest.fixture(scope="module")
def project(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    folder = tmp_path_factory.mktemp("fastapi")
    spec = folder / "openapi.json"
    spec.write_text(json.dumps(flows_app.create_app().openapi()), encoding="utf-8")
    out = folder / "out"
    write_tree(generate_files(spec, PACKAGE).files, out)
    sys.path.insert(0, str(out))
    try:
        yield out
    finally:
        sys.path.remove(str(out))
        for name in [n for n in sys.modules if n == PACKAGE or n.startswith(PACKAGE + ".")]:
            del sys.modules[name]


@pytest.fixture(scope="module")
def sdk(project: Path) -> ModuleType:
    return importlib.import_module(PACKAGE)


@pytest.fixture
def url() -> Iterator[str]:
    with serve(flows_app.create_app()) as base:  # a fresh store per test
        yield base


def test_the_api_reference_is_pinned(project: Path, snapshot: SnapshotAssertion) -> None:
    assert (project / "api.md").read_text(encoding="utf-8") == snapshot


def test_fastapi_names_become_verbs_actions_and_short_operation_ids(project: Path) -> None:
    reference = (project / "api.md").read_text(encoding="utf-8")
    calls = re.findall(r"^- `(client\.[\w.]+)\(", reference, re.MULTILINE)
    assert sorted(calls) == [
        "client.chat.completions.create",  # tag Chat + /chat/completions
        "client.flows.create",
        "client.flows.delete",
        "client.flows.delete_schedule",  # DELETE on a singleton
        "client.flows.list",
        "client.flows.replace_all",  # replace_all_flows_api_v1_flows__put, less the tail and "flows"
        "client.flows.retrieve",
        "client.flows.run",  # an action
        "client.flows.runs",
        "client.flows.search",
        "client.flows.update",
        "client.flows.update_schedule",  # PUT on a singleton
        "client.health.list",
    ]
    assert "_api_v1_" not in reference and "/api/v1" in reference


async def test_the_sdk_calls_the_app_by_the_new_names(sdk: ModuleType, url: str) -> None:
    with sdk.Client(base_url=url) as client:
        created = client.flows.create(body={"name": "hourly", "schedule": "@hourly"})
        assert client.flows.retrieve(created.id).name == "hourly"
        assert client.flows.update(created.id, body={"name": "daily"}).name == "daily"
        assert client.flows.run(created.id).status == "queued"
        assert client.flows.delete_schedule(created.id).schedule is None
        assert [flow.name for flow in client.flows.search(query="dai")] == ["daily"]
        client.flows.delete(created.id)
        with pytest.raises(sdk.errors.NotFoundError):
            client.flows.retrieve(created.id)
        completion = client.chat.completions.create(
            body={"model": "m", "messages": [{"role": "user", "content": "hi"}]}
        )
        assert completion.content == "HI"
        raw = client.flows.with_raw_response.list(limit=1)
        assert raw.status_code == 200 and len(raw.parse()) == 1
        # the views reach sub-resources too
        nested = client.chat.with_raw_response.completions.create(
            body={"model": "m", "messages": [{"role": "user", "content": "yo"}]}
        )
        assert nested.parse().content == "YO"
    async with sdk.AsyncClient(base_url=url) as aclient:
        flows = await aclient.flows.list()
        assert [flow.id for flow in flows] == [flows_app.FLOW_ID]
        assert (await aclient.flows.runs(flows_app.FLOW_ID))[0].status == "done"
        completion = await aclient.chat.completions.create(
            body={"model": "m", "messages": [{"role": "user", "content": "ok"}]}
        )
        assert completion.content == "OK"


async def test_the_readme_examples_run_against_the_app(
    project: Path, sdk: ModuleType, url: str
) -> None:
    readme = (project / "README.md").read_text(encoding="utf-8")
    assert "pip install .\n" in readme and "Flows API API" not in readme
    examples = readme_examples(readme)
    # one per resource with methods, built from the spec's examples where it has them
    assert "result = client.flows.list(limit=10)" in examples
    assert len(examples) == 3
    for example in examples:
        namespace: dict[str, Any] = {"client": sdk.Client(base_url=url)}
        exec(example, namespace)  # noqa: S102 - a README a user copies from must run as written
        assert namespace.get("result") is not None
    async_block = readme.split("async def main() -> None:")[1].split("asyncio.run")[0]
    call = re.search(r"await (client\.[\w.]+\(.*\))", async_block)
    assert call is not None
    async with sdk.AsyncClient(base_url=url) as client:
        assert await eval(call.group(1), {"client": client}) is not None
