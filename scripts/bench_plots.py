#!/usr/bin/env python3
"""SVG charts of the figures `scripts/bench` measured (its `--json` results).

`scripts/bench --plots DIR` writes them at the end of a run; `python scripts/bench_plots.py
RESULTS.json DIR` draws them again from a results file. One horizontal bar chart per
section that was run: generation (sdkforge, openapi-python-client and the spec loader, per
spec), import (the SDK vs `import httpx, pydantic`, by size) and users (import + Client()
and the first call, per case; and beside the official SDKs). Plain SVG written by hand: no plotting library to install.
"""

from __future__ import annotations

import json
import sys
from dataclasses import dataclass
from html import escape
from pathlib import Path
from typing import Any

# one colour per series, told apart in grey print too (dark, middle, light)
COLOURS = ("#1f4e79", "#d08c2f", "#9dbcd4", "#5b8c3a")
BAR, GAP, LABEL_WIDTH, PLOT_WIDTH, MARGIN = 14, 10, 250, 430, 12


@dataclass(frozen=True)
class Chart:
    title: str
    unit: str  # what the bars measure: "s", "ms"
    series: tuple[str, ...]  # the legend: one bar per series in each group
    groups: tuple[tuple[str, tuple[float | None, ...]], ...]  # (label, one value per series)


def svg(chart: Chart) -> str:
    """The chart as an SVG document: bars to scale, each with its value written beside it."""
    values = [v for _, row in chart.groups for v in row if v is not None]
    top = max(values, default=1.0) or 1.0
    group_height = BAR * len(chart.series) + GAP
    legend_y = MARGIN + 22
    first_y = legend_y + 14 * len(chart.series) + 10
    height = first_y + group_height * len(chart.groups) + MARGIN
    width = LABEL_WIDTH + PLOT_WIDTH + 90
    out = [
        f'<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height}" '
        f'viewBox="0 0 {width} {height}" font-family="sans-serif" font-size="11">',
        f'<rect width="{width}" height="{height}" fill="white"/>',
        f'<text x="{MARGIN}" y="{MARGIN + 8}" font-size="13" font-weight="bold">'
        f"{escape(chart.title)} ({escape(chart.unit)}; lower is better)</text>",
    ]
    for index, name in enumerate(chart.series):
        y = legend_y + 14 * index
        out.append(
            f'<rect x="{MARGIN}" y="{y - 9}" width="10" height="10" fill="{COLOURS[index % 4]}"/>'
            f'<text x="{MARGIN + 14}" y="{y}">{escape(name)}</text>'
        )
    for row_index, (label, row) in enumerate(chart.groups):
        y = first_y + group_height * row_index
        middle = y + BAR * len(chart.series) / 2 + 4
        out.append(
            f'<text x="{LABEL_WIDTH - 6}" y="{middle:.1f}" text-anchor="end">{escape(label)}</text>'
        )
        for index, value in enumerate(row):
            bar_y = y + BAR * index
            if value is None:
                out.append(f'<text x="{LABEL_WIDTH + 4}" y="{bar_y + 11}" fill="#666">n/a</text>')
                continue
            length = PLOT_WIDTH * value / top
            out.append(
                f'<rect x="{LABEL_WIDTH}" y="{bar_y}" width="{length:.1f}" height="{BAR - 2}" '
                f'fill="{COLOURS[index % 4]}"><title>{escape(chart.series[index])}: '
                f"{value:.3g} {escape(chart.unit)}</title></rect>"
                f'<text x="{LABEL_WIDTH + length + 4:.1f}" y="{bar_y + 10}">{value:.3g}</text>'
            )
    out.append(
        f'<line x1="{LABEL_WIDTH}" y1="{first_y - 4}" x2="{LABEL_WIDTH}" '
        f'y2="{height - MARGIN}" stroke="#333"/>'
    )
    out.append("</svg>")
    return "\n".join(out) + "\n"


def _spec_label(name: str) -> str:
    return name.split("__", maxsplit=1)[0]


def charts(results: dict[str, Any]) -> dict[str, Chart]:
    """{file stem: chart} for every section in `results` that has figures to draw."""
    found: dict[str, Chart] = {}
    generation = results.get("generation", {}).get("specs", [])
    if generation:
        with_opc = any("opc_s" in row for row in generation)
        series = ("sdkforge generate", *(("openapi-python-client",) if with_opc else ()))
        found["generation"] = Chart(
            "Generation, wall time per spec",
            "s",
            (*series, "loading the spec only (the floor)"),
            tuple(
                (
                    _spec_label(row["spec"]),
                    (
                        row["sdkforge_s"],
                        *(
                            (row.get("opc_s") if row.get("opc_exit") == [0] else None,)
                            if with_opc
                            else ()
                        ),
                        row.get("loader_s"),
                    ),
                )
                for row in generation
            ),
        )
    imports = results.get("import", {}).get("sizes", [])
    if imports:
        found["import"] = Chart(
            "Import of a generated SDK by size",
            "ms",
            ("import <sdk>", "import httpx, pydantic (the floor)", "import <sdk>; Client()"),
            tuple(
                (
                    f"{row['operations']} operations",
                    (row["import_ms"], row["floor_ms"], row["import_and_client_ms"]),
                )
                for row in imports
            ),
        )
    users = results.get("users", {}).get("cases", [])
    if users:
        found["first_call"] = Chart(
            "Import + Client() and the first call",
            "ms",
            ("import httpx, pydantic (the floor)", "import <sdk>; Client()", "first call"),
            tuple(
                (row["case"], (row["floor_ms"], row["construct_ms"], row["call_ms"]))
                for row in users
            ),
        )
    official = results.get("users", {}).get("official", [])
    if official:
        found["first_call_official"] = Chart(
            "Import + Client() + first call, beside the official SDK (CPU)",
            "ms",
            ("sdkforge's SDK", "the official SDK"),
            tuple(
                (row["case"], (row["total_cpu_ms"], row["official_total_cpu_ms"]))
                for row in official
            ),
        )
    return found


def write_plots(results: dict[str, Any], folder: Path) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    written = []
    for stem, chart in charts(results).items():
        path = folder / f"{stem}.svg"
        path.write_text(svg(chart), encoding="utf-8")
        written.append(path)
    return written


if __name__ == "__main__":
    if len(sys.argv) != 3:
        sys.exit("usage: bench_plots.py RESULTS.json DIR")
    for written in write_plots(json.loads(Path(sys.argv[1]).read_text()), Path(sys.argv[2])):
        print(written)
