"""Pages found in the body and list wrappers type-check as what they iterate: items, never a
model's `(name, value)` field pairs, in the stubs and in the code (`mypy --strict`)."""

from __future__ import annotations

from pathlib import Path

import pytest

from generator.cli import main
from tests.e2e.test_pages_in_the_body import SPEC
from tests.helpers import write_spec
from tests.test_typecheck import mypy


@pytest.mark.slow
def test_iterating_a_list_wrapper_or_a_body_page_yields_typed_items(tmp_path: Path) -> None:
    out = tmp_path / "sdk"
    spec = write_spec(tmp_path, SPEC)
    assert main(["generate", str(spec), "-o", str(out), "--package", "pages_sdk", "-q"]) == 0
    usage = tmp_path / "usage.py"
    usage.write_text(
        "from typing import assert_type\n"
        "from pages_sdk import AsyncClient, Client, models\n"
        "client = Client()\n"
        "for model in client.models.list():\n"
        "    assert_type(model, models.Model)\n"
        "for service in client.services.list(page_size=2):\n"
        "    assert_type(service, models.Service)\n"
        "for customer in client.customers.search(query='q'):\n"
        "    assert_type(customer, models.Customer)\n"
        "async def walk(client: AsyncClient) -> None:\n"
        "    async for model in await client.models.list():\n"
        "        assert_type(model, models.Model)\n"
    )
    code = sorted(str(path) for path in (out / "pages_sdk").rglob("*.py"))
    for targets in (["-p", "pages_sdk"], code, [str(usage)]):
        result = mypy(*targets, mypypath=str(out))
        assert result.returncode == 0, result.stdout + result.stderr
