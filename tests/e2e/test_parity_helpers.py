"""Conveniences users of the hand-tuned SDKs expect: `omit` for one call's header, models as
dicts and JSON, and a raw response read as another type (live, sync and async)."""

from __future__ import annotations

import json

import petstore
import showcase

from tests.e2e.conftest import Api


async def test_omit_leaves_a_default_header_out_of_one_call(probe: Api) -> None:
    client = probe.new(default_headers={"X-Team": "blue", "X-Keep": "yes"})
    seen = await probe.run(
        client.diagnostics.echo.retrieve(
            1, x_trace_id="t", extra_headers={"X-Team": showcase.omit}
        )
    )
    again = await probe.run(client.diagnostics.echo.retrieve(1, x_trace_id="t"))

    assert "x-team" not in seen.headers and seen.headers["x-keep"] == "yes"
    assert again.headers["x-team"] == "blue"  # one call only


async def test_models_as_dicts_and_json_keep_the_api_names(ps: Api) -> None:
    pet = await ps.run(ps.client.pets.retrieve("1"))

    assert pet.to_dict() == {"id": 1, "name": "Fido", "tag": "dog"}
    assert json.loads(pet.to_json()) == pet.to_dict()
    assert pet.to_json(indent=None) == '{"id":1,"name":"Fido","tag":"dog"}'
    new = ps.models.NewPet(name="Rex")
    assert new.to_dict() == {"name": "Rex"}  # only what was set
    assert new.to_dict(exclude_unset=False) == {"name": "Rex", "tag": None}


async def test_a_raw_response_parses_to_another_type(ps: Api) -> None:
    raw = await ps.run(ps.client.pets.with_raw_response.retrieve("2"))

    assert raw.parse().name == "Tom"
    assert raw.parse(to=dict) == {"id": 2, "name": "Tom", "tag": "cat"}
    assert isinstance(raw.parse(to=ps.models.NewPet), ps.models.NewPet)
    assert json.loads(raw.parse(to=str))["id"] == 2
    assert raw.parse(to=bytes) == raw.content
    try:
        raw.parse(to=list[int])
    except petstore.errors.APIResponseValidationError as error:
        assert "not a" in str(error)
    else:
        raise AssertionError("a body that is not the type asked for must raise")
