"""Servers of a path or an operation, as parse decides them: the operation's own servers
(variables at their defaults) and the API server each stands in for; the slips of real
specs as warnings; api.md lists them."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from generator.pipeline import generate_files
from tests.helpers import minimal_spec, operation, parse_dict, parse_file

CONSTRUCT = Path(__file__).parents[1] / "constructs" / "operation_servers.yaml"
CORPUS = Path("/work/shared/corpus/specs")
LISTING = {
    "200": {"description": "ok", "content": {"application/json": {"schema": {"type": "string"}}}}
}


def _spec(
    servers: list[dict[str, Any]], operation_servers: list[dict[str, Any]], path: str = "/x"
) -> dict[str, Any]:
    parameters = [
        {
            "name": "v",
            "in": "path",
            "required": True,
            "schema": {"type": "string", "enum": ["v4", "v4beta"]},
        }
    ]
    get = {
        "operationId": "getX",
        "servers": operation_servers,
        "responses": LISTING,
        **({"parameters": parameters} if "{v}" in path else {}),
    }
    return minimal_spec(servers=servers, paths={path: {"get": get}})


def test_an_operation_server_stands_in_for_the_api_server_in_its_place() -> None:
    api, warnings = parse_file(CONSTRUCT)
    assert warnings == []
    upload = operation(api, "upload_file")
    assert [s.url for s in upload.servers] == [
        "https://upload.example.com/v1",  # {host} at its default
        "https://upload.sandbox.example.com/v1",
    ]
    assert upload.hosts == (
        ("https://api.example.com/v1", "https://upload.example.com/v1"),
        ("https://sandbox.example.com/v1", "https://upload.sandbox.example.com/v1"),
    )
    # a path's servers are its operations'; one server stands in for every API server
    reports = operation(api, "list_reports")
    assert reports.hosts == (
        ("https://api.example.com/v1", "https://reports.example.com/v1"),
        ("https://sandbox.example.com/v1", "https://reports.example.com/v1"),
    )
    assert operation(api, "list_files").hosts == ()


def test_servers_the_same_as_the_apis_are_nothing_of_its_own(tmp_path: Path) -> None:
    api, warnings = parse_dict(
        tmp_path, _spec([{"url": "https://api.example.com/"}], [{"url": "https://api.example.com"}])
    )
    assert warnings == []
    assert (operation(api, "get_x").servers, operation(api, "get_x").hosts) == ((), ())


def test_a_relative_operation_server_is_on_the_api_server(tmp_path: Path) -> None:
    api, _ = parse_dict(tmp_path, _spec([{"url": "https://api.example.com/v1"}], [{"url": "/v2"}]))
    assert operation(api, "get_x").hosts == (
        ("https://api.example.com/v1", "https://api.example.com/v2"),
    )


@pytest.mark.parametrize(
    ("servers", "operation_servers", "says"),
    [
        ([], [{"url": "https://upload.example.com"}], "the API names no absolute server"),
        (
            [{"url": "https://api.example.com"}],
            [{"url": "https://{agent}", "variables": {"agent": {"default": "{your-agent}"}}}],
            "is no http(s) URL with a host",
        ),
        (
            [{"url": "https://api.example.com"}],
            [{"url": "https://"}],
            "is no http(s) URL with a host",
        ),
    ],
)
def test_a_server_a_call_cannot_go_to_is_a_warning(
    tmp_path: Path,
    servers: list[dict[str, Any]],
    operation_servers: list[dict[str, Any]],
    says: str,
) -> None:
    api, warnings = parse_dict(tmp_path, _spec(servers, operation_servers))
    assert [w.pointer for w in warnings] == ["/paths/~1x/get/servers"]
    assert says in warnings[0].message
    assert operation(api, "get_x").hosts == ()


def test_a_server_that_repeats_the_leading_path_parameter_is_read_without_it(
    tmp_path: Path,
) -> None:
    """Linode's shape: `https://api.linode.com/v4` beside `/{apiVersion}/account`."""
    spec = _spec(
        [{"url": "https://api.example.com"}],
        [{"url": "https://api.example.com/v4"}, {"url": "https://api.example.com/v4beta"}],
        path="/{v}/things",
    )
    api, warnings = parse_dict(tmp_path, spec)
    assert len(warnings) == 2 and "puts in the path again" in warnings[0].message
    another = {**spec["paths"]["/{v}/things"]["get"], "operationId": "getY"}
    spec["paths"]["/{v}/more"] = {"get": another}
    _, warned = parse_dict(tmp_path, spec)
    assert len(warned) == 2  # once per server, not once per operation
    assert operation(api, "get_x").hosts == ()


def test_api_md_lists_the_servers_of_an_operation() -> None:
    files = generate_files(CONSTRUCT, "hosts_sdk").files
    reference = files["api.md"]
    upload = reference.split("client.files.create", 1)[1].split("\n- ", 1)[0]
    assert "  - SERVERS: https://upload.example.com/v1: uploads" in upload
    assert "  - SERVERS: https://upload.sandbox.example.com/v1" in upload
    listing = reference.split("client.files.list", 1)[1].split("\n- ", 1)[0]
    assert "SERVERS" not in listing
    assert "any other `base_url`" in reference


@pytest.mark.skipif(not (CORPUS / "apisguru__box.com_2.0.yaml").exists(), reason="no corpus")
def test_box_uploads_go_to_the_upload_host() -> None:
    api, _ = parse_file(CORPUS / "apisguru__box.com_2.0.yaml")
    uploads = [
        op
        for resource in api.all_resources()
        for op in resource.operations
        if op.http_method == "POST" and op.path == "/files/content"
    ]
    assert [op.hosts for op in uploads] == [
        (("https://api.box.com/2.0", "https://upload.box.com/api/2.0"),)
    ]
