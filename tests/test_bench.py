"""scripts/bench.py: its synthetic specs, its arithmetic and its import-time breakdown.

No timing is asserted: the figures come from running `scripts/bench`.
"""

from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path
from types import ModuleType

import pytest

from generator.errors import SpecWarning
from generator.load import load_spec
from generator.parse import parse_api

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="module")
def bench() -> ModuleType:
    spec = importlib.util.spec_from_file_location("sdkforge_bench", ROOT / "scripts" / "bench.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["sdkforge_bench"] = module
    spec.loader.exec_module(module)
    return module


@pytest.mark.parametrize("operations", [1, 10, 25])
def test_synthetic_specs_have_the_operations_asked_for(
    bench: ModuleType, operations: int, tmp_path: Path
) -> None:
    path = tmp_path / "spec.json"
    path.write_text(json.dumps(bench.synthetic_spec(operations)))
    warnings: list[SpecWarning] = []
    api = parse_api(load_spec(path), "pkg", warnings, None)
    parsed = [op for resource in api.all_resources() for op in resource.operations]
    assert len(parsed) == operations
    assert len(api.resources) == (operations + 9) // 10
    # models grow with operations: a resource, its meta object and its status enum each
    assert len(api.exports) >= 3 * operations
    assert warnings == []


def test_the_overhead_spec_parses(bench: ModuleType, tmp_path: Path) -> None:
    path = tmp_path / "overhead.json"
    path.write_text(json.dumps(bench.OVERHEAD_SPEC))
    api = parse_api(load_spec(path), "pkg", [], None)
    assert [op.method_name for op in api.resources[0].operations] == [
        "get_small",
        "list_items",
        "download",
    ]


def test_ratios_are_taken_run_by_run(bench: ModuleType) -> None:
    def run(wall: float) -> object:
        return bench.Run(wall=wall, cpu=wall, peak_mb=1.0, code=0)

    pair = bench.Pair(a=[run(1.0), run(4.0), run(3.0)], b=[run(2.0), run(2.0), run(1.0)])
    assert pair.ratio() == 2.0  # median of 0.5, 2.0, 3.0
    assert pair.spread() == (0.5, 3.0)
    assert pair.median("a") == 3.0


def test_a_command_is_timed_by_the_kernel(bench: ModuleType) -> None:
    result = bench.run([sys.executable, "-c", "print('hello')"])
    assert result.code == 0 and result.tail == "hello"
    assert result.wall > 0 and result.cpu > 0 and result.peak_mb > 1


def test_import_time_is_split_by_cause(bench: ModuleType) -> None:
    groups = bench.importtime_breakdown(ROOT / "generated" / "petstore", "petstore")
    assert set(groups) == {
        "httpx and its dependencies",
        "pydantic",
        "the SDK's own modules",
        "standard library the SDK imports",
        "interpreter start-up (site)",
    }
    assert groups["the SDK's own modules"] > 0
    assert groups["httpx and its dependencies"] > 0 and groups["pydantic"] > 0


def test_the_closing_table_has_a_row_per_figure(
    bench: ModuleType, capsys: pytest.CaptureFixture[str]
) -> None:
    results = {
        "scaling": {
            "sizes": [
                {"operations": 10, "seconds": 1.0, "per_operation_ms": 100.0},
                {"operations": 100, "seconds": 2.0, "per_operation_ms": 20.0},
            ],
            "marginal_ms": [11.1],
        },
        "overhead": {
            "sync list of 100 objects": {"sdk_us": 110.0, "raw_us": 100.0, "ratio": 1.1},
            "first_call": {"sdk_ms": 300.0, "raw_ms": 250.0, "ratio": 1.2},
        },
    }
    rows = bench.summary_rows(results)
    assert [row[0] for row in rows] == [
        "generate 10 operations",
        "generate 100 operations",
        "call: sync list of 100 objects",
        "first call (fresh process)",
    ]
    assert rows[2][1:] == ("110 us", "httpx + model 100 us", "x1.100")
    bench.print_table(rows)
    assert capsys.readouterr().out.splitlines()[0].split() == [
        "figure",
        "sdkforge",
        "baseline",
        "(same",
        "run)",
        "ratio",
    ]
