"""Contract run: call every operation of a generated SDK against a Prism mock of its spec.

See `scripts/contract --help` and README.md ("Contract run"). Per spec, in a temp dir of its
own: load the spec and write the copy Prism gets (every `$ref` local, none inside examples;
a spec that still points elsewhere is skipped), generate the SDK and plan one call per
operation (in a subprocess), start `prism mock` on 127.0.0.1 (request validation on, static
examples), call every operation with the sync client (in a subprocess), stop Prism.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
from concurrent.futures import ThreadPoolExecutor, as_completed
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from corpus import SPEC_SUFFIXES, last_json, percent, run, tail

ROOT = Path(__file__).resolve().parents[1]
STEPS = Path(__file__).resolve().parent / "_contract_steps.py"
PACKAGE = "contract_sdk"
PRISM_PACKAGE = "@stoplight/prism-cli@5.14.2"  # 5.14.2: newer ones need a newer Node than 20
PRISM_DIR = ROOT / ".contract" / "prism"
PRISM_BIN = PRISM_DIR / "node_modules" / ".bin" / "prism"


@dataclass
class Result:
    spec: str
    operations: int | None = None
    called: int = 0
    accepted: int = 0
    parsed: int = 0  # the response validated as the spec declares it
    returned: int = 0  # the SDK returned it (leniently where it drifted from the spec)
    skipped: str = ""
    unservable: int = 0  # operations Prism cannot route to (not called)
    unservable_reason: str = ""
    prism_limit: int = 0  # accepted calls Prism could not make a response for
    prism_invalid: int = 0  # unparsed answers that Prism itself says break the schema
    failure: str = ""  # the spec could not be run at all
    seconds: float | None = None
    failures: list[dict[str, Any]] = field(default_factory=list)
    notes: list[dict[str, Any]] = field(default_factory=list)  # e.g. spec examples the SDK refused


def install_prism() -> None:
    if PRISM_BIN.exists():
        return
    PRISM_DIR.mkdir(parents=True, exist_ok=True)
    print(f"installing {PRISM_PACKAGE} into {PRISM_DIR} ...", flush=True)
    subprocess.run(
        ["npm", "install", "--no-audit", "--no-fund", "--prefix", str(PRISM_DIR), PRISM_PACKAGE],
        check=True,
    )


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def wait_for_port(port: int, process: subprocess.Popen[bytes], timeout: float) -> bool:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if process.poll() is not None:
            return False
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=1):
                return True
        except OSError:
            time.sleep(0.3)
    return False


class Runner:
    def __init__(self, args: argparse.Namespace, workdir: Path) -> None:
        self.args = args
        self.workdir = workdir

    def check(self, spec: Path) -> Result:
        result = Result(spec=spec.name)
        folder = Path(tempfile.mkdtemp(prefix=spec.stem[:40] + "-", dir=self.workdir))
        started = time.perf_counter()
        try:
            self._check(spec, folder, result)
        finally:
            result.seconds = round(time.perf_counter() - started, 1)
            if not self.args.keep:
                shutil.rmtree(folder, ignore_errors=True)
        return result

    def _check(self, spec: Path, folder: Path, result: Result) -> None:
        args = self.args
        python = sys.executable
        step = run(
            [python, str(STEPS), "prepare", str(spec), str(folder), PACKAGE],
            cwd=folder,
            timeout=args.step_timeout,
        )
        report = last_json(step.stdout)
        if step.returncode is None:
            result.failure = f"prepare: timed out after {args.step_timeout:g} s"
            return
        if report is None:
            result.failure = f"prepare: {tail(step.stderr)}"
            return
        if report.get("skip"):
            result.skipped = report["skip"]
            return
        if not report.get("ok"):
            result.failure = f"generate: {report.get('error')}"
            return
        result.operations = report["operations"]
        if not result.operations:
            return
        port = free_port()
        log = (folder / "prism.log").open("wb")
        # -d false: static examples; request validation is always on in mock mode
        prism = subprocess.Popen(
            [
                str(PRISM_BIN),
                "mock",
                "-h",
                "127.0.0.1",
                "-p",
                str(port),
                "-d",
                "false",
                str(folder / "prism.json"),
            ],
            cwd=folder,
            stdout=log,
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )
        try:
            if not wait_for_port(port, prism, args.prism_start):
                log.flush()
                text = (folder / "prism.log").read_text(errors="replace")
                lines = [line for line in text.splitlines() if "error" in line.lower()]
                reason = tail("\n".join(lines[-1:]) or text, 300)
                result.skipped = f"Prism did not start: {reason}"
                return
            step = run(
                [
                    python,
                    str(STEPS),
                    "call",
                    str(folder),
                    PACKAGE,
                    f"http://127.0.0.1:{port}",
                    str(args.timeout),
                    str(args.limit_ops),
                ],
                cwd=folder,
                timeout=args.step_timeout,
            )
            calls_file = folder / "calls.json"
            if step.returncode is None:
                result.failure = f"calls: timed out after {args.step_timeout:g} s"
            elif step.returncode != 0 or not calls_file.exists():
                result.failure = f"calls: {tail(step.stderr)}"
            if calls_file.exists():
                self._count(json.loads(calls_file.read_text()), result)
        finally:
            try:
                os.killpg(prism.pid, signal.SIGTERM)
                prism.wait(timeout=5)
            except (ProcessLookupError, subprocess.TimeoutExpired):
                try:
                    os.killpg(prism.pid, signal.SIGKILL)
                except ProcessLookupError:
                    pass
                prism.wait()
            log.close()

    @staticmethod
    def _count(calls: list[dict[str, Any]], result: Result) -> None:
        unservable = [c for c in calls if c.get("unservable")]
        calls = [c for c in calls if not c.get("unservable")]
        result.unservable = len(unservable)
        if unservable:
            result.unservable_reason = unservable[0]["unservable"]
        result.called = len(calls)
        result.accepted = sum(bool(c["accepted"]) for c in calls)
        result.parsed = sum(bool(c["parsed"]) for c in calls)
        result.returned = sum(bool(c.get("returned", c["parsed"])) for c in calls)
        result.prism_limit = sum(bool(c.get("prism_limit")) for c in calls)
        result.prism_invalid = sum(bool(c.get("prism_invalid")) for c in calls)
        result.failures = [c for c in calls if not (c["accepted"] and c["parsed"])]
        result.notes = [c for c in calls if c.get("note")]


def collect_specs(paths: list[Path], substring: str | None) -> list[Path]:
    found: list[Path] = []
    for path in paths:
        if path.is_dir():
            found.extend(
                p for p in sorted(path.iterdir()) if p.is_file() and p.suffix in SPEC_SUFFIXES
            )
        else:
            found.append(path)
    if substring:
        found = [p for p in found if substring.lower() in p.name.lower()]
    return [p.resolve() for p in found]


def table(results: list[Result]) -> str:
    header = ("spec", "ops", "called", "accepted", "parsed", "returned", "note")
    rows = [header]
    for r in results:
        note = (r.skipped and f"skipped: {r.skipped}") or r.failure
        if not note and r.failures:
            note = f"{len(r.failures)} failing call(s)"
        if r.unservable:
            note = f"{r.unservable} op(s) not routable by Prism ({r.unservable_reason}) " + note
        rows.append(
            (
                r.spec,
                "-" if r.operations is None else str(r.operations),
                str(r.called),
                str(r.accepted),
                str(r.parsed),
                str(r.returned),
                note,
            )
        )
    widths = [max(len(row[i]) for row in rows) for i in range(len(header) - 1)]
    return "\n".join(
        "  ".join([*(c.ljust(w) for c, w in zip(row, widths, strict=False)), row[-1]]).rstrip()
        for row in rows
    )


def totals(results: list[Result]) -> dict[str, Any]:
    served = [r for r in results if not r.skipped and not r.failure.startswith(("prepare", "gen"))]
    called = sum(r.called for r in served)
    accepted = sum(r.accepted for r in served)
    parsed = sum(r.parsed for r in served)
    returned = sum(r.returned for r in served)
    prism_limit = sum(r.prism_limit for r in served)
    prism_invalid = sum(r.prism_invalid for r in served)

    def share(part: int, whole: int) -> float | None:
        return round(100.0 * part / whole, 2) if whole > 0 else None

    return {
        "specs": len(results),
        "served": len(served),
        "skipped": sum(bool(r.skipped) for r in results),
        "not_generated": sum(r.failure.startswith(("prepare", "gen")) for r in results),
        "operations": sum(r.operations or 0 for r in served),
        "unservable": sum(r.unservable for r in served),
        "called": called,
        "accepted": accepted,
        "parsed": parsed,
        "returned": returned,
        "prism_limit": prism_limit,
        "prism_invalid": prism_invalid,
        "accepted_percent": share(accepted, called),
        "parsed_percent": share(parsed, called),
        # of the calls Prism made a response for
        "parsed_percent_answered": share(parsed, called - prism_limit),
        # ... and of those, the answers that meet the spec by Prism's own account
        "parsed_percent_valid": share(parsed, called - prism_limit - prism_invalid),
        # what a caller gets by default: parsed, or returned leniently
        "returned_percent_answered": share(returned, called - prism_limit),
    }


def write_report(args: argparse.Namespace, results: list[Result], started: float) -> dict[str, Any]:
    """The JSON report, rewritten after every spec (an interrupted run keeps what it did)."""
    summary = totals(results)
    summary["wall_seconds"] = round(time.perf_counter() - started, 1)
    report = {
        "settings": {
            "jobs": args.jobs,
            "timeout": args.timeout,
            "limit_ops": args.limit_ops,
            "filter": args.filter,
            "prism": PRISM_PACKAGE,
        },
        "totals": summary,
        "specs": [asdict(r) for r in sorted(results, key=lambda r: r.spec)],
    }
    args.report.write_text(json.dumps(report, indent=2) + "\n", encoding="utf-8")
    return summary


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        prog="scripts/contract",
        description="Call every operation of the SDK generated from each SPEC against a Prism "
        "mock of the spec (request validation on); count accepted requests and parsed responses.",
    )
    parser.add_argument("specs", nargs="+", type=Path, help="spec files or folders of specs")
    parser.add_argument("--filter", "-k", help="only specs whose file name contains this")
    parser.add_argument("--jobs", "-j", type=int, default=1, help="specs at a time (1 or 2)")
    parser.add_argument(
        "--timeout", type=float, default=10, help="seconds per request (default 10)"
    )
    parser.add_argument(
        "--step-timeout",
        type=float,
        default=600,
        help="seconds for generating, or for all calls, of one spec (default 600)",
    )
    parser.add_argument(
        "--prism-start", type=float, default=120, help="seconds Prism may take to start"
    )
    parser.add_argument(
        "--limit-ops",
        type=int,
        default=200,
        help="call at most this many operations per spec (default 200; 0: all)",
    )
    parser.add_argument("--failures", type=int, default=5, help="failures printed per spec")
    parser.add_argument(
        "--report",
        type=Path,
        default=Path("contract-report.json"),
        help="JSON report (default ./contract-report.json)",
    )
    parser.add_argument("--keep", action="store_true", help="keep the temp folders")
    args = parser.parse_args(argv)
    if not 1 <= args.jobs <= 2:
        parser.error("--jobs must be 1 or 2")
    return args


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    specs = collect_specs(args.specs, args.filter)
    if not specs:
        print("no specs")
        return 1
    install_prism()
    workdir = Path(tempfile.mkdtemp(prefix="sdkforge-contract-"))
    runner = Runner(args, workdir)
    results: list[Result] = []
    started = time.perf_counter()
    try:
        with ThreadPoolExecutor(max_workers=args.jobs) as pool:
            futures = {pool.submit(runner.check, spec): spec for spec in specs}
            for done, future in enumerate(as_completed(futures), 1):
                r = future.result()
                results.append(r)
                if r.skipped:
                    status = f"skipped: {r.skipped}"
                elif r.failure and not r.called:
                    status = r.failure
                else:
                    status = f"{r.called} called, {r.accepted} accepted, {r.parsed} parsed" + (
                        f" ({r.failure})" if r.failure else ""
                    )
                print(f"[{done}/{len(specs)}] {r.spec}: {status} [{r.seconds} s]", flush=True)
                write_report(args, results, started)
                for failure in r.failures[: args.failures]:
                    print(f"    {failure['id']}: {failure.get('cause', '')}"[:400], flush=True)
    finally:
        if not args.keep:
            shutil.rmtree(workdir, ignore_errors=True)
        else:
            print(f"kept in {workdir}")
    results.sort(key=lambda r: r.spec)
    print()
    print(table(results))
    summary = write_report(args, results, started)
    print()
    print(
        f"specs: {summary['specs']}; served {summary['served']}, skipped {summary['skipped']}, "
        f"not generated {summary['not_generated']}"
    )
    print(
        f"operations called: {summary['called']} (of {summary['operations']}; "
        f"{summary['unservable']} not routable by Prism, the rest past --limit-ops)"
    )
    print(f"requests accepted: {percent(summary['accepted'], summary['called'])}")
    print(f"responses parsed:  {percent(summary['parsed'], summary['called'])}")
    answered = summary["called"] - summary["prism_limit"]
    print(
        f"                   {percent(summary['parsed'], answered)} of the calls Prism answered "
        f"({summary['prism_limit']} it could not: a bare null, no response declared, too complex)"
    )
    valid = answered - summary["prism_invalid"]
    print(
        f"                   {percent(summary['parsed'], valid)} of the answers that meet the "
        f"spec ({summary['prism_invalid']} that Prism says break it)"
    )
    print(
        f"responses returned: {percent(summary['returned'], answered)} of the calls Prism "
        "answered (the SDK's default reads a response that drifted from the spec leniently)"
    )
    print(f"wall time: {summary['wall_seconds']} s with {args.jobs} job(s)")
    print(f"report: {args.report}")
    return 0 if all(not r.failures and not r.failure for r in results) else 1


if __name__ == "__main__":
    sys.exit(main())
