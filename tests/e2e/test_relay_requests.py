"""relay: how a call's arguments and options become the request the server receives.

Requests that carry `X-Fault-Key` are recorded by the relay server (`GET /_faults/{key}`:
decoded paths, raw query strings, headers), so each test reads what really arrived.
"""

from __future__ import annotations

import importlib
import sys
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType

import httpx
import pytest

from generator.output import write_tree
from generator.pipeline import generate_files
from tests.e2e.conftest import Api
from tests.e2e.relay_support import record_only, recorded
from tests.helpers import minimal_spec, write_spec


@pytest.mark.parametrize("job_id", ["..", ".", "...", ".%2E"])
async def test_a_dot_segment_path_parameter_stays_in_its_segment(
    rl: Api, plain_http: httpx.Client, relay_url: str, fault_key: str, job_id: str
) -> None:
    """`..` must not climb out of `/jobs/{job_id}` (httpx removes unencoded dot segments)."""
    job = await rl.run(rl.client.jobs.retrieve(job_id, extra_headers=record_only(fault_key)))
    assert job.id == job_id
    assert recorded(plain_http, relay_url, fault_key)["paths"] == [f"/jobs/{job_id}"]


async def test_extra_query_replaces_repeats_and_removes(
    rl: Api, plain_http: httpx.Client, relay_url: str, fault_key: str
) -> None:
    """A key of `extra_query` replaces the declared parameter, a list repeats, None removes."""
    page = await rl.run(
        rl.client.items.list(
            after="item-03",
            limit=1,
            extra_query={"limit": 2, "tag": ["x", "y"], "after": None, "flag": True},
            extra_headers=record_only(fault_key),
        )
    )
    assert recorded(plain_http, relay_url, fault_key)["queries"] == [
        "limit=2&tag=x&tag=y&flag=true"
    ]
    assert [item.id for item in page.data] == ["item-01", "item-02"]


async def test_a_header_given_again_in_another_case_replaces_the_first(
    rl: Api, plain_http: httpx.Client, relay_url: str, fault_key: str
) -> None:
    """Header names are case-insensitive: a later `x-team` wins over an earlier `X-Team`,
    within one mapping and across client defaults, `with_options` and `extra_headers`."""
    client = rl.new(default_headers={**record_only(fault_key), "X-Team": "a", "x-team": "b"})
    await rl.run(client.jobs.retrieve("j1"))
    await rl.run(client.with_options(default_headers={"X-TEAM": "c"}).jobs.retrieve("j1"))
    await rl.run(client.jobs.retrieve("j1", extra_headers={"X-Team": "d", "x-team": "e"}))
    headers = recorded(plain_http, relay_url, fault_key)["headers"]
    assert [h["x-team"] for h in headers] == ["b", "c", "e"]


@pytest.fixture
def query_sdk(tmp_path: Path) -> Iterator[ModuleType]:
    """An SDK whose spec writes a query into a path: `/jobs/{job_id}?beta=true`."""
    spec = minimal_spec(
        paths={
            "/jobs/{job_id}?beta=true": {
                "get": {
                    "operationId": "getJob",
                    "parameters": [
                        {
                            "name": "job_id",
                            "in": "path",
                            "required": True,
                            "schema": {"type": "string"},
                        },
                        {"name": "limit", "in": "query", "schema": {"type": "integer"}},
                    ],
                    "responses": {
                        "200": {
                            "description": "ok",
                            "content": {"application/json": {"schema": {"type": "object"}}},
                        }
                    },
                }
            }
        }
    )
    write_tree(generate_files(write_spec(tmp_path, spec), "query_sdk").files, tmp_path / "out")
    sys.path.insert(0, str(tmp_path / "out"))
    try:
        yield importlib.import_module("query_sdk")
    finally:
        sys.path.remove(str(tmp_path / "out"))
        for name in [n for n in sys.modules if n.split(".")[0] == "query_sdk"]:
            del sys.modules[name]


async def test_queries_in_the_base_url_and_in_the_spec_path_are_kept_and_merged(
    mode: str, query_sdk: ModuleType, plain_http: httpx.Client, relay_url: str, fault_key: str
) -> None:
    """httpx replaces a URL's query with `params=`: the SDK merges them (base, path, call)."""
    client_class = query_sdk.AsyncClient if mode == "async" else query_sdk.Client
    client = client_class(
        base_url=relay_url + "?api-version=2&tenant=a%20b", default_headers=record_only(fault_key)
    )
    try:
        call = client.jobs.retrieve("j1", limit=3, extra_query={"tenant": "c"})
        job = await call if mode == "async" else call
    finally:
        closed = client.close()
        if mode == "async":
            await closed
    assert job["id"] == "j1"
    record = recorded(plain_http, relay_url, fault_key)
    assert record["paths"] == ["/jobs/j1"]
    assert record["queries"] == ["api-version=2&beta=true&limit=3&tenant=c"]
