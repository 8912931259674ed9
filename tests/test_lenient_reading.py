"""Vendor slips with a sensible reading: the spec is read as it clearly means, with one
warning at the pointer the user wrote, and the rest is generated."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from generator import ir
from generator.cli import main
from generator.pipeline import parse_spec

OP = "responses: {'204': {description: ok}}"


def _model(api: ir.Api, name: str) -> ir.Model:
    return next(
        model
        for module in api.modules
        for model in module.models
        if isinstance(model, ir.Model) and model.name == name
    )


def _field_type(api: ir.Api, model: str, field: str) -> str | None:
    """The scalar a field is typed as ("int", "any", ...)."""
    return next(f.type.scalar for f in _model(api, model).fields if f.name == field)


# name -> (spec file text, pointer of the warning, words of its message, what the IR shows)
SLIPS: dict[str, tuple[str, str, str, Callable[[ir.Api], bool]]] = {
    "version-number": (
        "openapi: 3.0.3\ninfo: {title: t, version: 1}\npaths: {}\n",
        "/info/version",
        "info.version is a number (1), not a string",
        lambda api: api.version == "1",
    ),
    "version-number-swagger2": (
        "swagger: '2.0'\ninfo: {title: t, version: 2.5}\npaths: {}\n",
        "/info/version",
        "info.version is a number (2.5)",
        lambda api: api.version == "2.5",
    ),
    "no-title": (
        "openapi: 3.1.0\ninfo: {version: '1'}\npaths: {}\n",
        "/info",
        "info has no 'title'; the file's name 'no-title' is used",
        lambda api: api.title == "no-title",
    ),
    "response-without-description": (
        "openapi: 3.1.0\ninfo: {title: t, version: '1'}\n"
        "paths:\n  /a:\n    get:\n      operationId: getA\n"
        "      responses: {'200': {content: {application/json: {schema: {type: integer}}}}}\n",
        "/paths/~1a/get/responses/200",
        "response has no 'description' (OpenAPI requires one); read as empty",
        lambda api: api.resources[0].operations[0].result is not None,
    ),
    "server-without-url": (
        "openapi: 3.1.0\ninfo: {title: t, version: '1'}\n"
        "servers: [{description: nowhere}, {url: 'http://127.0.0.1:1'}]\npaths: {}\n",
        "/servers/0",
        "server has no 'url'; skipped",
        lambda api: [server.url for server in api.servers] == ["http://127.0.0.1:1"],
    ),
    "servers-not-a-list": (
        "openapi: 3.1.0\ninfo: {title: t, version: '1'}\nservers: {url: x}\npaths: {}\n",
        "/servers",
        "servers is not a list of server objects; skipped",
        lambda api: [server.url for server in api.servers] == ["/"],  # as without servers
    ),
    "schema-examples-map": (
        "openapi: 3.1.0\ninfo: {title: t, version: '1'}\npaths: {}\ncomponents:\n"
        "  schemas:\n    Org:\n      type: object\n      properties: {id: {type: integer}}\n"
        "      examples: {basic: {value: {id: 1}}, other: {value: {id: 2}}}\n",
        "/components/schemas/Org/examples",
        "a schema's 'examples' is a list, not a map of Example objects",
        lambda api: _field_type(api, "Org", "id") == "int",
    ),
    "swagger2-parameter-ref-to-definition": (
        "swagger: '2.0'\ninfo: {title: t, version: '1'}\n"
        "paths:\n  /a:\n    post:\n      operationId: postA\n      parameters:\n"
        "        - {name: body, in: body, required: true, $ref: '#/definitions/Pet'}\n"
        "      responses: {'204': {description: ok}}\n"
        "definitions:\n  Pet: {type: object, properties: {name: {type: string}}}\n",
        "/paths/~1a/post/parameters/0/$ref",
        "parameter 'body' has a $ref to a definition ('#/definitions/Pet') beside 'name' and "
        "'in'; read as its schema",
        lambda api: api.resources[0].operations[0].body is not None,
    ),
    "schema-ref-to-parameter": (
        "openapi: 3.1.0\ninfo: {title: t, version: '1'}\npaths: {}\ncomponents:\n"
        "  parameters:\n    Limit: {name: limit, in: query, schema: {type: integer}}\n"
        "  schemas:\n    Page:\n      type: object\n"
        "      properties: {limit: {$ref: '#/components/parameters/Limit'}}\n",
        "/components/schemas/Page/properties/limit/$ref",
        "points to a parameter, not a schema; read as that parameter's schema",
        lambda api: _field_type(api, "Page", "limit") == "int",
    ),
    "ref-to-missing-sibling-file": (
        "openapi: 3.1.0\ninfo: {title: t, version: '1'}\npaths: {}\ncomponents:\n"
        "  schemas:\n    Page:\n      type: object\n"
        "      properties: {owner: {$ref: 'common.yaml#/User'}}\n",
        "/components/schemas/Page/properties/owner/$ref",
        "$ref 'common.yaml#/User': file common.yaml not found; typed as Any",
        lambda api: _field_type(api, "Page", "owner") == "any",
    ),
}


@pytest.mark.parametrize("name", list(SLIPS))
def test_a_slip_with_a_sensible_reading_is_one_warning(tmp_path: Path, name: str) -> None:
    text, pointer, words, reads = SLIPS[name]
    spec = tmp_path / f"{name}.yaml"
    spec.write_text(text, encoding="utf-8")
    parsed = parse_spec(spec)
    api, warnings = parsed.api, parsed.warnings
    found = [w for w in warnings if w.pointer == pointer]
    assert len(found) == 1, [str(w) for w in warnings]
    assert words in found[0].message
    assert reads(api)


def test_a_slip_is_generated_with_its_warning_and_the_summary(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    spec = tmp_path / "api.yaml"
    spec.write_text(SLIPS["server-without-url"][0], encoding="utf-8")
    assert main(["generate", str(spec), "-o", str(tmp_path / "out"), "-q"]) == 0
    err = capsys.readouterr().err
    assert "warning: #/servers/0: server has no 'url'; skipped" in err
    assert "not generated: 1 server (#/servers/0)" in err
    assert (tmp_path / "out" / "out" / "_client.py").is_file()
