"""The generated SDKs pass `mypy --strict`, and so does user code written against them."""

from __future__ import annotations

import atexit
import functools
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest

from generator.cli import main
from tests.helpers import ROOT, run_pyright


@functools.cache
def _shared_cache() -> Path:
    """One mypy cache for this process (an xdist worker), shared by every test's runs:
    pydantic, httpx & co. are analysed once per worker, not once per run (5 to 10 s each).

    mypy checks each cached module against its source (path, size, hash) and keeps no cache
    for a module with errors, so runs that see other packages, or a package through its
    stubs and through its code, do not mix them up, and every error is reported again.
    One process writes it at a time: the workers have a cache each.
    """
    folder = Path(tempfile.mkdtemp(prefix="sdkforge-mypy-"))
    atexit.register(shutil.rmtree, folder, ignore_errors=True)
    return folder


def mypy(
    *targets: str, cache: Path | None = None, mypypath: str | None = None
) -> subprocess.CompletedProcess[str]:
    """`mypy --strict` on `targets`; `cache`: a cache of the caller's own, else the shared one."""
    env = dict(os.environ)
    if mypypath:
        env["MYPYPATH"] = mypypath
    return subprocess.run(
        [
            sys.executable,
            "-m",
            "mypy",
            "--strict",
            "--no-error-summary",
            "--cache-dir",
            str(cache or _shared_cache()),
            *targets,
        ],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
        env=env,
    )


@pytest.mark.slow
@pytest.mark.parametrize("sdk", ["petstore", "showcase", "relay"])
def test_generated_sdk_passes_mypy_strict(sdk: str) -> None:
    root = ROOT / "generated" / sdk
    # the package as users see it: its stubs, and the private runtime they import
    result = mypy("-p", sdk, mypypath=str(root))
    assert result.returncode == 0, result.stdout + result.stderr
    # the code behind the stubs: named as files, mypy reads each .py, not the .pyi beside it
    code = sorted(str(path.relative_to(ROOT)) for path in (root / sdk).rglob("*.py"))
    result = mypy(*code, mypypath=str(root))
    assert result.returncode == 0, result.stdout + result.stderr


@pytest.mark.slow
# petstore is generated for httpx, the others for httpx2: a usage file with each library
@pytest.mark.parametrize("sdk", ["showcase", "relay", "petstore"])
def test_user_code_type_checks_with_real_types(sdk: str) -> None:
    usage = ROOT / "tests" / "typing" / f"usage_{sdk}.py"
    result = mypy(str(usage), mypypath=str(ROOT / "generated" / sdk))
    assert result.returncode == 0, result.stdout + result.stderr


@pytest.mark.slow
def test_mypy_catches_a_wrong_type(tmp_path: Path) -> None:
    # the check above would be worthless if mypy could not see the SDK's types
    bad = tmp_path / "bad.py"
    bad.write_text("import showcase\n\nx: int = showcase.Client().inventory.items.label(1)\n")
    result = mypy(str(bad), mypypath=str(ROOT / "generated" / "showcase"))
    assert result.returncode == 1
    assert (
        'Incompatible types in assignment (expression has type "str", variable has type "int")'
        in result.stdout
    )


@pytest.mark.slow
@pytest.mark.parametrize(("sdk", "other"), [("relay", "httpx"), ("petstore", "httpx2")])
def test_a_client_of_the_other_http_library_is_a_type_error(
    sdk: str, other: str, tmp_path: Path
) -> None:
    # each SDK types `http_client` as its own library's client: the other's is caught
    bad = tmp_path / "bad_http.py"
    bad.write_text(f"import {other}\nimport {sdk}\n\n{sdk}.Client(http_client={other}.Client())\n")
    result = mypy(str(bad), mypypath=str(ROOT / "generated" / sdk))
    assert result.returncode == 1, result.stdout + result.stderr
    assert f'Argument "http_client" to "Client" has incompatible type "{other}.' in result.stdout


def test_a_wrong_enum_value_is_an_error_on_its_line(tmp_path: Path) -> None:
    # enum arguments and model fields take the enum's values, and only those
    bad = tmp_path / "bad_enum.py"
    bad.write_text(
        "from relay import Client, models\n"
        "chat = models.ChatRequest(model='m', messages=[])\n"
        "Client().events.chat.completions.create(body=chat, tone='cheerful')\n"
        "Client().events.chat.completions.create(body=chat, tone='sad')\n"
        "models.ChatMessage(role='user', content='hi')\n"
        "models.ChatMessage(role='robot', content='hi')\n"
    )
    result = mypy(str(bad), mypypath=str(ROOT / "generated" / "relay"))
    lines = sorted(
        {line.split(":")[1] for line in result.stdout.splitlines() if ": error:" in line}
    )
    assert lines == ["4", "6"], result.stdout
    # `create` is overloaded on `stream`: mypy names the call, then the wrong argument
    assert 'No overload variant of "create"' in result.stdout
    assert 'Argument "role"' in result.stdout


@pytest.mark.slow
def test_stream_overloads_of_an_optional_body_pass_mypy_strict(tmp_path: Path) -> None:
    # the event_stream construct's `answers.create`: a stream switch crossed with both forms
    # of an optional body (keys and `body=` overlap on `create()`): no overlapping-overload
    # or never-matched error in the stubs or the module, and calls keep their types
    spec = ROOT / "tests" / "constructs" / "event_stream.yaml"
    out = tmp_path / "sdk"
    assert main(["generate", str(spec), "-o", str(out), "--package", "event_stream_sdk", "-q"]) == 0
    usage = tmp_path / "usage.py"
    usage.write_text(
        "from typing import assert_type\n"
        "from event_stream_sdk import Client, Stream, models\n"
        "answers = Client().answers\n"
        "assert_type(answers.create(), models.Event)\n"
        "assert_type(answers.create(question='q', stream=True), Stream[models.Event])\n"
        "assert_type(answers.create(body={'question': 'q'}, stream=False), models.Event)\n"
        "assert_type(answers.create(body=None, stream=True), Stream[models.Event])\n"
    )
    code = sorted(str(path) for path in (out / "event_stream_sdk").rglob("*.py"))
    for targets in (["-p", "event_stream_sdk"], code, [str(usage)]):
        result = mypy(*targets, mypypath=str(out))
        assert result.returncode == 0, result.stdout + result.stderr


@pytest.mark.slow
def test_the_generator_and_the_scripts_pass_mypy_strict() -> None:
    result = mypy("generator", "scripts")
    assert result.returncode == 0, result.stdout + result.stderr


def test_the_repository_code_is_ruff_clean() -> None:
    # with the project's own settings ([tool.ruff] in pyproject.toml)
    result = subprocess.run(
        [sys.executable, "-m", "ruff", "check", "--quiet", "generator", "scripts", "tests"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_generated_sdks_are_ruff_clean() -> None:
    # ruff's default rules, without the project's config: what a user's own ruff would say
    result = subprocess.run(
        [sys.executable, "-m", "ruff", "check", "--isolated", "--line-length", "88", "generated"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr


@pytest.mark.slow
def test_generated_sdks_and_user_code_pass_pyright(tmp_path: Path) -> None:
    # pyright (basic mode), once: the usage files (their assert_type checks too) read the
    # stubs, and the SDK folders are checked whole, as in a repo that commits its SDKs
    sdks = [ROOT / "generated" / sdk for sdk in ("showcase", "relay")]
    usages = [ROOT / "tests" / "typing" / f"usage_{sdk.name}.py" for sdk in sdks]
    report = run_pyright(tmp_path, [*usages, *sdks], sdks)
    errors = [
        f"{d['file']}:{d['range']['start']['line'] + 1}: {d['message']}"
        for d in report["generalDiagnostics"]
        if d["severity"] == "error"
    ]
    assert errors == [], "\n".join(errors)
    # every file was read (pyright skips an `include` it cannot use, and reports nothing)
    files = [f for sdk in sdks for f in sdk.rglob("*.py*") if f.suffix in (".py", ".pyi")]
    assert report["summary"]["filesAnalyzed"] == len(usages) + len(files)


@pytest.mark.slow
def test_models_that_allow_more_keys_take_them_in_the_stubs(tmp_path: Path) -> None:
    # `additionalProperties: {}` / `true`: the model keeps unknown keys at run time, so the
    # stub's constructor must take them; a model without it still refuses a typo
    spec = tmp_path / "api.yaml"
    spec.write_text(
        "openapi: 3.1.0\ninfo: {title: t, version: '1'}\npaths: {}\ncomponents:\n  schemas:\n"
        "    Open: {type: object, properties: {a: {type: string}}, additionalProperties: {}}\n"
        "    Flag: {type: object, properties: {a: {type: string}}, additionalProperties: true}\n"
        "    Child: {allOf: [{$ref: '#/components/schemas/Open'}, {properties: {b: {type: integer}}}]}\n"
        "    Closed: {type: object, properties: {a: {type: string}}}\n",
        encoding="utf-8",
    )
    out = tmp_path / "extra"
    assert main(["generate", str(spec), "-o", str(out), "-q"]) == 0
    good = tmp_path / "good.py"
    good.write_text(
        "from extra.models import Child, Flag, Open\n\n"
        "o = Open(a='x', other=1)\nf = Flag(other=[1])\nc = Child(a='x', b=1, more=True)\n"
        "assert o.model_extra == {'other': 1} and c.model_extra == {'more': True}\n"
    )
    result = mypy(str(good), mypypath=str(out))
    assert result.returncode == 0, result.stdout + result.stderr
    run = subprocess.run(
        [sys.executable, str(good)],
        cwd=out,
        capture_output=True,
        text=True,
        check=False,
        env={**os.environ, "PYTHONPATH": str(out)},
    )
    assert run.returncode == 0, run.stderr
    bad = tmp_path / "bad.py"
    bad.write_text("from extra.models import Closed\n\nc = Closed(a='x', other=1)\n")
    result = mypy(str(bad), mypypath=str(out))
    assert result.returncode == 1
    assert 'Unexpected keyword argument "other" for "Closed"' in result.stdout


@pytest.mark.slow
def test_error_bodies_are_typed_where_every_error_has_one_model(tmp_path: Path) -> None:
    # the shared_error_model construct: `except errors.APIStatusError as e` reads
    # `e.body.error.code` without a cast or isinstance, and a wrong name is still an error
    spec = ROOT / "tests" / "constructs" / "shared_error_model.yaml"
    out = tmp_path / "sdk"
    assert (
        main(["generate", str(spec), "-o", str(out), "--package", "shared_errors_sdk", "-q"]) == 0
    )
    good = tmp_path / "good.py"
    good.write_text(
        "from typing import assert_type\n"
        "from shared_errors_sdk import Client, PaymentRequiredError, errors, models\n"
        "try:\n"
        "    Client().charges.create(amount=1)\n"
        "except errors.PaymentRequiredError as e:\n"
        "    assert_type(e.body, models.ErrorResponse)\n"
        "    code: str = e.body.error.code\n"
        "except errors.NotFoundError as e:\n"
        "    assert_type(e.body.error, models.ErrorDetail)\n"
        "except errors.APIStatusError as e:\n"
        "    print(e.body.error.code, e.body.error.param, e.status_code)\n"
        "assert issubclass(PaymentRequiredError, errors.APIStatusError)\n"
    )
    bad = tmp_path / "bad.py"
    bad.write_text(
        "from shared_errors_sdk import Client, errors\n"
        "try:\n"
        "    Client().charges.create(amount=1)\n"
        "except errors.APIStatusError as e:\n"
        "    e.body.error.cod\n"
        "    e.body.eror\n"
        "    x: int = e.body.error.code\n"
    )
    result = mypy(str(good), mypypath=str(out))
    assert result.returncode == 0, result.stdout + result.stderr
    result = mypy(str(bad), mypypath=str(out))
    lines = sorted(line.split(":")[1] for line in result.stdout.splitlines() if ": error:" in line)
    assert lines == ["5", "6", "7"], result.stdout
    assert '"ErrorDetail" has no attribute "cod"' in result.stdout


def test_a_test_kit_answer_of_the_wrong_model_is_a_type_error(tmp_path: Path) -> None:
    bad = tmp_path / "bad_answer.py"
    bad.write_text(
        "from relay import models\nfrom relay.testing import MockAPI\n"
        "api = MockAPI()\n"
        "api.jobs.retrieve.respond(models.Job(id='j', name='n', state='done'))\n"
        "api.jobs.retrieve.respond(models.AuthEcho(scheme='x', credential='c'))\n"
    )
    result = mypy(str(bad), mypypath=str(ROOT / "generated" / "relay"))
    errors = [line for line in result.stdout.splitlines() if ": error:" in line]
    assert [line.split(":")[1] for line in errors] == ["5"], result.stdout
    assert '"respond" of "OperationMock"' in errors[0]


def test_the_webhook_union_narrows_by_its_tag(tmp_path: Path) -> None:
    # `unwrap` gives the events' union or the generic event; once the generic event is
    # ruled out, comparing `type` narrows to one event class (its field is a Literal)
    usage = tmp_path / "narrow.py"
    usage.write_text(
        "from typing import assert_type\n"
        "from relay import AsyncClient, Client, models\n"
        "def handle(body: bytes, headers: dict[str, str]) -> None:\n"
        "    event = Client().webhooks.unwrap(body, headers, secret='whsec_x')\n"
        "    assert_type(event, models.WebhookEvent | models.UnknownWebhookEvent)\n"
        "    if isinstance(event, models.UnknownWebhookEvent):\n"
        "        assert_type(event.type, str)\n"
        "        return\n"
        "    if event.type == 'job.completed':\n"
        "        assert_type(event, models.JobCompletedEvent)\n"
        "        assert_type(event.data, models.Job)\n"
        "    elif event.type == 'payment.succeeded':\n"
        "        assert_type(event, models.PaymentSucceededEvent)\n"
        "    else:\n"
        "        assert_type(event, models.JobFinishedEvent)\n"
        "    same = AsyncClient().webhooks.parse(body)\n"
        "    assert_type(same, models.WebhookEvent | models.UnknownWebhookEvent)\n"
        "    if not isinstance(same, models.UnknownWebhookEvent) and same.type == 'job.finished':\n"
        "        same.data\n"  # line 19: a JobFinishedEvent has no `data`
    )
    result = mypy(str(usage), mypypath=str(ROOT / "generated" / "relay"))
    errors = [line for line in result.stdout.splitlines() if ": error:" in line]
    assert len(errors) == 1 and ":19:" in errors[0], result.stdout
    assert '"JobFinishedEvent" has no attribute "data"' in errors[0]
