"""Where one `sdkforge generate` run spends its time, stage by stage (run by scripts/bench).

    python scripts/bench_stages.py SPEC OUTPUT [generate options...]

runs the real command (`generator.cli.main`) in this process with each stage's function
wrapped by a timer, and prints one JSON object: for each stage, wall seconds and CPU
seconds (user + system of this process and of the formatter processes it waited for).
"start-up" is from the process's start to the command's first line: the interpreter and
every import. The stages are the pipeline's functions as `generator.pipeline` calls
them, and the write as the command calls it (the owner's edits merged, then the tree).

The caller puts `time.time()` in $SDKFORGE_BENCH_T0 just before it starts this process,
so that start-up's wall time includes the interpreter's own start.
"""

from __future__ import annotations

import json
import os
import resource
import sys
import time
from collections.abc import Callable
from typing import Any

STAGES = ("start-up", "load", "parse", "render", "format", "write")


def cpu() -> float:
    """CPU seconds of this process and of the children it has waited for."""
    own = resource.getrusage(resource.RUSAGE_SELF)
    children = resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + children.ru_utime + children.ru_stime


def timed(figures: dict[str, list[float]], stage: str, function: Callable[..., Any]) -> Callable[..., Any]:
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        wall, spent = time.perf_counter(), cpu()
        try:
            return function(*args, **kwargs)
        finally:
            totals = figures.setdefault(stage, [0.0, 0.0])
            totals[0] += time.perf_counter() - wall
            totals[1] += cpu() - spent

    return wrapper


def main(argv: list[str]) -> int:
    started = float(os.environ.get("SDKFORGE_BENCH_T0", "0")) or None
    wall0 = time.perf_counter()
    from generator import cli, pipeline

    figures: dict[str, list[float]] = {
        "start-up": [time.time() - started if started else time.perf_counter() - wall0, cpu()]
    }
    # each function where its caller looks it up (the module's own namespace)
    wrapped = (
        ("load", pipeline, "load_spec"),
        ("parse", pipeline, "parse_api"),
        ("render", pipeline, "render_api"),
        ("format", pipeline, "format_files"),
        ("write", cli, "_write"),
    )
    for stage, module, name in wrapped:
        setattr(module, name, timed(figures, stage, getattr(module, name)))
    spec, output, *options = argv
    code = cli.main(["generate", "-q", spec, "--output", output, *options])
    total_wall = time.time() - started if started else time.perf_counter() - wall0
    report = {stage: {"wall": wall, "cpu": spent} for stage, (wall, spent) in figures.items()}
    report["total"] = {"wall": total_wall, "cpu": cpu()}
    print(json.dumps({"code": code, "stages": report}))
    return code


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
