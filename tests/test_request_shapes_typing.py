"""Typed request shapes: object bodies as keyword arguments and `<Name>Param` TypedDicts.

User code against the generated showcase SDK: correct calls pass `mypy --strict` (and
pyright), and each mistake is an error on exactly the line marked `# error`.
"""

from __future__ import annotations

import json
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tests.helpers import ROOT
from tests.test_typecheck import mypy

SHOWCASE = ROOT / "generated" / "showcase"

USAGE = """\
import datetime as dt

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


async def run() -> None:
    async with showcase.AsyncClient(base_url="http://127.0.0.1:1/v1") as aclient:
        await aclient.diagnostics.echo.create(message="hi", keeper=keeper)
        await aclient.diagnostics.echo.create(message="hi", cuont=2)  # error


client.diagnostics.echo.create(message="hi", cuont=2)  # error
client.diagnostics.echo.create(message="hi", price={"amount": 1.0, "curency": "EUR"})  # error
client.diagnostics.echo.create(count=2)  # error
client.diagnostics.echo.create(message="hi", count="2")  # error
client.diagnostics.echo.create(body={"mesage": "hi"})  # error
typo: models.KeeperParam = {"first_name": "Ada", "email": "ada@zoo.example"}  # error
client.inventory.items.create(sku="S", name="n", price=money)  # error
"""


def _marked_lines(text: str) -> set[int]:
    return {n for n, line in enumerate(text.splitlines(), 1) if line.endswith("# error")}


def test_request_shapes_under_mypy_strict(tmp_path: Path) -> None:
    usage = tmp_path / "usage.py"
    usage.write_text(USAGE, encoding="utf-8")
    result = mypy(str(usage), cache=tmp_path / "cache", mypypath=str(SHOWCASE))
    errors = {
        int(m) for m in re.findall(r"^[^:\n]*usage\.py:(\d+): error:", result.stdout, re.MULTILINE)
    }
    assert errors == _marked_lines(USAGE), result.stdout
    # the messages name the mistake where mypy picks one overload
    assert 'Unexpected keyword argument "cuont"' in result.stdout
    assert '"first_name"' in result.stdout


@pytest.mark.skipif(shutil.which("node") is None, reason="pyright needs node")
def test_request_shapes_under_pyright(tmp_path: Path) -> None:
    pyright = Path(sys.executable).with_name("pyright")
    if not pyright.exists():
        pytest.skip("pyright is not installed (pip install -e '.[test]')")
    usage = tmp_path / "usage.py"
    usage.write_text(USAGE, encoding="utf-8")
    config = {
        "typeCheckingMode": "basic",
        "pythonVersion": "3.11",
        "extraPaths": [str(SHOWCASE)],
        "include": [str(usage)],
    }
    (tmp_path / "pyrightconfig.json").write_text(json.dumps(config))
    result = subprocess.run(
        [str(pyright), "--outputjson", "--pythonpath", sys.executable, "--project", str(tmp_path)],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        check=False,
    )
    report = json.loads(result.stdout)
    errors = {
        d["range"]["start"]["line"] + 1
        for d in report["generalDiagnostics"]
        if d["severity"] == "error"
    }
    assert errors == _marked_lines(USAGE), result.stdout
