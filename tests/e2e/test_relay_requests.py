"""relay: how a call's arguments and options become the request the server receives.

Requests that carry `X-Fault-Key` are recorded by the relay server (`GET /_faults/{key}`:
decoded paths, raw query strings, headers), so each test reads what really arrived.
"""

from __future__ import annotations

import httpx
import pytest

from tests.e2e.conftest import Api
from tests.e2e.relay_support import record_only, recorded


@pytest.mark.parametrize("job_id", ["..", ".", "...", ".%2E"])
async def test_a_dot_segment_path_parameter_stays_in_its_segment(
    rl: Api, plain_http: httpx.Client, relay_url: str, fault_key: str, job_id: str
) -> None:
    """`..` must not climb out of `/jobs/{job_id}` (httpx removes unencoded dot segments)."""
    job = await rl.run(rl.client.jobs.get_job(job_id, extra_headers=record_only(fault_key)))
    assert job.id == job_id
    assert recorded(plain_http, relay_url, fault_key)["paths"] == [f"/jobs/{job_id}"]


async def test_extra_query_replaces_repeats_and_removes(
    rl: Api, plain_http: httpx.Client, relay_url: str, fault_key: str
) -> None:
    """A key of `extra_query` replaces the declared parameter, a list repeats, None removes."""
    page = await rl.run(
        rl.client.items.list_items(
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
    await rl.run(client.jobs.get_job("j1"))
    await rl.run(client.with_options(default_headers={"X-TEAM": "c"}).jobs.get_job("j1"))
    await rl.run(client.jobs.get_job("j1", extra_headers={"X-Team": "d", "x-team": "e"}))
    headers = recorded(plain_http, relay_url, fault_key)["headers"]
    assert [h["x-team"] for h in headers] == ["b", "c", "e"]
