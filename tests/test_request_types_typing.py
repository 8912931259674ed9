"""Correct calls type-check, and a misspelled keyword is one short error that names it.

User code against an SDK generated from the request_types construct, under `mypy --strict`
and pyright: an enum's value where the schema is a union of the enum and an object (inline,
and through named aliases), a `list[XParam]` variable where a list is taken, a dict for an
object query parameter, extra keys for an object that allows them. A misspelled keyword on
the create call (twenty body keys) must give each checker a message of at most ~2x what a
hand-tuned SDK prints (about 650 characters), naming the keyword. So must one on a create
call overloaded on `stream` (nineteen body keys), whose correct calls keep the result each
value of `stream` gives (the model, the stream of chunks, either).
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from generator.cli import main
from tests.helpers import ROOT
from tests.test_request_shapes_typing import pyright_errors_by_file
from tests.test_typecheck import mypy

SPEC = ROOT / "tests" / "constructs" / "request_types.yaml"
PACKAGE = "request_types_sdk"
# at most about twice what a hand-tuned SDK prints for the same slip (~650 characters)
SHORT = 1300
# The same slip on a method overloaded on `stream`, in the official OpenAI SDK (openai 3.63.0,
# mypy 2.4.1 --strict, pyright 1.1.414 basic): `client.chat.completions.create(model=...,
# messages=..., stream=True, temprature=0.2)` prints 13,477 characters under mypy (its three
# overloads, listed whole) and 136 under pyright, which does not name the keyword; on a
# method of one signature (`embeddings.create(..., dimensons=3)`) mypy prints 204. The
# bounds: twice that single-signature message under mypy, twice the official message under
# pyright (ours also names the keyword).
STREAM_SHORT_MYPY = 2 * 204
STREAM_SHORT_PYRIGHT = 2 * 136

CORRECT = """\
from typing import assert_type

from request_types_sdk import AsyncClient, AsyncStream, Client, Stream, models

charges = Client(base_url="http://127.0.0.1:1").charges
lines: list[models.LineItemParam] = [{"price": "p_1", "quantity": 2}]
floats: list[int] = [1, 2]
meta: dict[str, str] = {"source": "web", "order": "7"}
charges.create(amount=100, currency="eur", tool_choice="auto", line_items=lines)
charges.create(amount=100, currency="eur", tool_choice={"name": "f"}, mode="fast")
charges.create(amount=100, currency="eur", fallback_choice="required", amounts=floats)
charges.create(amount=100, currency="eur", fallback_choice={"name": "f"}, mode={"name": "g"})
charges.create(amount=100, currency="eur", metadata={"source": "web", "order": "7"})
charges.create(amount=100, currency="eur", metadata=meta, line_items=(models.LineItem(price="p"),))
charges.list(created={"gte": 1700000000}, window={"start": "a", "end": "b"})
charges.list(created=models.RangeQuery(lt=5))
models.ChargeCreate(amount=1, currency="eur", tool_choice="none", fallback_choice=3)
completions = Client(base_url="http://127.0.0.1:1").completions


def flag() -> bool:
    return True


assert_type(completions.create(model="m", prompt="p"), models.Completion)
assert_type(completions.create(model="m", prompt="p", stream=False), models.Completion)
assert_type(completions.create(model="m", prompt="p", stream=True), Stream[models.CompletionChunk])
either = completions.create(model="m", prompt="p", stream=flag(), temperature=0.2, stop=["."])
assert_type(either, models.Completion | Stream[models.CompletionChunk])
assert_type(completions.create(body={"model": "m", "prompt": "p"}, stream=True), Stream[models.CompletionChunk])


async def run() -> None:
    async with AsyncClient(base_url="http://127.0.0.1:1") as client:
        await client.charges.list(created={"gt": 1})
        await client.charges.create(amount=1, currency="eur", tool_choice="auto", line_items=lines)
        chunks = await client.completions.create(model="m", prompt="p", stream=True, seed=1)
        assert_type(chunks, AsyncStream[models.CompletionChunk])
        whole = await client.completions.create(model="m", prompt="p", tool_choice="auto")
        assert_type(whole, models.Completion)
"""

WRONG = """\
from request_types_sdk import Client

charges = Client(base_url="http://127.0.0.1:1").charges
charges.create(amount=100, currency="eur", descriptoin="x")
charges.create(amount=100, currency="eur", tool_choice="sometimes")
charges.list(created={"gte": "yesterday"})
charges.create(amount=100, currency="eur", payment_method_types="card")
completions = Client(base_url="http://127.0.0.1:1").completions
completions.create(model="m", prompt="p", stream=True, temprature=0.2)
completions.create(model="m", prompt="p", temprature="hot")
completions.create(model="m", prompt="p", stream=True, top_p="high")
"""
# the lines of WRONG with a misspelled keyword: on the plain create, on the streaming one
# (with and without `stream=`); the last line's mistake is a value's type
TYPOS = {4: "descriptoin", 9: "temprature", 10: "temprature"}
STREAMING = (9, 10)


@pytest.fixture(scope="module")
def sdk(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("request_types") / "sdk"
    assert main(["generate", str(SPEC), "-o", str(out), "--package", PACKAGE, "-q"]) == 0
    return out


def _mypy(tmp_path: Path, sdk: Path, text: str) -> tuple[dict[int, str], int]:
    usage = tmp_path / "usage.py"
    usage.write_text(text, encoding="utf-8")
    result = mypy(str(usage), mypypath=str(sdk))
    by_line: dict[int, str] = {}
    for line in result.stdout.splitlines():
        found = re.match(r"^[^:]*usage\.py:(\d+): ", line)
        if found:
            number = int(found.group(1))
            by_line[number] = by_line.get(number, "") + line + "\n"
    return by_line, result.returncode


def test_correct_calls_pass_mypy_strict(tmp_path: Path, sdk: Path) -> None:
    errors, code = _mypy(tmp_path, sdk, CORRECT)
    assert not errors and code == 0, errors


@pytest.fixture(scope="module")
def pyright_on_usages(
    sdk: Path, tmp_path_factory: pytest.TempPathFactory
) -> dict[str, dict[int, str]]:
    # the correct and the wrong calls in one pyright run
    texts = {"correct": CORRECT, "wrong": WRONG}
    return pyright_errors_by_file(tmp_path_factory.mktemp("pyright"), texts, [sdk])


def test_correct_calls_pass_pyright(pyright_on_usages: dict[str, dict[int, str]]) -> None:
    assert pyright_on_usages["correct"] == {}


def test_mistakes_are_short_errors_under_mypy_strict(tmp_path: Path, sdk: Path) -> None:
    errors, _ = _mypy(tmp_path, sdk, WRONG)
    assert sorted(errors) == [4, 5, 6, 7, 9, 10, 11], errors
    typo = errors[4]
    assert 'Unexpected keyword argument "descriptoin"' in typo, typo
    assert 'did you mean "description"' in typo, typo
    assert len(typo) <= SHORT, (len(typo), typo)
    for line in STREAMING:
        typo = errors[line]
        assert f'Argument "{TYPOS[line]}" to "create"' in typo, typo
        assert len(typo) <= STREAM_SHORT_MYPY, (len(typo), typo)


def test_mistakes_are_short_errors_under_pyright(
    pyright_on_usages: dict[str, dict[int, str]],
) -> None:
    errors = pyright_on_usages["wrong"]
    assert sorted(errors) == [4, 5, 6, 7, 9, 10, 11], errors
    for line, keyword in TYPOS.items():
        typo = errors[line]
        assert f'"{keyword}"' in typo, typo
        bound = STREAM_SHORT_PYRIGHT if line in STREAMING else SHORT
        assert len(typo) <= bound, (len(typo), typo)
