"""Hostile specs: whatever a spec says, it reaches generated code as data, never as code.

One spec packs injection attempts into every place a string can go (titles, descriptions,
server URLs, path keys, tags, operationIds, parameter and property names, defaults, enum
values, security schemes), plus keywords and builtins as names and path-traversal tags.
The test generates it, checks that every file stays inside the output folder and parses,
then imports and runs the SDK in a fresh interpreter against an in-memory transport: every
string comes back verbatim and the canary that each payload would create never appears.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tomllib
from pathlib import Path
from typing import Any

import pytest

from generator.cli import main
from generator.errors import SdkforgeError
from generator.output import write_tree

# Each payload, if it ever ran as code, would create the directory named by SDKFORGE_CANARY.
RUN = "__import__('os').makedirs(__import__('os').environ['SDKFORGE_CANARY'])"
DQ = '"+' + RUN + '+"'
SQ = "'+" + RUN + "+'"
TDQ = '"""+' + RUN + '+"""'
TSQ = "'''+" + RUN + "+'''"
NASTY = [
    DQ,
    SQ,
    TDQ,
    TSQ,
    "\\",
    "ends with a backslash\\",
    "\\N{BULLET} \\x00 \\u2028 \\' \\\"",
    "{{ 7*7 }} {% if true %}jinja{% endif %} {# comment #} {{ config }}",
    "line\nbreak\r\nand\x00NUL\u2028LS\x85NEL",
    '\\"""',
    'ends with a quote"',
    "# " + RUN,
    "\n" + RUN + "\n",
    "None",
    "True",
    "class",
    "_missing_",
    "name",
    "value",
]
SERVER = "http://127.0.0.1:9/base" + DQ + "'''\\"
PATH_ITEMS = "/items" + DQ + "/{id}"
PATH_EXEC = "/b'''{x}\\"
PATH_JINJA = "/c{{ 7*7 }}"
EVIL_TAG = "../../../../tmp/sdkforge_evil_tag"


def hostile_spec() -> dict[str, Any]:
    ok = {"description": "ok"}
    return {
        "openapi": "3.1.0",
        "info": {
            "title": 'Evil """ API ' + DQ + "\\",
            "version": '1.0"' + RUN,
            "description": "\n".join(NASTY),
        },
        "servers": [{"url": SERVER, "description": TDQ}],
        "security": [{"key" + DQ: []}],
        "tags": [
            {"name": EVIL_TAG, "description": TDQ},
            {"name": "/etc/passwd"},
            {"name": "..\\..\\windows"},
            {"name": "__init__"},
            {"name": "class"},
            {"name": "import os; " + RUN},
        ],
        "paths": {
            PATH_ITEMS: {
                "get": {
                    "operationId": "__import__",
                    "tags": [EVIL_TAG],
                    "summary": TDQ,
                    "description": "\n".join(NASTY),
                    "parameters": [
                        {
                            "name": "id",
                            "in": "path",
                            "required": True,
                            "schema": {"type": "string"},
                        },
                        {
                            "name": 'q"' + RUN,
                            "in": "query",
                            "description": TDQ,
                            "schema": {"type": "string", "default": DQ},
                        },
                        {
                            "name": "class",
                            "in": "query",
                            "schema": {"type": "string", "enum": NASTY, "default": TDQ},
                        },
                        {
                            "name": "X-Evil",
                            "in": "header",
                            "schema": {"type": "string", "default": "ok" + SQ},
                        },
                        {"name": "self", "in": "query", "schema": {"type": "integer"}},
                        {"name": "timeout", "in": "query", "schema": {"type": "number"}},
                    ],
                    "responses": {
                        "200": {
                            "description": TDQ,
                            "content": {
                                "application/json": {
                                    "schema": {"$ref": "#/components/schemas/..~1..~1Evil"}
                                }
                            },
                        }
                    },
                }
            },
            PATH_EXEC: {
                "post": {
                    "operationId": "exec",
                    "tags": ["/etc/passwd"],
                    "parameters": [
                        {"name": "x", "in": "path", "required": True, "schema": {"type": "integer"}}
                    ],
                    "requestBody": {
                        "content": {
                            "application/json": {
                                "schema": {"$ref": "#/components/schemas/__init__"}
                            }
                        }
                    },
                    "responses": {
                        "200": {
                            **ok,
                            "content": {
                                "application/json": {
                                    "schema": {"$ref": "#/components/schemas/__init__"}
                                }
                            },
                        }
                    },
                }
            },
            PATH_JINJA: {
                "get": {
                    "operationId": 'x"); ' + RUN + '; ("',
                    "tags": ["..\\..\\windows"],
                    "responses": {"204": {"description": "{{ 7*7 }}"}},
                }
            },
            "/d": {
                "get": {
                    "operationId": "print",
                    "tags": ["__init__"],
                    "responses": {
                        "200": {**ok, "content": {"text/plain": {"schema": {"type": "string"}}}}
                    },
                },
                "put": {"operationId": "None", "tags": ["class"], "responses": {"204": ok}},
                "delete": {
                    "operationId": "../../escape",
                    "tags": ["import os; " + RUN],
                    "responses": {"204": ok},
                },
            },
        },
        "components": {
            "securitySchemes": {
                "key" + DQ: {
                    "type": "apiKey",
                    "in": "header",
                    "name": "X-Api-Key",
                    "description": TDQ,
                },
                "q'''": {"type": "apiKey", "in": "query", "name": 'api"key' + RUN},
                "o" + SQ: {
                    "type": "oauth2",
                    "flows": {
                        "clientCredentials": {
                            "tokenUrl": "https://auth.example/token" + DQ,
                            "scopes": {},
                        }
                    },
                },
            },
            "schemas": {
                "../../Evil": {
                    "type": "object",
                    "title": TDQ,
                    "description": "\n".join(NASTY),
                    "required": ['"""', "class"],
                    "properties": {
                        '"""': {"type": "string", "description": TDQ},
                        "class": {"type": "string", "enum": NASTY},
                        "model_config": {"type": "integer", "default": 1},
                        "__class__": {"type": "string", "default": DQ},
                        "__dict__": {"type": "string"},
                        "": {"type": "string"},
                        "self": {"type": "string", "const": TSQ},
                        "a-b": {"type": "string"},
                        "a_b": {"type": "string"},
                        "A B": {"type": "string"},
                        "pattern": {
                            "type": "string",
                            "pattern": "^\\d+'''\"\"\"\\$",
                            "default": "\\N{BULLET}",
                        },
                        "nested": {
                            "type": "object",
                            "properties": {"x\\": {"type": "string", "default": "a\\"}},
                        },
                        "number": {"type": "integer", "enum": [1, 2, -3]},
                        "format": {"type": "string", "format": TDQ},
                    },
                },
                "__init__": {
                    "type": "object",
                    "properties": {
                        "str": {"type": "string"},
                        "int": {"type": "integer"},
                        "list": {"type": "array", "items": {"$ref": "#/components/schemas/str"}},
                    },
                },
                "str": {"type": "string", "enum": NASTY},
                "Pet": {
                    "oneOf": [
                        {"$ref": "#/components/schemas/Cat"},
                        {"$ref": "#/components/schemas/Dog"},
                    ],
                    "discriminator": {
                        "propertyName": 'ki"nd' + RUN,
                        "mapping": {
                            DQ: "#/components/schemas/Cat",
                            TSQ: "#/components/schemas/Dog",
                        },
                    },
                },
                "Cat": {
                    "type": "object",
                    "required": ['ki"nd' + RUN],
                    "properties": {'ki"nd' + RUN: {"type": "string"}, "meow": {"type": "string"}},
                },
                "Dog": {
                    "type": "object",
                    "required": ['ki"nd' + RUN],
                    "properties": {'ki"nd' + RUN: {"type": "string"}, "bark": {"type": "string"}},
                },
                "None": {"type": "object"},
                "BaseModel": {"type": "object", "properties": {"Field": {"type": "string"}}},
                "os": {"type": "integer"},
                "import os; " + RUN: {"type": "object", "additionalProperties": {"type": "string"}},
            },
        },
    }


# The generated SDK, exercised in a fresh interpreter: prints what it saw as JSON.
RUNNER = r"""
import asyncio, importlib, json, pkgutil, sys, urllib.parse
import httpx2 as httpx  # the SDK's library: it is generated for httpx2, the default
import evil_sdk
from evil_sdk import models
from evil_sdk._runtime._endpoint import Endpoint

facts = {"modules": []}
for info in pkgutil.walk_packages(evil_sdk.__path__, "evil_sdk."):
    importlib.import_module(info.name)
    facts["modules"].append(info.name)

spec = json.load(open(sys.argv[1]))
evil_schema = spec["components"]["schemas"]["../../Evil"]
NASTY = evil_schema["properties"]["class"]["enum"]

def field_by_alias(model, alias):
    for name, field in model.model_fields.items():
        if (field.validation_alias or name) == alias:
            return name, field
    raise KeyError(alias)

facts["base_url"] = evil_sdk._client.DEFAULT_BASE_URL
facts["client_doc"] = evil_sdk.Client.__doc__
facts["evil_doc"] = models.Evil.__doc__
facts["endpoints"] = sorted(
    [value.method, value.path]
    for name in facts["modules"] if ".resources." in name
    for value in vars(sys.modules[name]).values() if isinstance(value, Endpoint)
)
_, class_field = field_by_alias(models.Evil, "class")
facts["enum_values"] = [member.value for member in class_field.annotation]
facts["str_enum_values"] = [member.value for member in models.Str]
facts["defaults"] = {
    alias: field_by_alias(models.Evil, alias)[1].default
    for alias in ("__class__", "model_config", "pattern")
}
facts["schemes"] = {key: [s.kind, s.location, s.name, s.token_url]
                    for key, s in evil_sdk._client.SECURITY_SCHEMES.items()}

payload = {'\"\"\"': NASTY[2], "class": NASTY[0], "self": spec["components"]["schemas"]["../../Evil"]["properties"]["self"]["const"],
           "__class__": NASTY[5], "": NASTY[8], "a-b": "1", "a_b": "2", "A B": "3",
           "nested": {"x\\": NASTY[4]}, "__dict__": NASTY[9]}
requests = []

def handler(request):
    requests.append({
        "method": request.method,
        "path": urllib.parse.unquote(request.url.raw_path.decode("ascii").split("?")[0]),
        "query": request.url.params.multi_items(),
        "headers": {k: v for k, v in request.headers.items() if k.startswith("x-")},
    })
    if request.method == "GET" and request.url.path.endswith("/d"):
        return httpx.Response(200, text=NASTY[2])
    if request.method == "POST":
        return httpx.Response(200, content=request.content, headers={"content-type": "application/json"})
    if request.method == "GET" and "/items" in request.url.path:
        return httpx.Response(200, json=payload)
    return httpx.Response(204)

def public(resource):
    return [n for n in dir(resource) if not n.startswith("_") and n not in ("with_raw_response", "with_streaming_response")]

client = evil_sdk.Client(
    http_client=httpx.Client(transport=httpx.MockTransport(handler)),
    api_key="secret" + NASTY[1],  # the scheme `security` names first
)
# a path segment full of code is a resource name like any other
evil_items = client.tmp_sdkforge_evil_tag.items_import_os_makedirs_import_os_environ_sdkforge_canary
evil = evil_items.retrieve(
    'a/b"c' + NASTY[3], class_=NASTY[2], x_evil=NASTY[1], self_=3, timeout_=1.5,
    q_import_os_makedirs_import_os_environ_sdkforge_canary=NASTY[0],
)
facts["evil_dump"] = evil.model_dump(mode="json", by_alias=True, exclude_unset=True)
facts["evil_class"] = evil.class_.value
facts["payload"] = payload
sent = client.etc_passwd.update(5, body={"str": NASTY[2], "int": 1, "list": [NASTY[0], NASTY[7]]})
facts["exec_echo"] = sent.model_dump(mode="json", by_alias=True, exclude_unset=True)
facts["print"] = client.init.d.list()
jinja_method = public(client.windows)
facts["jinja_method"] = jinja_method
getattr(client.windows, jinja_method[0])("49")
facts["class_methods"] = public(client.class_.d)
getattr(client.class_.d, facts["class_methods"][0])()
try:
    evil_items.retrieve("x", x_evil="a\r\nX-Injected: 1")
except ValueError as error:
    facts["crlf_error"] = str(error)

async def run_async():
    async def ahandler(request):
        return handler(request)
    async with evil_sdk.AsyncClient(http_client=httpx.AsyncClient(transport=httpx.MockTransport(ahandler))) as c:
        result = await c.tmp_sdkforge_evil_tag.items_import_os_makedirs_import_os_environ_sdkforge_canary.retrieve("async")
        return result.model_dump(mode="json", by_alias=True, exclude_unset=True)

from pydantic import TypeAdapter
kind = 'ki"nd' + spec["components"]["schemas"]["Cat"]["required"][0][len('ki"nd'):]
pets = TypeAdapter(models.Pet)
facts["pets"] = [type(pets.validate_python({kind: key, "meow": "m", "bark": "b"})).__name__
                 for key in spec["components"]["schemas"]["Pet"]["discriminator"]["mapping"]]
facts["async_dump"] = asyncio.run(run_async())
facts["requests"] = requests
print(json.dumps(facts))
"""


@pytest.fixture(scope="module")
def generated(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    root = tmp_path_factory.mktemp("hostile")
    work = root / "work"
    work.mkdir()
    spec = work / "evil.json"
    spec.write_text(json.dumps(hostile_spec()), encoding="utf-8")
    code = main(["generate", str(spec), "--output", str(work / "out"), "--package", "evil_sdk"])
    assert code == 0
    return root, spec


def test_every_file_stays_inside_the_output_and_parses(generated: tuple[Path, Path]) -> None:
    root, _ = generated
    import ast

    files = sorted(p.relative_to(root).as_posix() for p in root.rglob("*") if p.is_file())
    assert all(f.startswith("work/out/") or f == "work/evil.json" for f in files), files
    assert not Path("/tmp/sdkforge_evil_tag").exists()
    out = root / "work" / "out"
    modules = [p for p in out.rglob("*") if p.suffix in (".py", ".pyi")]
    assert len(modules) > 20
    for module in modules:
        ast.parse(module.read_text(encoding="utf-8"), filename=str(module))
        assert all(part.isidentifier() for part in module.relative_to(out).with_suffix("").parts)


def test_project_metadata_keeps_the_strings_as_data(generated: tuple[Path, Path]) -> None:
    root, _ = generated
    project = tomllib.loads((root / "work/out/pyproject.toml").read_text(encoding="utf-8"))
    title = hostile_spec()["info"]["title"]
    assert project["project"]["description"] == f"Python SDK for the {title} API"
    assert project["project"]["name"] == "evil-sdk"
    assert project["project"]["version"] == "0.0.0"  # not a PEP 440 version: not used


def test_the_sdk_imports_runs_and_keeps_every_string_verbatim(
    generated: tuple[Path, Path],
) -> None:
    root, spec = generated
    canary = root / "canary"
    env = {
        **os.environ,
        "SDKFORGE_CANARY": str(canary),
        "PYTHONPATH": str(root / "work" / "out"),
        "PYTHONDONTWRITEBYTECODE": "1",
    }
    result = subprocess.run(
        [sys.executable, "-c", RUNNER, str(spec)],
        cwd=root,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert not canary.exists(), "an injected payload ran"
    facts = json.loads(result.stdout)
    original = hostile_spec()

    # names: every module imported, none named after a traversal
    assert len(facts["modules"]) > 15
    assert all(".." not in name and "/" not in name for name in facts["modules"])

    # strings as data: server URL, paths, enum values, defaults, security schemes
    assert facts["base_url"] == SERVER
    assert facts["endpoints"] == sorted(
        [
            ["DELETE", "/d"],
            ["GET", "/d"],
            ["PUT", "/d"],
            ["GET", PATH_ITEMS],
            ["GET", PATH_JINJA],
            ["POST", PATH_EXEC],
        ]
    )
    assert facts["enum_values"] == NASTY
    assert facts["str_enum_values"] == NASTY
    assert facts["defaults"] == {"__class__": DQ, "model_config": 1, "pattern": "\\N{BULLET}"}
    schemes = original["components"]["securitySchemes"]
    assert facts["schemes"] == {
        "key" + DQ: ["api_key", "header", "X-Api-Key", None],
        "q'''": ["api_key", "query", schemes["q'''"]["name"], None],
        "o" + SQ: [
            "oauth2_client_credentials",
            None,
            None,
            "https://auth.example/token" + DQ,
        ],
    }

    # docstrings: the text, whole (whitespace aside, and the NUL, a control character that
    # prose drops)
    def words(text: str) -> list[str]:
        return text.split()

    prose = "\n".join(NASTY).replace("\x00", "")
    assert words(facts["evil_doc"]) == words(prose)
    assert words(prose) == [w for w in words(facts["client_doc"]) if w][-len(words(prose)) :]

    # requests: paths, query and headers on the wire are the spec's and the caller's strings
    requests = facts["requests"]
    first = requests[0]
    assert first["method"] == "GET"
    assert first["path"] == "/base" + DQ + "'''\\" + PATH_ITEMS.replace("{id}", 'a/b"c' + TSQ)
    assert first["query"] == [
        ['q"' + RUN, DQ],
        ["class", TDQ],
        ["self", "3"],
        ["timeout", "1.5"],
    ]
    assert first["headers"] == {"x-evil": SQ, "x-api-key": "secret" + SQ}
    assert facts["evil_dump"] == facts["payload"]
    assert facts["evil_class"] == DQ
    assert facts["exec_echo"] == {"str": TDQ, "int": 1, "list": [DQ, NASTY[7]]}
    assert requests[1]["path"].endswith(PATH_EXEC.replace("{x}", "5"))
    assert facts["print"] == TDQ
    assert requests[3]["path"].endswith(PATH_JINJA.replace("{ 7*7 }", "49"))
    assert facts["crlf_error"] == "header 'X-Evil' must not contain line breaks"
    assert not any("X-Injected" in str(r) for r in requests)
    assert facts["async_dump"] == facts["payload"]
    assert facts["pets"] == ["Cat", "Dog"]


def test_a_file_outside_the_output_is_refused_and_nothing_written(tmp_path: Path) -> None:
    out = tmp_path / "out"
    for relative in ("../escaped.py", "/etc/escaped.py", "a/../../escaped.py"):
        with pytest.raises(SdkforgeError, match="outside the output folder"):
            write_tree({"ok.py": "", relative: "x = 1\n"}, out)
        assert sorted(p.name for p in tmp_path.iterdir()) == []


def test_code_that_does_not_parse_is_never_written(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    import generator.pipeline

    spec = tmp_path / "api.json"
    spec.write_text(json.dumps({"openapi": "3.1.0", "info": {"title": "t", "version": "1"}}))
    monkeypatch.setattr(
        generator.pipeline, "render_api", lambda _api: {"sdk/__init__.py": 'x = """\n'}
    )
    assert main(["generate", str(spec), "-o", str(tmp_path / "out")]) == 1
    assert "generated sdk/__init__.py is not valid Python" in capsys.readouterr().err
    assert not (tmp_path / "out").exists()
    assert [p.name for p in tmp_path.iterdir()] == ["api.json"]  # nor a staging folder


# $ref confinement: external refs resolve only inside the spec's folder tree
# and the config's `ref_roots`; a ref outside is one error naming the ref, the same whether
# the file exists or not, and no error line quotes a value from another file.

SECRET_SCHEMA = "Secret: {type: object, properties: {TOPSECRET_FIELD: {type: string}}}\n"
SECRET_TEXT = "root:TOPSECRET:0:0:root:/root:/bin/bash\n"


def _ref_spec(folder: Path, ref: str) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    spec = folder / "api.yaml"
    spec.write_text(
        "openapi: 3.1.0\ninfo: {title: t, version: '1'}\npaths: {}\n"
        f"components: {{schemas: {{A: {{$ref: {json.dumps(ref)}}}}}}}\n",
        encoding="utf-8",
    )
    return spec


@pytest.fixture
def outside(tmp_path: Path) -> Path:
    """A folder beside the spec's: a schema-shaped file and a file of secrets."""
    folder = tmp_path / "outside"
    folder.mkdir()
    (folder / "schemas.yaml").write_text(SECRET_SCHEMA, encoding="utf-8")
    (folder / "passwd").write_text(SECRET_TEXT, encoding="utf-8")
    return folder


def _generate(
    capsys: pytest.CaptureFixture[str], spec: Path, out: Path, *extra: str
) -> tuple[int, str]:
    code = main(["generate", str(spec), "-o", str(out), "-p", "sdk", "-q", *extra])
    captured = capsys.readouterr()
    return code, captured.out + captured.err


@pytest.mark.parametrize(
    "ref",
    [
        "../outside/schemas.yaml#/Secret",  # schema-shaped: it used to end up in the SDK
        "../outside/passwd",  # anything else: its first line used to be echoed
        "../outside/missing.yaml#/X",  # used to say "not found": which files exist
        "{outside}/passwd",  # absolute
        "sub/../../outside/passwd",
        "link.yaml#/Secret",  # a symlink inside the folder to a file outside
        "linked/schemas.yaml#/Secret",  # a folder symlink
    ],
)
def test_a_ref_outside_the_spec_folder_is_one_error_naming_the_ref(
    ref: str,
    tmp_path: Path,
    outside: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    ref = ref.replace("{outside}", str(outside))
    _ref_spec(tmp_path / "project", ref)
    (tmp_path / "project" / "link.yaml").symlink_to(outside / "schemas.yaml")
    (tmp_path / "project" / "linked").symlink_to(outside, target_is_directory=True)
    monkeypatch.chdir(tmp_path / "project")
    code, output = _generate(capsys, Path("api.yaml"), tmp_path / "out")
    assert code == 1
    assert output.strip() == (
        f"error: api.yaml#/components/schemas/A/$ref: $ref {ref!r} points outside the spec's "
        "folder; external refs resolve only inside it (add folders with `ref_roots` in "
        "[tool.sdkforge])"
    )
    assert "TOPSECRET" not in output
    assert not (tmp_path / "out").exists()


def test_refs_inside_the_spec_folder_tree_still_resolve(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    project = tmp_path / "project"
    spec = _ref_spec(project, "schemas/pet.yaml#/Pet")
    (project / "schemas").mkdir()
    (project / "schemas" / "pet.yaml").write_text(
        "Pet: {type: object, properties: {owner: {$ref: '../common.yaml#/Owner'}}}\n"
    )
    (project / "common.yaml").write_text("Owner: {type: object, properties: {n: {type: string}}}\n")
    code, output = _generate(capsys, spec, tmp_path / "out")
    assert code == 0, output
    assert (tmp_path / "out" / "sdk" / "models" / "owner.py").is_file()


def test_ref_roots_in_the_config_add_a_folder(
    tmp_path: Path, outside: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    project = tmp_path / "project"
    _ref_spec(project / "specs", "../../outside/schemas.yaml#/Secret")
    config = project / "pyproject.toml"
    entry = '[[tool.sdkforge.sdks]]\nspec = "specs/api.yaml"\noutput = "out"\npackage = "sdk"\n'
    config.write_text("[tool.sdkforge]\n" + entry)
    code, output = _generate_config(capsys, config)
    assert code == 1 and "points outside the spec's folder" in output
    config.write_text('[tool.sdkforge]\nref_roots = ["../outside"]\n' + entry)
    code, output = _generate_config(capsys, config)
    assert code == 0, output
    assert "TOPSECRET_FIELD" in (project / "out" / "sdk" / "models" / "secret.py").read_text()
    # the same per SDK, and for one spec on the command line
    config.write_text("[tool.sdkforge]\n" + entry + 'ref_roots = ["../outside"]\n')
    assert _generate_config(capsys, config)[0] == 0
    spec = project / "specs" / "api.yaml"
    assert _generate(capsys, spec, tmp_path / "o2", "--ref-root", str(outside))[0] == 0


def _generate_config(capsys: pytest.CaptureFixture[str], config: Path) -> tuple[int, str]:
    code = main(["generate", "--config", str(config), "-q"])
    captured = capsys.readouterr()
    return code, captured.out + captured.err


def test_a_ref_root_must_be_a_list_of_folders(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    config = tmp_path / "pyproject.toml"
    config.write_text(
        '[tool.sdkforge]\nref_roots = "../x"\n[[tool.sdkforge.sdks]]\n'
        'spec = "a.yaml"\noutput = "out"\npackage = "sdk"\n'
    )
    code, output = _generate_config(capsys, config)
    assert code == 1 and "'ref_roots' must be a list of folders" in output


def test_an_error_in_another_file_does_not_quote_its_values(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    project = tmp_path / "project"
    spec = _ref_spec(project, "other.yaml#/Bad")
    (project / "other.yaml").write_text("Bad: {type: object, properties: TOPSECRET-VALUE}\n")
    code, output = _generate(capsys, spec, tmp_path / "out")
    assert code == 1
    assert "TOPSECRET" not in output
    assert "#/components/schemas/Bad/properties: Input should be a valid dictionary" in output
    # the spec's own values are still quoted
    spec.write_text(spec.read_text().replace('{$ref: "other.yaml#/Bad"}', "{properties: 5}"))
    code, output = _generate(capsys, spec, tmp_path / "out")
    assert code == 1 and "(got 5)" in output
