"""YAML loaders on the largest YAML specs of the corpus: medians of several runs, and ratios.

    .venv/bin/python scripts/bench_yaml.py [--specs DIR] [--top 3] [--reps 5]

Per spec: PyYAML's C loader as sdkforge used it before (YAML 1.1), PyYAML's C loader with
the YAML 1.2 rules (generator/load/yaml12.py, the fallback), `ryaml` alone, and
`read_document` as sdkforge runs it (the fast path when the document allows it). Then
whether ryaml and the PyYAML fallback give identical data on every YAML spec of the folder.
"""

from __future__ import annotations

import argparse
import math
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import yaml

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from generator.load import fast_yaml
from generator.load.reader import _stringify_keys, read_document
from generator.load.yaml12 import load_yaml

ryaml_loads = fast_yaml._loads  # None when ryaml is not installed

CORPUS = Path("/work/shared/corpus/specs")


def _json_keys(document: Any) -> Any:
    """The document with the keys the reader gives (strings), changed in place."""
    _stringify_keys(document)
    return document


def median_seconds(run: Callable[..., object], reps: int) -> float:
    times = []
    for _ in range(reps):
        start = time.perf_counter()
        run()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def same(a: Any, b: Any) -> bool:
    """Equal data, types included (1 is not 1.0 or True), NaN equal to NaN."""
    if type(a) is not type(b):
        return False
    if isinstance(a, dict):
        return list(a) == list(b) and all(same(a[key], b[key]) for key in a)
    if isinstance(a, list):
        return len(a) == len(b) and all(same(x, y) for x, y in zip(a, b, strict=True))
    if isinstance(a, float) and math.isnan(a):
        return math.isnan(b)
    return bool(a == b)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--specs", type=Path, default=CORPUS)
    parser.add_argument("--top", type=int, default=3, help="how many of the largest to time")
    parser.add_argument("--reps", type=int, default=5)
    args = parser.parse_args()
    if ryaml_loads is None:
        print("ryaml is not installed: only PyYAML can be measured")
    specs = sorted(
        (*args.specs.glob("*.yaml"), *args.specs.glob("*.yml")), key=lambda p: -p.stat().st_size
    )
    print(f"median of {args.reps} runs, seconds (ratio to PyYAML C loader, YAML 1.1)")
    for path in specs[: args.top]:
        text = path.read_text(encoding="utf-8-sig")
        fast = fast_yaml.load_fast(text)[0]
        c11 = median_seconds(lambda text=text: yaml.load(text, Loader=yaml.CSafeLoader), args.reps)
        c12 = median_seconds(lambda text=text: load_yaml(text), args.reps)
        row = [f"{path.name} ({len(text) / 1e6:.1f} MB)", f"pyyaml-C {c11:.3f}"]
        row.append(f"pyyaml-C 1.2 {c12:.3f} ({c12 / c11:.2f}x)")
        if ryaml_loads is not None:
            try:
                rust = median_seconds(lambda text=text: ryaml_loads(text), args.reps)
                row.append(f"ryaml {rust:.3f} ({rust / c11:.2f}x)")
            except Exception as error:
                row.append(f"ryaml fails: {str(error)[:60]}...")
        full = median_seconds(lambda path=path: read_document(path, path.name), args.reps)
        row.append(f"read_document {full:.3f} ({full / c11:.2f}x, {'ryaml' if fast else 'pyyaml'})")
        saved, fast_yaml._loads = fast_yaml._loads, None
        try:
            plain = median_seconds(lambda path=path: read_document(path, path.name), args.reps)
        finally:
            fast_yaml._loads = saved
        row.append(f"read_document without ryaml {plain:.3f} ({plain / c11:.2f}x)")
        print("  " + "; ".join(row))
    if ryaml_loads is None:
        return 0
    identical = differ = fallback = 0
    for path in specs:
        text = path.read_text(encoding="utf-8-sig")
        try:
            expected = _json_keys(load_yaml(text))
        except yaml.YAMLError:
            continue  # not valid YAML to PyYAML: nothing to compare
        read, document = fast_yaml.load_fast(text)
        if not read:
            fallback += 1
            try:  # still compare, to know what the guard keeps from ryaml
                document = ryaml_loads(text)
            except Exception:
                continue
        if same(expected, _json_keys(document)):
            identical += 1
        else:
            differ += 1
            print(f"  DIFFERENT: {path.name}{' (left to PyYAML)' if not read else ''}")
    print(
        f"{len(specs)} YAML specs: {identical} identical, {differ} different; "
        f"{len(specs) - fallback} read by ryaml, {fallback} left to PyYAML"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
