"""`sdkforge lint` on three real specs: the findings a person reading them agrees with.

Optional: the corpus is not part of the repository. The tests run when it is at
$SDKFORGE_CORPUS (default /work/shared/corpus/specs) and are skipped otherwise.
"""

from __future__ import annotations

import json
import os
import shutil
from pathlib import Path
from typing import Any

import pytest

from tests.helpers import Cli

CORPUS = Path(os.environ.get("SDKFORGE_CORPUS", "/work/shared/corpus/specs"))
pytestmark = pytest.mark.skipif(not CORPUS.is_dir(), reason=f"no corpus at {CORPUS}")


def _lint(cli: Cli, folder: Path, spec: str, *args: str) -> list[dict[str, Any]]:
    result = cli("lint", spec, "--format", "json", *args, cwd=folder)
    (report,) = json.loads(result.stdout)["reports"]
    return list(report["findings"])


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    for name in (
        "apisguru__randommer.io_v1.yaml",
        "apisguru__fulfillment.com_2.0.yaml",
        "apisguru__gov.bc.ca_news_1.0.yaml",
    ):
        shutil.copyfile(CORPUS / name, tmp_path / name)
    return tmp_path


def test_an_api_key_passed_as_a_header_parameter_and_gets_without_content(
    folder: Path, cli: Cli
) -> None:
    # the spec declares no securitySchemes; every operation takes `X-Api-Key` as a header,
    # and its GETs answer 200 without declaring what
    findings = _lint(cli, folder, "apisguru__randommer.io_v1.yaml")
    keys = [f for f in findings if f["rule"] == "missing-security"]
    assert keys and all("'X-Api-Key'" in f["message"] for f in keys)
    assert {
        "rule": "response-without-schema",
        "severity": "warning",
        "pointer": "/paths/~1api~1Card/get/responses/200",
        "message": "GET /api/Card answers 200 with no content declared: `list` returns None",
        "fix": "Add a schema to the response's content",
    } in findings


def test_page_and_limit_lists_are_found_and_fixed_by_an_overlay(folder: Path, cli: Cli) -> None:
    spec = "apisguru__fulfillment.com_2.0.yaml"
    paged = {
        f["pointer"] for f in _lint(cli, folder, spec) if f["rule"] == "undetected-pagination"
    }
    assert paged == {"/paths/~1orders/get", "/paths/~1inventory/get", "/paths/~1returns/get"}
    assert cli("lint", spec, "--fix", cwd=folder).returncode == 0
    overlay = "apisguru__fulfillment.com_2.0.sdkforge-overlay.yaml"
    after = _lint(cli, folder, spec, "--overlay", overlay)
    assert not [f for f in after if f["rule"] == "undetected-pagination"]


def test_skip_and_count_paging_and_operation_id_names(folder: Path, cli: Cli) -> None:
    findings = _lint(cli, folder, "apisguru__gov.bc.ca_news_1.0.yaml")
    rules = {(f["rule"], f["pointer"]) for f in findings}
    latest = "/paths/~1api~1Posts~1Latest~1{indexKind}~1{indexKey}/get"
    keys = "/paths/~1api~1Posts~1Keys~1{indexKind}~1{indexKey}/get"
    assert {
        ("undetected-pagination", latest),
        ("undetected-pagination", keys),
        ("operation-id-name", keys),
    } <= rules
