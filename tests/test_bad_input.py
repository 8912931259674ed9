"""Bad specs: one line naming the file, the pointer (or line and column) and the problem;
exit 1; no traceback; the output folder exactly as it was. Odd but clear specs: generated,
with warnings naming the pointer and a summary line of everything that was not generated."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from generator.cli import main
from tests.helpers import ROOT, Cli

HEAD = "openapi: 3.1.0\ninfo: {title: t, version: '1'}\n"
MINIMAL = {"openapi": "3.1.0", "info": {"title": "t", "version": "1"}, "paths": {}}
OP = "responses: {'204': {description: ok}}"

# file name -> (content, what the one error line must contain after "error: <file>#")
BAD: dict[str, tuple[str | bytes, str]] = {
    # reading
    "yaml-syntax.yaml": (HEAD + "paths: {a: [1, 2}\n", "#/: invalid YAML at line 3, column"),
    "yaml-tab.yaml": ("openapi: 3.1.0\n\tinfo: x\n", "#/: invalid YAML at line 2, column 1"),
    "json-syntax.json": ('{"openapi": "3.1.0", "info": {', "#/: invalid JSON at line 1, column"),
    "empty.yaml": ("", "#/: the file is empty; expected an OpenAPI document"),
    "blank.json": ("  \n\n", "#/: the file is empty"),
    "binary.yaml": (bytes(range(256)) * 4, "#/: not a UTF-8 text file"),
    "nul.yaml": ("openapi: 3.1.0\x00\n", "#/: not a text file (contains NUL bytes)"),
    "comment-only.yaml": (
        "# nothing here\n",
        "#/: expected a mapping (an OpenAPI document), got null",
    ),
    "list.yaml": ("- openapi\n- 3.1.0\n", "#/: expected a mapping (an OpenAPI document), got list"),
    "scalar.json": ('"openapi"', "#/: expected a mapping (an OpenAPI document), got str"),
    "alias-cycle.yaml": (
        HEAD + "paths: &p\n  /a: *p\n",
        "#/paths/~1a: a YAML alias refers to a node that contains it (a cycle)",
    ),
    "alias-bomb.yaml": (
        HEAD
        + "x-a: &a [1, 1, 1, 1, 1, 1, 1, 1, 1, 1]\n"
        + "".join(
            f"x-{n}: &{n} [{', '.join(['*' + p] * 10)}]\n"
            for p, n in zip("abcdef", "bcdefg", strict=True)
        )
        + "paths: {}\n",
        # refused where the expansion crosses the limit, before anything is built
        "#/x-f/9: YAML aliases expand",
    ),
    # a string aliased many times counts at its expanded size
    "alias-string-bomb.yaml": (
        HEAD
        + "x-s: &s "
        + "x" * 20_000
        + "\nx-l: ["
        + ", ".join(["*s"] * 1_000)
        + "]\npaths: {}\n",
        "#/x-l/99: YAML aliases expand",
    ),
    # Python refuses to convert integers of more than 4,300 digits
    "integer-5000-digits.yaml": (
        HEAD
        + "paths: {}\ncomponents: {schemas: {A: {type: integer, maximum: "
        + "9" * 5000
        + "}}}\n",
        "#/: invalid YAML at line 4, column 52: an integer of 5000 digits (more than 4300)",
    ),
    "integer-5000-digits.json": (
        '{"openapi": "3.1.0", "info": {"title": "t", "version": "1"},\n "paths": {}, "x-n": '
        + "-"
        + "9" * 5000
        + "}",
        "#/: invalid JSON at line 2, column 23: an integer of 5000 digits (more than 4300)",
    ),
    "too-deep-yaml.yaml": (
        HEAD + "x-deep: " + "[" * 450 + "]" * 450 + "\npaths: {}\n",
        "#/x-deep/0/0/0/0/0/0/0: the document nests too deeply below this point (more than 400",
    ),
    "too-deep.json": (
        '{"openapi": "3.1.0", "info": {"title": "t", "version": "1"}, "paths": {}, "x-deep": '
        + "[" * 5000
        + "]" * 5000
        + "}",
        "#/: the document nests too deeply (more than 400 levels)",
    ),
    # version
    "no-version.yaml": (
        "info: {title: t, version: '1'}\npaths: {}\n",
        "#/openapi: missing 'openapi'",
    ),
    "version-2.5.yaml": (
        "openapi: 2.5.0\ninfo: {title: t, version: '1'}\npaths: {}\n",
        "#/openapi: unsupported OpenAPI version '2.5.0'; expected 3.0.x or 3.1.x",
    ),
    "version-number.yaml": (
        "openapi: 3.1\ninfo: {title: t, version: '1'}\npaths: {}\n",
        "#/openapi: unsupported OpenAPI version 3.1",
    ),
    "swagger-1.2.yaml": (
        "swagger: '1.2'\ninfo: {title: t, version: '1'}\n",
        "#/swagger: unsupported",
    ),
    # structure
    "paths-list.yaml": (HEAD + "paths: [1, 2]\n", "#/paths: Input should be a valid dictionary"),
    "paths-string.yaml": (
        HEAD + "paths: everything\n",
        "#/paths: Input should be a valid dictionary",
    ),
    "no-info.yaml": ("openapi: 3.1.0\npaths: {}\n", "#/: required field 'info' is missing"),
    "operation-number.yaml": (
        HEAD + "paths:\n  /a:\n    get: 5\n",
        "#/paths/~1a/get: Input should be",
    ),
    "responses-list.yaml": (
        HEAD + "paths:\n  /a:\n    get: {responses: [1]}\n",
        "#/paths/~1a/get/responses: Input should be a valid dictionary",
    ),
    "schema-number.yaml": (
        HEAD + "paths: {}\ncomponents: {schemas: {A: 5}}\n",
        "#/components/schemas/A: Input should be a valid dictionary",
    ),
    # references
    # (a schema $ref to nothing is typed Any with a warning: see the test at the end)
    "dangling-response-ref.yaml": (
        HEAD
        + "paths:\n  /a:\n    get:\n"
        + "      responses: {'200': {$ref: '#/components/responses/Gone'}}\n",
        "#/paths/~1a/get/responses/200/$ref: $ref '#/components/responses/Gone' points to nothing",
    ),
    "dangling-parameter-ref.yaml": (
        HEAD
        + "paths:\n  /a:\n    get:\n      parameters: [{$ref: '#/components/parameters/P'}]\n"
        + f"      {OP}\n",
        "#/paths/~1a/get/parameters/0/$ref: $ref '#/components/parameters/P' points to nothing",
    ),
    # (a schema $ref to a missing file is typed Any with a warning: tests/test_lenient_reading.py)
    "missing-file.yaml": (
        HEAD
        + "paths:\n  /a:\n    get:\n      parameters: [{$ref: 'nowhere.yaml#/P'}]\n"
        + f"      {OP}\n",
        "#/paths/~1a/get/parameters/0/$ref: $ref 'nowhere.yaml#/P': file nowhere.yaml not found",
    ),
    "url-ref.yaml": (
        HEAD + "paths: {}\ncomponents: {schemas: {A: {$ref: 'https://example.com/a.yaml'}}}\n",
        "points to a URL; only local files are supported",
    ),
    # found by tests/test_fuzz_specs.py: a NUL in a file name, a line break in an error
    "ref-nul.json": (
        json.dumps(
            {**MINIMAL, "components": {"schemas": {"A": {"$ref": "\x00"}}}}, ensure_ascii=True
        ),
        "#/components/schemas/A/$ref: $ref '\\x00' is not a valid file reference",
    ),
    "ref-line-break.json": (
        json.dumps(
            {
                **MINIMAL,
                "paths": {"/a": {"get": {"responses": {"200": {"$ref": "a\r\nb.yaml"}}}}},
            }
        ),
        "#/paths/~1a/get/responses/200/$ref: $ref 'a\\r\\nb.yaml': file a\\r\\nb.yaml not found",
    ),
    "ref-cycle.yaml": (
        HEAD
        + "paths: {}\ncomponents:\n  schemas:\n"
        + "    A: {$ref: '#/components/schemas/B'}\n    B: {$ref: '#/components/schemas/A'}\n",
        "is a cycle of references with no schema in it",
    ),
    "self-ref.yaml": (
        HEAD + "paths: {}\ncomponents: {schemas: {A: {$ref: '#/components/schemas/A'}}}\n",
        "#/components/schemas/A: $ref '#/components/schemas/A' is a cycle of references",
    ),
    "parameter-ref-cycle.yaml": (
        HEAD
        + "paths:\n  /a:\n    get:\n      parameters: [{$ref: '#/components/parameters/P'}]\n"
        + f"      {OP}\ncomponents:\n  parameters:\n"
        + "    P: {$ref: '#/components/parameters/Q'}\n    Q: {$ref: '#/components/parameters/P'}\n",
        "is a cycle of references with no Parameter in it",
    ),
    # schemas and parameters
    "unknown-type.yaml": (
        HEAD + "paths: {}\ncomponents: {schemas: {A: {type: strnig}}}\n",
        (
            "#/components/schemas/A/type: Input should be 'null', 'string', 'number', "
            "'integer', 'boolean', 'array' or 'object' (got 'strnig')"
        ),
    ),
    "parameter-without-schema.yaml": (
        HEAD + f"paths:\n  /a:\n    get:\n      parameters: [{{name: q, in: query}}]\n      {OP}\n",
        "#/paths/~1a/get/parameters/0: parameter 'q' has neither 'schema' nor 'content'",
    ),
    "parameter-in-body.yaml": (
        HEAD
        + "paths:\n  /a:\n    get:\n      parameters: [{name: q, in: body, schema: {}}]\n"
        + f"      {OP}\n",
        "#/paths/~1a/get/parameters/0/in: Input should be 'query', 'header', 'path' or 'cookie'",
    ),
    "api-key-header-space.yaml": (
        HEAD
        + "paths: {}\ncomponents:\n  securitySchemes:\n"
        + "    k: {type: apiKey, in: header, name: 'X Api Key'}\n",
        "#/components/securitySchemes/k/name: 'X Api Key' is not a valid header name",
    ),
}


def _snapshot(folder: Path) -> dict[str, tuple[bytes, int]]:
    return {
        path.relative_to(folder).as_posix(): (path.read_bytes(), path.stat().st_mtime_ns)
        for path in sorted(folder.rglob("*"))
        if path.is_file()
    }


@pytest.fixture(scope="module")
def previous_output(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """An SDK generated before: a failed run must leave it byte for byte as it was."""
    out = tmp_path_factory.mktemp("previous") / "sdk"
    assert main(["generate", str(ROOT / "specs" / "petstore.yaml"), "-o", str(out), "-q"]) == 0
    return out


@pytest.mark.parametrize("check", [False, True], ids=["generate", "check"])
@pytest.mark.parametrize("name", sorted(BAD))
def test_bad_spec_is_one_line_exit_1_and_the_output_untouched(
    name: str,
    check: bool,
    tmp_path: Path,
    previous_output: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    content, expected = BAD[name]
    spec = tmp_path / name
    if isinstance(content, bytes):
        spec.write_bytes(content)
    else:
        spec.write_text(content, encoding="utf-8")
    out = tmp_path / "sdk"
    shutil.copytree(previous_output, out)
    before = _snapshot(out)
    monkeypatch.chdir(tmp_path)
    code = main(["generate", name, "-o", "sdk", *(["--check"] if check else [])])
    captured = capsys.readouterr()
    assert code == 1
    lines = captured.err.strip().splitlines()
    assert len(lines) == 1, captured.err
    assert lines[0].startswith(f"error: {name}#"), lines[0]
    assert expected in lines[0], lines[0]
    assert len(lines[0]) < 400
    assert captured.out == ""
    assert _snapshot(out) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted([name, "sdk"])  # no temp dirs


def test_no_traceback_without_debug_and_one_with_it(tmp_path: Path, cli: Cli) -> None:
    spec = tmp_path / "api.yaml"
    spec.write_text(HEAD + "paths: [1]\n")
    quiet = cli("generate", str(spec), "-o", str(tmp_path / "o"), cwd=tmp_path)
    assert quiet.returncode == 1 and "Traceback" not in quiet.stderr
    assert quiet.stderr.count("\n") == 1
    debug = cli("generate", str(spec), "-o", str(tmp_path / "o"), "--debug", cwd=tmp_path)
    assert debug.returncode == 1 and "Traceback" in debug.stderr
    assert debug.stderr.strip().splitlines()[-1] == quiet.stderr.strip()
    assert not (tmp_path / "o").exists()


def test_a_missing_spec_file_is_one_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["generate", str(tmp_path / "nope.yaml"), "-o", str(tmp_path / "o")]) == 1
    err = capsys.readouterr().err
    assert err.strip().endswith("nope.yaml#/: file not found") and err.count("\n") == 1


@pytest.mark.parametrize("package", ["../evil", "a/b", "os.path/..", "class", "1abc", "a..b", ""])
def test_package_must_be_a_dotted_identifier(
    package: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code = main(
        [
            "generate",
            str(ROOT / "specs" / "petstore.yaml"),
            "-o",
            str(tmp_path / "o"),
            "-p",
            package,
        ]
    )
    assert code == 1
    assert "is not a valid dotted Python identifier" in capsys.readouterr().err
    assert list(tmp_path.iterdir()) == []


# -- slightly invalid specs: generated, with warnings and a summary ---------------------


def _generate(tmp_path: Path, text: str, capsys: pytest.CaptureFixture[str]) -> list[str]:
    spec = tmp_path / "api.yaml"
    spec.write_text(HEAD + text, encoding="utf-8")
    assert main(["generate", str(spec), "-o", str(tmp_path / "sdk"), "-q"]) == 0
    return capsys.readouterr().err.strip().splitlines()


def test_duplicate_operation_ids_are_disambiguated_with_a_warning(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    lines = _generate(
        tmp_path,
        f"paths:\n  /a:\n    get: {{operationId: list, {OP}}}\n"
        f"  /b:\n    get: {{operationId: list, {OP}}}\n",
        capsys,
    )
    assert lines[0].endswith(
        "warning: #/paths/~1b/get: duplicate operationId 'list' (first used at "
        "#/paths/~1a/get); this operation is client.b.list"
    )
    assert lines[-1].endswith("1 warning; nothing skipped")
    resources = tmp_path / "sdk" / "sdk" / "resources"
    assert "def list(" in (resources / "a.py").read_text()
    assert "def list(" in (resources / "b.py").read_text()


def test_what_is_not_generated_is_warned_and_summed_up(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    lines = _generate(
        tmp_path,
        "webhooks:\n  newPet: {post: {responses: {'200': {description: ok}}}}\n"
        "paths:\n  /a:\n    post:\n      parameters:\n"
        "        - {name: Authorization, in: header, schema: {type: string}}\n"
        "      requestBody: {content: {}}\n"
        "      callbacks:\n        done: {'{$request.body#/url}': {post: {" + OP + "}}}\n"
        f"      {OP}\n",
        capsys,
    )
    text = "\n".join(lines)
    callback = "#/paths/~1a/post/callbacks/done/{$request.body#~1url}/post"
    assert "#/webhooks/newPet/post: webhook 'newPet' has no request body: no event" in text
    assert f"{callback}: callback 'done' has no request body: no event model" in text
    assert "#/paths/~1a/post/parameters/0: header parameter 'Authorization' ignored" in text
    assert "#/paths/~1a/post/requestBody: request body without 'content'" in text
    assert lines[-1].endswith(
        "4 warnings; not generated: 1 parameter (#/paths/~1a/post/parameters/0); "
        "1 request body (#/paths/~1a/post/requestBody); 1 webhook (#/webhooks/newPet/post); "
        f"1 callback ({callback}) (see the warnings above for why)"
    )


def test_a_path_without_leading_slash_cannot_change_the_host(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    lines = _generate(tmp_path, f"paths:\n  '@evil.example/x':\n    get: {{{OP}}}\n", capsys)
    assert "a path must start with '/'; '@evil.example/x' is sent as '/@evil.example/x'" in lines[0]
    module = (tmp_path / "sdk" / "sdk" / "resources" / "evil_example_x.py").read_text()
    assert "path='/@evil.example/x'" in module or 'path="/@evil.example/x"' in module


def test_cycles_through_unions_and_arrays_become_any_with_a_pointer(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    lines = _generate(
        tmp_path,
        "paths: {}\ncomponents:\n  schemas:\n"
        "    A: {oneOf: [{$ref: '#/components/schemas/B'}, {type: string}]}\n"
        "    B: {type: array, items: {$ref: '#/components/schemas/A'}}\n",
        capsys,
    )
    assert "warning: #/components/schemas/" in lines[0]
    assert "refers to itself with no object in between; typed as Any" in lines[0]


def test_default_of_the_wrong_type_is_a_warning(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    lines = _generate(
        tmp_path,
        "paths: {}\ncomponents:\n  schemas:\n"
        "    A: {type: object, properties: {n: {type: integer, default: many}}}\n",
        capsys,
    )
    assert lines[0].endswith(
        "warning: #/components/schemas/A/properties/n/default: default 'many' ignored: "
        "it does not match the schema type"
    )


def test_a_schema_ref_to_nothing_is_any_with_a_warning(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    lines = _generate(
        tmp_path,
        "paths: {}\ncomponents: {schemas: {A: {$ref: '#/components/schemas/B'}}}\n",
        capsys,
    )
    assert (
        "warning: #/components/schemas/A/$ref: $ref '#/components/schemas/B' points to nothing"
        in (lines[0])
    )


def test_a_message_repeated_at_many_places_is_one_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # 761 warning lines, almost all one message, drowned the useful ones
    properties = ", ".join(f"p{i}: {{type: integer, default: many}}" for i in range(6))
    text = (
        "paths: {}\ncomponents:\n  schemas:\n"
        f"    A: {{type: object, properties: {{{properties}}}}}\n"
        "    B: {type: object, properties: {x: {type: integer, default: few}, "
        "y: {type: integer, default: few}}}\n"
    )
    lines = _generate(tmp_path, text, capsys)
    message = "default 'many' ignored: it does not match the schema type"
    pointer = "#/components/schemas/A/properties/p{}/default"
    assert lines[0].endswith(
        f"warning: {message} (6 places: {pointer.format(0)}, {pointer.format(1)}, "
        f"{pointer.format(2)} and 3 more; --verbose lists every one)"
    )
    # a message at a few places keeps a line each
    assert lines[1].endswith(
        "#/components/schemas/B/properties/x/default: default 'few' ignored: it does not match the schema type"
    )
    assert lines[2].endswith(
        "#/components/schemas/B/properties/y/default: default 'few' ignored: it does not match the schema type"
    )
    assert lines[3].endswith("8 warnings; nothing skipped")
    assert len(lines) == 4
    spec = tmp_path / "api.yaml"
    assert main(["generate", str(spec), "-o", str(tmp_path / "sdk"), "--verbose"]) == 0
    verbose = capsys.readouterr().err.strip().splitlines()
    assert len(verbose) == 9
    assert all(
        any(line.endswith(f"{pointer.format(i)}: {message}") for line in verbose) for i in range(6)
    )


def test_quiet_and_verbose_do_not_go_together(tmp_path: Path, cli: Cli) -> None:
    spec = tmp_path / "api.yaml"
    spec.write_text(HEAD + "paths: {}\n")
    result = cli("generate", str(spec), "-o", str(tmp_path / "o"), "-q", "-v")
    assert result.returncode == 2 and "not allowed with argument" in result.stderr


def test_well_known_type_slips_are_read_with_a_warning(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    lines = _generate(
        tmp_path,
        "paths:\n  /a:\n    get:\n      parameters:\n"
        "        - {name: n, in: query, schema: {type: int}}\n"
        f"      {OP}\n"
        "components:\n  schemas:\n"
        "    A:\n      type: object\n      properties:\n"
        "        size: {type: long}\n        ratio: {type: double}\n"
        "        ok: {type: bool}\n        name: {type: String}\n"
        "        both: {type: [float, 'null']}\n"
        "        type: {type: string, example: {type: int}}\n",
        capsys,
    )
    text = "\n".join(lines)
    for pointer, slip, reading in (
        ("/paths/~1a/get/parameters/0/schema/type", "int", "integer"),
        ("/components/schemas/A/properties/size/type", "long", "integer"),
        ("/components/schemas/A/properties/ratio/type", "double", "number"),
        ("/components/schemas/A/properties/ok/type", "bool", "boolean"),
        ("/components/schemas/A/properties/name/type", "String", "string"),
        ("/components/schemas/A/properties/both/type", "float", "number"),
    ):
        assert (
            f"warning: #{pointer}: type {slip!r} is not a JSON Schema type; read as {reading!r}"
            in text
        )
    assert "example" not in text  # data is left alone
    assert lines[-1].endswith("6 warnings; nothing skipped")
    models = (tmp_path / "sdk" / "sdk" / "models" / "a.py").read_text()
    for declaration in ("size: int", "ratio: float", "ok: bool", "name: str", "both: float"):
        assert declaration in models


def test_unsendable_header_and_cookie_parameters_are_skipped_with_a_warning(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # openapi-python-client's baseline specs name parameters with a space; a line break in a
    # name would inject a header: neither is sent, the rest is generated
    lines = _generate(
        tmp_path,
        "paths:\n  /a:\n    get:\n      operationId: get_a\n      parameters:\n"
        "        - {name: header param, in: header, schema: {type: string}}\n"
        "        - {name: 'a=b; admin', in: cookie, schema: {type: string}}\n"
        '        - {name: "X-A\\r\\nX-Injected: 1", in: header, schema: {type: string}}\n'
        "        - {name: kept, in: header, schema: {type: string}}\n"
        f"      {OP}\n",
        capsys,
    )
    text = "\n".join(lines)
    assert (
        "warning: #/paths/~1a/get/parameters/0/name: header parameter 'header param' skipped: "
        "not a valid header name" in text
    )
    assert "#/paths/~1a/get/parameters/1/name: cookie parameter 'a=b; admin' skipped" in text
    assert "#/paths/~1a/get/parameters/2/name: header parameter 'X-A\\r\\nX-Injected: 1'" in text
    assert "3 parameters (#/paths/~1a/get/parameters/0/name, " in lines[-1]
    # (the method lives in _client.py or in a resource module, as the naming rules place it)
    client = "\n".join(p.read_text() for p in (tmp_path / "sdk" / "sdk").rglob("*.py"))
    assert "kept: str | None = None" in client
    assert "header_param" not in client and "Injected" not in client and "admin" not in client


def test_a_response_that_is_no_status_and_an_optional_path_parameter_are_warned(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    lines = _generate(
        tmp_path,
        "paths:\n  /a/{id}:\n    get:\n      operationId: get_a\n      parameters:\n"
        "        - {name: id, in: path, required: false, schema: {type: string}}\n"
        "      responses:\n"
        "        abcdef: {description: ok, content: {application/json: {schema: {type: string}}}}\n"
        "        '2XX': {description: ok}\n",
        capsys,
    )
    text = "\n".join(lines)
    assert (
        "warning: #/paths/~1a~1{id}/get/parameters/0/required: path parameter 'id' is declared "
        "'required: false'; a path cannot leave it out, so it is required" in text
    )
    assert (
        "warning: #/paths/~1a~1{id}/get/responses/abcdef: response 'abcdef' dropped: not a "
        "status code (like 200 or 2XX) nor 'default'" in text
    )
    assert lines[-1].endswith(
        "2 warnings; not generated: 1 response (#/paths/~1a~1{id}/get/responses/abcdef) "
        "(see the warnings above for why)"
    )
