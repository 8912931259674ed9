#!/usr/bin/env python3
"""Generation on two spec shapes that once grew quadratically, at four sizes each.

    enum    one enum of N values that N properties of one model (a request body) use
    allof   a chain of N models, each `allOf` the one before plus a property of its own

For each size it prints the spec's size, the generation time (parse, render and format, in
this process) and the size of the output, and the ratio of each to the size before: when
the spec doubles, linear growth doubles them too (a ratio near 2), quadratic growth makes it
near 4. Run `.venv/bin/python scripts/bench_shapes.py [--sizes 250,500,1000,2000]
[--shape enum|allof]`. Sizes of the output are deterministic; times are the machine's.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:  # run as a script from a checkout
    sys.path.insert(0, str(ROOT))

from generator.pipeline import generate_files

DEFAULT_SIZES = {"enum": (250, 500, 1000, 2000), "allof": (50, 100, 200, 400)}


def _document(schemas: dict[str, Any], body: str) -> dict[str, Any]:
    """A spec with one operation that takes the model `body` and returns it."""
    content = {"application/json": {"schema": {"$ref": f"#/components/schemas/{body}"}}}
    return {
        "openapi": "3.1.0",
        "info": {"title": "Shapes", "version": "1"},
        "paths": {
            "/things": {
                "post": {
                    "operationId": "createThing",
                    "requestBody": {"required": True, "content": content},
                    "responses": {"200": {"description": "ok", "content": content}},
                }
            }
        },
        "components": {"schemas": schemas},
    }


def enum_spec(size: int) -> dict[str, Any]:
    """An enum of `size` values used by `size` properties of the request body."""
    color = {"type": "string", "enum": [f"value_{index}" for index in range(size)]}
    properties = {f"field_{index}": {"$ref": "#/components/schemas/Color"} for index in range(size)}
    thing = {"type": "object", "properties": properties}
    return _document({"Color": color, "Thing": thing}, "Thing")


def allof_spec(size: int) -> dict[str, Any]:
    """`size` models, each `allOf` the one before plus one property of its own."""
    schemas: dict[str, Any] = {
        "Level0": {"type": "object", "properties": {"field_0": {"type": "string"}}}
    }
    for index in range(1, size):
        schemas[f"Level{index}"] = {
            "allOf": [
                {"$ref": f"#/components/schemas/Level{index - 1}"},
                {"type": "object", "properties": {f"field_{index}": {"type": "string"}}},
            ]
        }
    return _document(schemas, f"Level{size - 1}")


SHAPES: dict[str, Callable[[int], dict[str, Any]]] = {"enum": enum_spec, "allof": allof_spec}


@dataclass(frozen=True)
class Measure:
    size: int
    spec_bytes: int
    seconds: float
    output_bytes: int


def output_size(files: dict[str, str]) -> int:
    return sum(len(text.encode("utf-8")) for text in files.values())


def measure(shape: str, size: int, folder: Path) -> Measure:
    text = json.dumps(SHAPES[shape](size))
    path = folder / f"{shape}-{size}.json"
    path.write_text(text, encoding="utf-8")
    start = time.perf_counter()
    result = generate_files(path, "shapes")
    seconds = time.perf_counter() - start
    return Measure(size, len(text), seconds, output_size(result.files))


def table(shape: str, measures: Sequence[Measure]) -> list[str]:
    lines = [f"{shape}: {'N':>6} {'spec KB':>9} {'time s':>8} {'x':>5} {'output KB':>10} {'x':>5}"]
    previous: Measure | None = None
    for m in measures:
        time_ratio = size_ratio = ""
        if previous is not None:
            time_ratio = f"{m.seconds / previous.seconds:.2f}"
            size_ratio = f"{m.output_bytes / previous.output_bytes:.2f}"
        lines.append(
            f"{'':{len(shape) + 1}} {m.size:>6} {m.spec_bytes / 1024:>9.1f} {m.seconds:>8.2f}"
            f" {time_ratio:>5} {m.output_bytes / 1024:>10.1f} {size_ratio:>5}"
        )
        previous = m
    return lines


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--shape", choices=sorted(SHAPES), action="append")
    parser.add_argument("--sizes", help="comma-separated sizes (default: per shape)")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as scratch:
        for shape in args.shape or sorted(SHAPES):
            sizes = (
                tuple(int(n) for n in args.sizes.split(",")) if args.sizes else DEFAULT_SIZES[shape]
            )
            measures = [measure(shape, size, Path(scratch)) for size in sizes]
            print("\n".join(table(shape, measures)), flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
