"""Typed request shapes: object bodies as keyword arguments and `<Name>Param` TypedDicts.

User code against the generated showcase SDK (and the relay SDK, for a method with both a
keyword body and a stream switch): correct calls pass `mypy --strict` (and pyright), and each
mistake is an error on exactly the line marked `# error`.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from tests.helpers import ROOT, run_pyright
from tests.test_typecheck import mypy

SHOWCASE = ROOT / "generated" / "showcase"
RELAY = ROOT / "generated" / "relay"

USAGE = """\
import datetime as dt
from uuid import UUID

import showcase
from showcase import models

client = showcase.Client(base_url="http://127.0.0.1:1/v1")
keeper: models.KeeperParam = {"first-name": "Ada", "email": "ada@zoo.example"}
money: models.MoneyParam = {"amount": 1.0, "currency": models.CurrencyCode.EUR}
client.diagnostics.echo.create(
    message="hi",
    count=2,
    day=dt.date(2024, 1, 2),
    keeper=keeper,
    price=money,
    ticket={"id": "T", "class": models.TicketClass.ADULT, "from": dt.date(2024, 1, 2)},
    extra_body={"more": 1},
)
client.diagnostics.echo.create(message="hi", price=models.Money(amount=1.0, currency=models.CurrencyCode.EUR))
client.diagnostics.echo.create(body={"message": "hi", "count": 2})
client.diagnostics.echo.create(body=models.EchoPayload(message="hi"))
client.inventory.items.create(sku="S", name="n", price=money, restock_date=None)
# enums take their values: at the top of a TypedDict key, in lists and maps (Sequence and
# Mapping, so a list of members fits too), in arguments and model constructors
sizes: list[models.SizeClass] = [models.SizeClass(1)]
client.diagnostics.echo.create(message="hi", sizes=[1, models.SizeClass(2)], stock={"a": "sold_out"})
client.diagnostics.echo.create(message="hi", sizes=sizes, ticket={"id": "T", "class": "adult", "from": dt.date(2024, 1, 2)})
client.diagnostics.echo.retrieve(1, x_trace_id="t", sizes=[1, 3])
client.diagnostics.echo.retrieve(1, x_trace_id="t", sizes=sizes)
models.EchoPayload(message="m", sizes=(1, 2), stock={"a": models.ItemStatus.RESERVED, "b": "sold_out"})
expert: models.KeeperParam = {"first-name": "A", "email": "e", "expertise": ["cat", models.AnimalKind.DOG]}
# a union alias of models (tagged or not) takes the TypedDict of each variant too
client.animals.keepers.create(first_name="A", email="e", contact={"phone": "1", "extension": "2"})
client.animals.keepers.create(first_name="A", email="e", contact=models.EmailContact(email="a@b"))
reach: models.KeeperParam = {"first-name": "A", "email": "e", "contact": {"email": "a@b"}}
client.diagnostics.echo.create(message="hi", animal={"kind": "cat", "id": UUID(int=1), "name": "Tom", "size": 1})


async def run() -> None:
    async with showcase.AsyncClient(base_url="http://127.0.0.1:1/v1") as aclient:
        await aclient.diagnostics.echo.create(message="hi", keeper=keeper)
        await aclient.diagnostics.echo.create(message="hi", cuont=2)  # error


client.diagnostics.echo.create(message="hi", cuont=2)  # error
client.diagnostics.echo.create(message="hi", price={"amount": 1.0, "curency": "EUR"})  # error
client.diagnostics.echo.create(message="hi", count="2")  # error
client.diagnostics.echo.create(body={"mesage": "hi"})  # error
typo: models.KeeperParam = {"first_name": "Ada", "email": "ada@zoo.example"}  # error
client.diagnostics.echo.create(message="hi", sizes=[4])  # error
client.diagnostics.echo.create(message="hi", stock={"a": "gone"})  # error
client.diagnostics.echo.create(message="hi", ticket={"id": "T", "class": "vip", "from": dt.date(2024, 1, 2)})  # error
client.diagnostics.echo.retrieve(1, x_trace_id="t", sizes=[9])  # error
models.EchoPayload(message="m", stock={"a": "gone"})  # error
fish: models.KeeperParam = {"first-name": "A", "email": "e", "expertise": ["fish"]}  # error
client.animals.keepers.create(first_name="A", email="e", contact={"emial": "a@b"})  # error
client.diagnostics.echo.create(message="hi", animal={"kind": "cat", "id": UUID(int=1), "name": "Tom"})  # error
"""

# `create` takes the body's keys or `body=` in one signature per value of `stream`, which
# picks the result. A required key left out is refused at run time, before sending: type
# checkers cannot ask for it without a second overload per form, whose parameters they
# would list on every misspelled keyword.
STREAM_USAGE = """\
from typing import assert_type

import relay
from relay import AsyncStream, Stream, models

client = relay.Client(base_url="http://127.0.0.1:1")
chat = client.events.chat.completions
hi: models.ChatMessageParam = {"role": models.ChatRole.USER, "content": "hi"}
whole: models.ChatRequestParam = {"model": "m", "messages": [hi, {"role": "user", "content": "?"}]}


def flag() -> bool:
    return False


assert_type(chat.create(model="m", messages=[hi]), models.ChatCompletion)
assert_type(chat.create(model="m", messages=[hi], stream=False), models.ChatCompletion)
assert_type(chat.create(model="m", messages=[hi], stream=True), Stream[models.ChatChunk])
either = chat.create(model="m", messages=[hi], stream=flag(), tone="plain")
assert_type(either, models.ChatCompletion | Stream[models.ChatChunk])
assert_type(chat.create(body=whole), models.ChatCompletion)
assert_type(chat.create(body=whole, stream=False), models.ChatCompletion)
assert_type(chat.create(body=whole, stream=True), Stream[models.ChatChunk])
assert_type(chat.create(body=whole, stream=flag()), models.ChatCompletion | Stream[models.ChatChunk])


async def run() -> None:
    achat = relay.AsyncClient(base_url="http://127.0.0.1:1").events.chat.completions
    assert_type(await achat.create(model="m", messages=[hi]), models.ChatCompletion)
    assert_type(await achat.create(model="m", messages=[hi], stream=True), AsyncStream[models.ChatChunk])
    assert_type(await achat.create(body=whole, stream=True), AsyncStream[models.ChatChunk])
    aeither = await achat.create(model="m", messages=[hi], stream=flag())
    assert_type(aeither, models.ChatCompletion | AsyncStream[models.ChatChunk])


chat.create(model="m", messages=[hi], stream=flag(), temprature=0.2)  # error
chat.create(body={"model": "m"}, stream=True)  # error
chat.create(model="m", messages=[hi], stream="yes")  # error
chat.create(model="m", messages=[{"role": "robot", "content": "hi"}], stream=True)  # error
"""

# The response views: a method of one signature is typed by the generic view it is declared
# with (its parameters checked, its result in the response), an overloaded one by its protocol.
# The methods for undeclared endpoints take the per-call options, typed (CallOptions).
VIEW_USAGE = """\
from typing import assert_type

import relay
from relay import APIResponse, AsyncStreamedResponse, StreamedResponse, models

client = relay.Client(base_url="http://127.0.0.1:1")
hi: models.ChatMessageParam = {"role": models.ChatRole.USER, "content": "hi"}
assert_type(client.jobs.with_raw_response.retrieve("j"), APIResponse[models.Job])
assert_type(client.jobs.with_raw_response.retrieve("j", timeout=1.0).parse(), models.Job)
with client.jobs.with_streaming_response.retrieve("j") as response:
    assert_type(response, StreamedResponse[models.Job])
raw_chat = client.events.chat.completions.with_raw_response.create(model="m", messages=[hi])
assert_type(raw_chat.parse(), models.ChatCompletion | relay.Stream[models.ChatChunk])


async def run() -> None:
    jobs = relay.AsyncClient(base_url="http://127.0.0.1:1").jobs
    assert_type((await jobs.with_raw_response.retrieve("j")).parse(), models.Job)
    async with jobs.with_streaming_response.retrieve("j") as streamed:
        assert_type(streamed, AsyncStreamedResponse[models.Job])
    await jobs.with_raw_response.retrieve(1)  # error


client.jobs.with_raw_response.retrieve(1)  # error
client.jobs.with_raw_response.retrieve("j", timeot=1.0)  # error
client.jobs.with_streaming_response.retrieve()  # error
client.events.chat.completions.with_raw_response.create(model="m", tone="sad")  # error
assert_type(client.get("/x", cast_to=models.Job, max_response_size=5, timeout=1.0), models.Job)
client.get("/x", max_response_sise=5)  # error
client.post("/x", body={}, timeout="soon")  # error
"""

USAGES = {
    "showcase": (USAGE, SHOWCASE),
    "relay": (STREAM_USAGE, RELAY),
    "views": (VIEW_USAGE, RELAY),
}


def _marked_lines(text: str) -> set[int]:
    return {n for n, line in enumerate(text.splitlines(), 1) if line.endswith("# error")}


def _mypy_errors(tmp_path: Path, text: str, sdk: Path) -> tuple[set[int], str]:
    usage = tmp_path / "usage.py"
    usage.write_text(text, encoding="utf-8")
    result = mypy(str(usage), mypypath=str(sdk))
    pattern = r"^[^:\n]*usage\.py:(\d+): error:"
    return {int(m) for m in re.findall(pattern, result.stdout, re.MULTILINE)}, result.stdout


def test_request_shapes_under_mypy_strict(tmp_path: Path) -> None:
    errors, output = _mypy_errors(tmp_path, USAGE, SHOWCASE)
    assert errors == _marked_lines(USAGE), output
    # the messages name the mistake where mypy picks one overload
    assert 'Unexpected keyword argument "cuont"' in output
    assert '"first_name"' in output


def test_stream_switch_keeps_each_result_type_under_mypy_strict(tmp_path: Path) -> None:
    # the assert_type lines pass only if each overload returns its own type (sync and async)
    errors, output = _mypy_errors(tmp_path, STREAM_USAGE, RELAY)
    assert errors == _marked_lines(STREAM_USAGE), output
    assert 'No overload variant of "create"' in output


def test_response_views_are_typed_under_mypy_strict(tmp_path: Path) -> None:
    errors, output = _mypy_errors(tmp_path, VIEW_USAGE, RELAY)
    assert errors == _marked_lines(VIEW_USAGE), output


def pyright_errors_by_file(
    folder: Path, texts: dict[str, str], roots: list[Path]
) -> dict[str, dict[int, str]]:
    """For each user file `name -> text`: line -> pyright's error messages (basic mode)
    against the SDKs in `roots`, in one pyright run (its start-up is most of a small run);
    skips the test where pyright or node is missing."""
    usages = {name: folder / f"{name}.py" for name in texts}
    for name, text in texts.items():
        usages[name].write_text(text, encoding="utf-8")
    report = run_pyright(folder, list(usages.values()), roots)
    errors: dict[str, dict[int, str]] = {name: {} for name in texts}
    named = {str(path): name for name, path in usages.items()}
    for d in report["generalDiagnostics"]:
        if d["severity"] == "error":
            line = d["range"]["start"]["line"] + 1
            of_file = errors[named[d["file"]]]
            of_file[line] = of_file.get(line, "") + d["message"] + "\n"
    return errors


@pytest.fixture(scope="module")
def pyright_on_usages(tmp_path_factory: pytest.TempPathFactory) -> dict[str, dict[int, str]]:
    texts = {f"usage_{name}": text for name, (text, _) in USAGES.items()}
    roots = sorted({root for _, root in USAGES.values()})
    errors = pyright_errors_by_file(tmp_path_factory.mktemp("pyright"), texts, roots)
    return {name: errors[f"usage_{name}"] for name in USAGES}


@pytest.mark.parametrize("sdk", sorted(USAGES))
def test_request_shapes_under_pyright(
    sdk: str, pyright_on_usages: dict[str, dict[int, str]]
) -> None:
    text, _ = USAGES[sdk]
    errors = pyright_on_usages[sdk]
    assert set(errors) == _marked_lines(text), errors
