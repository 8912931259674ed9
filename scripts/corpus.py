"""Generate an SDK from every spec of a folder and check each: see `scripts/corpus --help`.

Per spec, in a temp dir of its own (never in the repository): generate (in a subprocess),
import every module of the package, build every model and type alias and make both clients
(in a subprocess, so one broken spec cannot break the run), then `mypy --strict` on the
package with a cache dir of its own, and `python -m mypy.stubtest` when the package has
`.pyi` stubs. Prints a table and totals; writes a JSON report.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import signal
import subprocess
import sys
import tempfile
import threading
import time
from concurrent.futures import ThreadPoolExecutor, as_completed
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
STEPS = Path(__file__).resolve().parent / "_corpus_steps.py"
PACKAGE = "corpus_sdk"
SPEC_SUFFIXES = (".json", ".yaml", ".yml")


@dataclass
class Result:
    spec: str
    bytes: int
    generated: bool = False
    gen_seconds: float | None = None
    operations: int | None = None
    models: int | None = None
    named_types: int | None = None
    lines: int | None = None
    warnings: int | None = None
    imported: bool | None = None
    import_seconds: float | None = None
    modules: int | None = None
    mypy_ok: bool | None = None
    mypy_mode: str = "-"
    mypy_seconds: float | None = None
    mypy_errors: int | None = None
    # the code behind the stubs: where a .pyi sits beside a .py, `-p` reads only the stub
    impl_ok: bool | None = None
    impl_seconds: float | None = None
    stubtest_ok: bool | None = None
    stubtest_seconds: float | None = None
    failure: str = ""
    details: list[str] = field(default_factory=list)


@dataclass
class Step:
    returncode: int | None  # None: timed out
    stdout: str
    stderr: str
    seconds: float


def run(command: list[str], cwd: Path, timeout: float, env: dict[str, str] | None = None) -> Step:
    """Run a step in its own process group, so a timeout kills everything it started."""
    started = time.perf_counter()
    process = subprocess.Popen(
        command,
        cwd=cwd,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        start_new_session=True,
    )
    try:
        stdout, stderr = process.communicate(timeout=timeout)
        code: int | None = process.returncode
    except subprocess.TimeoutExpired:
        os.killpg(process.pid, signal.SIGKILL)
        stdout, stderr = process.communicate()
        code = None
    return Step(code, stdout, stderr, time.perf_counter() - started)


def last_json(text: str) -> dict[str, Any] | None:
    for line in reversed(text.strip().splitlines()):
        try:
            value = json.loads(line)
        except ValueError:
            continue
        if isinstance(value, dict):
            return value
    return None


def tail(text: str, limit: int = 200) -> str:
    lines = [line for line in text.strip().splitlines() if line.strip()]
    last = " ".join(lines[-1].split()) if lines else "(no output)"
    return last if len(last) <= limit else last[: limit - 3] + "..."


class Runner:
    def __init__(self, args: argparse.Namespace, workdir: Path) -> None:
        self.args = args
        self.workdir = workdir
        self.python = sys.executable
        self.lock = threading.Lock()

    def check(self, spec: Path) -> Result:
        result = Result(spec=spec.name, bytes=spec.stat().st_size)
        folder = Path(tempfile.mkdtemp(prefix=spec.stem[:40] + "-", dir=self.workdir))
        try:
            self._check(spec, folder, result)
        finally:
            if not self.args.keep:
                shutil.rmtree(folder, ignore_errors=True)
            else:
                result.details.append(f"kept in {folder}")
        return result

    def _check(self, spec: Path, folder: Path, result: Result) -> None:
        args = self.args
        output = folder / "sdk"
        step = run(
            [self.python, str(STEPS), "generate", str(spec), str(output), PACKAGE],
            cwd=folder,
            timeout=args.timeout,
        )
        report = last_json(step.stdout)
        if step.returncode is None:
            result.failure = f"generate: timed out after {args.timeout:g} s"
            return
        if step.returncode != 0 or report is None or not report.get("ok"):
            message = report.get("error") if report else tail(step.stderr)
            result.failure = f"generate: {message}"
            return
        result.generated = True
        result.gen_seconds = report["seconds"]
        result.operations = report["operations"]
        result.models = report["models"]
        result.named_types = report["named_types"]
        result.lines = report["lines"]
        result.warnings = report["warnings"]

        step = run(
            [self.python, str(STEPS), "imports", str(output), PACKAGE],
            cwd=folder,
            timeout=args.timeout,
        )
        report = last_json(step.stdout)
        result.import_seconds = round(step.seconds, 3)
        if step.returncode is None:
            result.imported = False
            result.failure = f"import: timed out after {args.timeout:g} s"
            return
        if report is None:
            result.imported = False
            result.failure = f"import: {tail(step.stderr)}"
            return
        result.imported = bool(report["ok"])
        result.modules = report["modules"]
        if not result.imported:
            result.failure = f"import: {report['failures'][0]}"
            result.details.extend(report["failures"])
            return

        if not args.no_mypy:
            self._mypy(output, folder, result)
        stubs = sorted(output.rglob("*.pyi"))
        if stubs and not args.no_mypy:
            self._stubtest(output, folder, result)

    def _mypy(self, output: Path, folder: Path, result: Result) -> None:
        args = self.args
        lines = result.lines or 0
        if args.mypy_skip_lines and lines > args.mypy_skip_lines:
            result.mypy_mode = "skipped"
            return
        strict = not (args.mypy_strict_lines and lines > args.mypy_strict_lines)
        result.mypy_mode = "strict" if strict else "default"
        # the package as users see it (its stubs), then the code behind the stubs: named as
        # files, mypy reads each .py and not the .pyi beside it
        step = self._run_mypy(output, folder, strict, ["-p", PACKAGE])
        result.mypy_seconds = round(step.seconds, 2)
        result.mypy_ok, result.mypy_errors = self._judge(step, "mypy", result)
        if not result.mypy_ok or not any(output.rglob("*.pyi")):
            return
        code = sorted(str(path.relative_to(output)) for path in (output / PACKAGE).rglob("*.py"))
        step = self._run_mypy(output, folder, strict, code)
        result.impl_seconds = round(step.seconds, 2)
        result.impl_ok, _ = self._judge(step, "mypy (code behind the stubs)", result)

    def _run_mypy(self, output: Path, folder: Path, strict: bool, targets: list[str]) -> Step:
        command = [
            self.python,
            "-m",
            "mypy",
            *(["--strict"] if strict else []),
            "--no-error-summary",
            "--show-error-codes",
            "--cache-dir",
            str(folder / "mypy-cache"),
            *targets,
        ]
        env = {**os.environ, "MYPYPATH": str(output)}
        return run(command, cwd=output, timeout=self.args.timeout, env=env)

    def _judge(self, step: Step, what: str, result: Result) -> tuple[bool, int]:
        """Whether a mypy step passed, and its error count; the first error as the failure."""
        if step.returncode is None:
            result.failure = result.failure or f"{what}: timed out after {self.args.timeout:g} s"
            return False, 0
        errors = [line for line in step.stdout.splitlines() if ": error:" in line]
        if step.returncode != 0 and not result.failure:
            first = errors[0] if errors else tail(step.stdout + "\n" + step.stderr)
            result.failure = f"{what}: {len(errors)} error(s), first: {first.split(PACKAGE, 1)[-1]}"
            result.details.extend(errors[:20])
        return step.returncode == 0, len(errors)

    def _stubtest(self, output: Path, folder: Path, result: Result) -> None:
        env = {**os.environ, "MYPYPATH": str(output), "PYTHONPATH": str(output)}
        command = [
            self.python,
            "-m",
            "mypy.stubtest",
            "--mypy-config-file",
            str(folder / "stubtest.ini"),
            PACKAGE,
        ]
        # an allowlist shipped with the package (what stubtest cannot see, such as aliases)
        for allowlist in sorted(output.rglob("stubtest-allowlist*.txt")):
            command[-1:-1] = ["--allowlist", str(allowlist)]
        (folder / "stubtest.ini").write_text(f"[mypy]\ncache_dir = {folder / 'stubtest-cache'}\n")
        step = run(command, cwd=output, timeout=self.args.timeout, env=env)
        result.stubtest_seconds = round(step.seconds, 2)
        result.stubtest_ok = step.returncode == 0
        if not result.stubtest_ok:
            errors = [line for line in step.stdout.splitlines() if line.startswith("error:")]
            result.details.extend(errors[:20])
            if not result.failure:
                first = errors[0] if errors else tail(step.stdout + step.stderr)
                result.failure = f"stubtest: {len(errors)} error(s), first: {first}"


def specs_in(folder: Path, substring: str | None) -> list[Path]:
    found = [
        path.resolve()
        for path in sorted(folder.iterdir())
        if path.is_file() and path.suffix.lower() in SPEC_SUFFIXES
    ]
    if substring:
        found = [path for path in found if substring.lower() in path.name.lower()]
    return found


def yes_no(value: bool | None) -> str:
    return "-" if value is None else ("ok" if value else "FAIL")


def seconds(value: float | None) -> str:
    return "-" if value is None else f"{value:.1f}"


def table(results: list[Result]) -> str:
    header = (
        "spec", "ops", "models", "gen s", "import", "mypy", "code", "mode", "mypy s", "failure",
    )  # fmt: skip
    rows = [header]
    for r in results:
        rows.append(
            (
                r.spec,
                "-" if r.operations is None else str(r.operations),
                "-" if r.models is None else str(r.models),
                seconds(r.gen_seconds),
                yes_no(r.imported),
                yes_no(r.mypy_ok),
                yes_no(r.impl_ok),
                r.mypy_mode,
                seconds(r.mypy_seconds),
                r.failure,
            )
        )
    widths = [max(len(row[i]) for row in rows) for i in range(len(header) - 1)]
    lines = []
    for row in rows:
        cells = [cell.ljust(width) for cell, width in zip(row, widths, strict=False)]
        lines.append("  ".join([*cells, row[-1]]).rstrip())
    return "\n".join(lines)


def percent(part: int, whole: int) -> str:
    return f"{part}/{whole} ({100.0 * part / whole:.1f}%)" if whole else "0/0"


def totals(results: list[Result], no_mypy: bool) -> dict[str, Any]:
    total = len(results)
    generated = sum(r.generated for r in results)
    imported = sum(bool(r.imported) for r in results)
    mypy_ran = [r for r in results if r.mypy_ok is not None]
    mypy_passed = sum(bool(r.mypy_ok) for r in results)
    mypy_times = sorted(r.mypy_seconds for r in mypy_ran if r.mypy_seconds is not None)
    summary: dict[str, Any] = {
        "specs": total,
        "generated": generated,
        "imported": imported,
        "mypy_ran": len(mypy_ran),
        "mypy_strict": sum(r.mypy_mode == "strict" for r in mypy_ran),
        "mypy_passed": mypy_passed,
        "mypy_skipped": sum(r.mypy_mode == "skipped" for r in results),
        "impl_ran": sum(r.impl_ok is not None for r in results),
        "impl_passed": sum(bool(r.impl_ok) for r in results),
        "stubtest_ran": sum(r.stubtest_ok is not None for r in results),
        "stubtest_passed": sum(bool(r.stubtest_ok) for r in results),
        "gen_seconds_total": round(sum(r.gen_seconds or 0 for r in results), 1),
        "mypy_seconds_total": round(sum(mypy_times), 1),
        "mypy_seconds_median": mypy_times[len(mypy_times) // 2] if mypy_times else None,
        "mypy_seconds_max": mypy_times[-1] if mypy_times else None,
        "mypy_disabled": no_mypy,
    }
    return summary


def print_totals(summary: dict[str, Any]) -> None:
    total = summary["specs"]
    print()
    print(f"generated: {percent(summary['generated'], total)}")
    print(f"imported:  {percent(summary['imported'], total)}")
    if summary["mypy_disabled"]:
        print("mypy:      not run (--no-mypy)")
    else:
        print(
            f"mypy:      {percent(summary['mypy_passed'], total)} passed; "
            f"ran on {summary['mypy_ran']} ({summary['mypy_strict']} --strict), "
            f"skipped {summary['mypy_skipped']}; "
            f"{summary['mypy_seconds_total']} s in all, median {summary['mypy_seconds_median']} s, "
            f"max {summary['mypy_seconds_max']} s"
        )
        print(
            f"code:      {summary['impl_passed']}/{summary['impl_ran']} passed "
            "(mypy on the .py files behind the stubs)"
        )
        if summary["stubtest_ran"]:
            print(
                f"stubtest:  {summary['stubtest_passed']}/{summary['stubtest_ran']} passed "
                "(on the packages with .pyi stubs)"
            )
        else:
            print("stubtest:  not run (no package has .pyi stubs)")
    print(f"generation: {summary['gen_seconds_total']} s in all")


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        prog="scripts/corpus",
        description="Generate an SDK from every spec in DIR (in temp dirs) and check that it "
        "imports and passes mypy --strict.",
    )
    parser.add_argument("dir", type=Path, help="folder of specs (*.json, *.yaml, *.yml)")
    parser.add_argument(
        "--report",
        type=Path,
        default=Path("corpus-report.json"),
        help="JSON report to write (default: ./corpus-report.json)",
    )
    parser.add_argument("--jobs", "-j", type=int, default=2, help="specs at a time (default 2)")
    parser.add_argument("--no-mypy", action="store_true", help="generate and import only")
    parser.add_argument("--filter", "-k", help="only specs whose file name contains this")
    parser.add_argument(
        "--timeout", type=float, default=900, help="seconds per step and spec (default 900)"
    )
    parser.add_argument(
        "--mypy-strict-lines",
        type=int,
        default=300_000,
        help="above this many generated lines, mypy runs without --strict (default 300000; 0: always strict)",
    )
    parser.add_argument(
        "--mypy-skip-lines",
        type=int,
        default=1_000_000,
        help="above this many generated lines, mypy is skipped (default 1000000; 0: never)",
    )
    parser.add_argument(
        "--keep", action="store_true", help="keep the generated packages (their folder is printed)"
    )
    args = parser.parse_args(argv)
    if not args.dir.is_dir():
        parser.error(f"{args.dir} is not a folder")
    if args.jobs < 1:
        parser.error("--jobs must be at least 1")
    return args


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    specs = specs_in(args.dir, args.filter)
    if not specs:
        print(f"no specs in {args.dir}" + (f" matching {args.filter!r}" if args.filter else ""))
        return 1
    workdir = Path(tempfile.mkdtemp(prefix="sdkforge-corpus-"))
    runner = Runner(args, workdir)
    results: list[Result] = []
    started = time.perf_counter()
    # biggest first: the long ones do not end up alone at the end
    ordered = sorted(specs, key=lambda path: -path.stat().st_size)
    try:
        with ThreadPoolExecutor(max_workers=args.jobs) as pool:
            futures = {pool.submit(runner.check, spec): spec for spec in ordered}
            for done, future in enumerate(as_completed(futures), 1):
                result = future.result()
                results.append(result)
                status = result.failure or "ok"
                print(f"[{done}/{len(specs)}] {result.spec}: {status}", flush=True)
    finally:
        if not args.keep:
            shutil.rmtree(workdir, ignore_errors=True)
    results.sort(key=lambda r: r.spec)
    print()
    print(table(results))
    summary = totals(results, args.no_mypy)
    summary["wall_seconds"] = round(time.perf_counter() - started, 1)
    print_totals(summary)
    print(f"wall time: {summary['wall_seconds']} s with {args.jobs} job(s)")
    report = {
        "dir": str(args.dir),
        "settings": {
            "jobs": args.jobs,
            "timeout": args.timeout,
            "mypy": not args.no_mypy,
            "mypy_strict_lines": args.mypy_strict_lines,
            "mypy_skip_lines": args.mypy_skip_lines,
            "filter": args.filter,
        },
        "totals": summary,
        "specs": [asdict(r) for r in results],
    }
    args.report.write_text(json.dumps(report, indent=2) + "\n", encoding="utf-8")
    print(f"report: {args.report}")
    failed = any(r.failure for r in results)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
