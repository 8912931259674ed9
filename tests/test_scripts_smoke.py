"""A quick run of every script under scripts/, so that a refactor cannot break one unseen.

Each runs as users run it (a subprocess of the project's Python, on the repository's own
specs or a copy of one), on the smallest input that still walks its main path, and the
test reads what it reports. scripts/bench and scripts/unasync have tests of their own
(tests/test_bench.py, tests/unit/test_runtime_sources.py); scripts/test is this suite.
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
from tests.servers.live import serve
from tests.servers.relay_app import create_app as relay_app

SCRIPTS = ROOT / "scripts"
SPECS = ROOT / "specs"


def _run(*command: str | Path, timeout: float = 300) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [str(part) for part in command],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
        timeout=timeout,
    )


@pytest.mark.parametrize("wrapper", ["bench", "contract", "corpus", "generate", "load", "matrix"])
def test_each_shell_wrapper_reaches_its_program(wrapper: str) -> None:
    result = _run(SCRIPTS / wrapper, "--help")
    assert result.returncode == 0, result.stderr
    assert "usage:" in result.stdout


def test_the_matrix_plans_every_python_dependency_set_and_http_library() -> None:
    # the plan only (the full matrix installs 15 venvs: docs/compatibility.md)
    result = _run(SCRIPTS / "matrix", "--dry-run")
    assert result.returncode == 0, result.stdout + result.stderr
    assert "12 cells planned" in result.stdout
    rows = [line for line in result.stdout.splitlines() if line.startswith("| 3.1")]
    assert len(rows) == 12
    assert "| 3.13 | lowest | httpx | - | planned | planned | planned |" in rows
    assert "--resolution lowest-direct" in result.stdout
    assert "generate --check" in result.stdout


def test_generate_script_checks_the_committed_sdks() -> None:
    result = _run(SCRIPTS / "generate", "--check", "--quiet")
    assert result.returncode == 0, result.stdout + result.stderr


def test_the_contract_steps_count_a_streamed_call_as_parsed(tmp_path: Path) -> None:
    # the Prism mock is replaced by the relay test server, which serves the relay spec
    steps = SCRIPTS / "_contract_steps.py"
    prepared = _run(sys.executable, steps, "prepare", SPECS / "relay.yaml", tmp_path, "cx_sdk")
    assert prepared.returncode == 0, prepared.stderr
    assert json.loads(prepared.stdout.splitlines()[-1])["ok"] is True
    with serve(relay_app()) as base_url:
        called = _run(sys.executable, steps, "call", tmp_path, "cx_sdk", base_url, "10")
    assert called.returncode == 0, called.stderr
    calls = {
        (call["method"], call["id"]): call
        for call in json.loads((tmp_path / "calls.json").read_text(encoding="utf-8"))
    }
    # a streamed result is read to its end, then counted like any other call
    streamed = [calls[key] for key in calls if key[1] in ("GET /events", "POST /chat/completions")]
    assert len(streamed) == 2
    assert all(call["parsed"] for call in streamed), streamed
    assert sum(bool(call["parsed"]) for call in calls.values()) >= len(calls) - 1


def test_the_load_script_runs_clean_on_a_small_load() -> None:
    result = _run(
        sys.executable,
        SCRIPTS / "load.py",
        "--requests=40",
        "--concurrency=8",
        "--rounds=2",
        "--threads=2",
        "--per-thread=10",
        "--seconds=60",
    )
    assert result.returncode == 0, result.stdout[-2000:] + result.stderr[-2000:]
    assert "40 ok, 0 errors" in result.stdout
    assert "20 ok, 0 errors" in result.stdout


@pytest.mark.slow
def test_the_corpus_script_type_checks_the_code_behind_the_stubs(tmp_path: Path) -> None:
    specs = tmp_path / "specs"
    specs.mkdir()
    shutil.copy(SPECS / "petstore.yaml", specs)
    report = tmp_path / "report.json"
    result = _run(sys.executable, SCRIPTS / "corpus.py", specs, "--jobs=1", "--report", report)
    assert result.returncode == 0, result.stdout[-2000:] + result.stderr[-2000:]
    totals = json.loads(report.read_text(encoding="utf-8"))["totals"]
    assert totals["generated"] == totals["imported"] == totals["mypy_passed"] == 1
    assert (totals["impl_ran"], totals["impl_passed"]) == (1, 1)
    assert totals["stubtest_passed"] == 1


def test_the_yaml_bench_times_every_loader(tmp_path: Path) -> None:
    shutil.copy(SPECS / "relay.yaml", tmp_path)
    result = _run(
        sys.executable, SCRIPTS / "bench_yaml.py", "--specs", tmp_path, "--top=1", "--reps=1"
    )
    assert result.returncode == 0, result.stderr
    assert "relay.yaml (" in result.stdout
    assert "1 YAML specs: 1 identical, 0 different" in result.stdout


@pytest.mark.parametrize(
    ("script", "extra", "expected"),
    [
        ("doc_names.py", [SPECS / "showcase.yaml"], r"^showcase\.yaml\s+\d+\s"),
        ("naming_counts.py", [SPECS, "--per-spec"], r"^all\s+3\s"),
        ("refusals.py", [SPECS], r"^(\d+) specs: \1 read, 0 refused$"),
        # relay marks its paginated operations in the spec
        (
            "pagination_counts.py",
            [SPECS, "--per-spec"],
            r"^relay\.yaml \(\w+\): gets \d+, marked [1-9]",
        ),
    ],
)
def test_the_parser_counting_scripts_read_the_repository_specs(
    script: str, extra: list[str | Path], expected: str
) -> None:
    result = _run(sys.executable, SCRIPTS / script, *extra)
    assert result.returncode == 0, result.stderr
    assert re.search(expected, result.stdout, re.MULTILINE), result.stdout
