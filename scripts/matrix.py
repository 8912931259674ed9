"""The compatibility matrix: every Python the generated SDKs claim, with the lowest and the
highest versions of the dependencies they declare, on each HTTP library.

For each Python (3.11, 3.12, 3.13; found in pyenv or on PATH):
  - sdkforge is installed into a throwaway venv on that Python, and runs there: it generates
    the petstore SDK for httpx2 and for httpx, and `generate --check` on the repository (the
    committed SDKs are what the generator writes on that Python, byte for byte);
  - for each dependency set and HTTP library, the SDK's declared dependencies (read from the
    generated pyproject.toml) are installed into a throwaway venv, the highest that fit or,
    with uv's `--resolution lowest-direct`, the lowest; then the SDK itself, and:
      import    `import petstore`
      call      a live call, sync (own http_client) and async (the SDK's own client),
                against a local uvicorn server
      mypy      `mypy --strict` of that same usage file, against the venv's packages

The normal test suite is the highest set on Python 3.11; this script is the rest (opt-in:
docs/compatibility.md). Exit 1 when any cell fails. `--dry-run` prints the plan only.
"""

from __future__ import annotations

import argparse
import contextlib
import glob
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
import tomllib
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

PYTHONS = ("3.11", "3.12", "3.13")
DEPENDENCY_SETS = ("lowest", "highest")
HTTP_LIBRARIES = ("httpx2", "httpx")
SPEC, PACKAGE = ROOT / "specs" / "petstore.yaml", "petstore"
# the packages whose installed versions a cell reports
REPORTED = ("httpx2", "httpcore2", "httpx", "httpcore", "pydantic", "typing-extensions")

USAGE = '''\
"""One cell of the compatibility matrix: `mypy --strict` checks it, then it runs."""

from __future__ import annotations

import asyncio
import sys
from typing import assert_type

import {http}
import petstore
from petstore import models


def sync_call(base_url: str) -> list[models.Pet]:
    with petstore.Client(
        base_url=base_url, http_client={http}.Client(), timeout={http}.Timeout(10.0)
    ) as client:
        pets = client.pets.list(limit=2)
        assert_type(pets, list[models.Pet])
        return pets


async def async_call(base_url: str) -> models.Pet:
    async with petstore.AsyncClient(base_url=base_url, max_retries=0) as client:
        pet = await client.pets.retrieve("1")
        assert_type(pet, models.Pet)
        return pet


if __name__ == "__main__":
    pets = sync_call(sys.argv[1])
    pet = asyncio.run(async_call(sys.argv[1]))
    print(len(pets), pet.name)
'''


@dataclass
class Cell:
    python: str
    dependencies: str
    http: str
    steps: dict[str, str] = field(default_factory=dict)  # step -> "ok" or why not
    versions: dict[str, str] = field(default_factory=dict)

    @property
    def name(self) -> str:
        return f"{self.python}-{self.dependencies}-{self.http}"

    @property
    def ok(self) -> bool:
        return bool(self.steps) and all(v == "ok" for v in self.steps.values())


def find_python(version: str) -> str | None:
    """The newest pyenv build of `version`, else `python<version>` on PATH."""
    root = os.environ.get("PYENV_ROOT", str(Path.home() / ".pyenv"))
    builds = glob.glob(f"{root}/versions/{version}.*/bin/python")
    builds.sort(key=lambda p: int(Path(p).parents[1].name.split(".")[2].split("-")[0] or 0))
    if builds:
        return builds[-1]
    return shutil.which(f"python{version}")


def uv() -> str:
    found = shutil.which("uv", path=str(Path(sys.executable).parent)) or shutil.which("uv")
    if found is None:
        raise SystemExit("matrix: uv is needed (pip install uv; it is in the test extras)")
    return found


def run(command: list[str], *, cwd: Path = ROOT, timeout: float = 900) -> tuple[bool, str]:
    """(succeeded, the last lines of its output)."""
    try:
        done = subprocess.run(
            command, cwd=cwd, capture_output=True, text=True, check=False, timeout=timeout
        )
    except subprocess.TimeoutExpired:
        return False, f"timed out after {timeout:.0f} s: {' '.join(command[:3])} ..."
    tail = (done.stdout + done.stderr).strip().splitlines()[-6:]
    return done.returncode == 0, "\n".join(tail)


def declared_dependencies(sdk: Path) -> list[str]:
    project = tomllib.loads((sdk / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    return [str(requirement) for requirement in project["dependencies"]]


def python_of(venv: Path) -> str:
    return str(venv / "bin" / "python")


def installed(venv: Path) -> dict[str, str]:
    listed = subprocess.run(
        [uv(), "pip", "list", "-q", "-p", python_of(venv), "--format", "json"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    return {p["name"]: p["version"] for p in json.loads(listed) if p["name"] in REPORTED}


class Matrix:
    def __init__(self, work: Path, dry_run: bool) -> None:
        self.work = work
        self.dry_run = dry_run

    def step(self, cell: Cell | None, name: str, command: list[str]) -> bool:
        label = cell.name if cell else "generator"
        if self.dry_run:
            print(f"[{label}] {name}: {' '.join(command)}")
            if cell is not None:
                cell.steps[name] = "planned"
            return True
        started = time.monotonic()
        ok, tail = run(command)
        print(f"[{label}] {name}: {'ok' if ok else 'FAILED'} ({time.monotonic() - started:.1f} s)")
        if not ok:
            print("    " + tail.replace("\n", "\n    "))
        if cell is not None:
            cell.steps[name] = "ok" if ok else tail.splitlines()[-1] if tail else "failed"
        return ok

    def generator(self, version: str, python: str, generator_steps: dict[str, str]) -> bool:
        """sdkforge on `python`: installed, then the SDK generated for each library."""
        venv = self.work / f"generator-{version}"
        steps = [
            ("venv", [uv(), "venv", "-q", "-p", python, str(venv)]),
            ("install sdkforge", [uv(), "pip", "install", "-q", "-p", python_of(venv), str(ROOT)]),
            ("generate --check", [str(venv / "bin" / "sdkforge"), "generate", "--check", "-q"]),
        ]
        for http in HTTP_LIBRARIES:
            output = self.work / f"sdk-{version}-{http}"
            steps.append(
                (
                    f"generate for {http}",
                    [
                        str(venv / "bin" / "sdkforge"),
                        "generate",
                        str(SPEC),
                        "--output",
                        str(output),
                        "--package",
                        PACKAGE,
                        "--http",
                        http,
                        "-q",
                    ],
                )
            )
        for name, command in steps:
            ok = self.step(None, f"{version} {name}", command)
            generator_steps[f"{version} {name}"] = "ok" if ok else "FAILED"
            if not ok:
                return False
        return True

    def cell(self, cell: Cell, python: str, base_url: str, mypy_cache: Path) -> None:
        venv = self.work / f"cell-{cell.name}"
        sdk = self.work / f"sdk-{cell.python}-{cell.http}"
        usage = self.work / f"usage_{cell.http}.py"
        usage.write_text(USAGE.format(http=cell.http), encoding="utf-8")
        dependencies = (
            declared_dependencies(sdk)
            if sdk.exists()
            else [f"<{cell.http} and pydantic, as {sdk.name}/pyproject.toml declares>"]
        )
        resolution = ["--resolution", "lowest-direct"] if cell.dependencies == "lowest" else []
        pip = [uv(), "pip", "install", "-q", "-p", python_of(venv)]
        steps = [
            ("venv", [uv(), "venv", "-q", "-p", python, str(venv)]),
            ("dependencies", [*pip, *resolution, *dependencies]),
            ("sdk", [*pip, "--no-deps", str(sdk)]),
            ("import", [python_of(venv), "-c", f"import {PACKAGE}"]),
            ("call", [python_of(venv), str(usage), base_url]),
            (
                "mypy",
                [
                    sys.executable,
                    "-m",
                    "mypy",
                    "--strict",
                    "--no-error-summary",
                    "--python-executable",
                    python_of(venv),
                    "--python-version",
                    cell.python,
                    "--cache-dir",
                    str(mypy_cache / cell.name),
                    str(usage),
                ],
            ),
        ]
        for name, command in steps:
            if not self.step(cell, name, command):
                return
        if not self.dry_run:
            cell.versions = installed(venv)


@contextlib.contextmanager
def petstore_server(dry_run: bool) -> Iterator[str]:
    if dry_run:
        yield "http://127.0.0.1:PORT/v1"
        return
    from tests.servers.live import serve
    from tests.servers.petstore_app import create_app

    with serve(create_app()) as base:
        yield base + "/v1"


def table(cells: list[Cell]) -> str:
    lines = ["| Python | dependencies | HTTP library | versions | import | call | mypy |"]
    lines.append("| --- | --- | --- | --- | --- | --- | --- |")
    for cell in cells:
        versions = ", ".join(f"{k} {v}" for k, v in sorted(cell.versions.items())) or "-"
        marks = [
            cell.steps[s] if cell.steps.get(s) in ("ok", "planned") else "FAILED"
            if s in cell.steps else "-"
            for s in ("import", "call", "mypy")
        ]
        lines.append(
            f"| {cell.python} | {cell.dependencies} | {cell.http} | {versions} | "
            + " | ".join(marks)
            + " |"
        )
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="scripts/matrix", description=__doc__.split("\n\n")[0])
    parser.add_argument("--python", action="append", choices=PYTHONS, help="only these (repeatable)")
    parser.add_argument(
        "--deps", action="append", choices=DEPENDENCY_SETS, help="only these dependency sets"
    )
    parser.add_argument("--http", action="append", choices=HTTP_LIBRARIES, help="only these")
    parser.add_argument("--dry-run", action="store_true", help="print the plan, run nothing")
    parser.add_argument("--report", type=Path, help="write the results as JSON here")
    parser.add_argument("--keep", action="store_true", help="keep the throwaway venvs")
    args = parser.parse_args(argv)

    work = Path(tempfile.mkdtemp(prefix="sdkforge-matrix-"))
    matrix = Matrix(work, args.dry_run)
    cells: list[Cell] = []
    generator_steps: dict[str, str] = {}
    started = time.monotonic()
    try:
        with petstore_server(args.dry_run) as base_url:
            for version in args.python or PYTHONS:
                python = find_python(version)
                chosen = [
                    Cell(version, dependencies, http)
                    for dependencies in args.deps or DEPENDENCY_SETS
                    for http in args.http or HTTP_LIBRARIES
                ]
                cells += chosen
                if python is None:
                    for cell in chosen:
                        cell.steps["python"] = f"no Python {version} found (pyenv or PATH)"
                    print(f"[{version}] no Python {version} found (pyenv or PATH)")
                    continue
                print(f"[{version}] {python}")
                if not matrix.generator(version, python, generator_steps):
                    for cell in chosen:
                        cell.steps["generator"] = "the generator failed on this Python"
                    continue
                for cell in chosen:
                    matrix.cell(cell, python, base_url, work / "mypy")
    finally:
        if args.keep:
            print(f"kept: {work}")
        else:
            shutil.rmtree(work, ignore_errors=True)
    print()
    print(table(cells))
    if args.dry_run:
        print(f"\n{len(cells)} cells planned (dry run: nothing installed or run)")
        return 0
    failed = [cell.name for cell in cells if not cell.ok]
    failed += [name for name, result in generator_steps.items() if result != "ok"]
    passed = len(cells) - len([cell for cell in cells if not cell.ok])
    print(f"\n{passed} of {len(cells)} cells passed in {time.monotonic() - started:.0f} s")
    if args.report:
        args.report.write_text(
            json.dumps(
                {
                    "generator": generator_steps,
                    "cells": [
                        {"name": c.name, "ok": c.ok, "steps": c.steps, "versions": c.versions}
                        for c in cells
                    ],
                },
                indent=2,
            ),
            encoding="utf-8",
        )
    return 1 if failed else 0


if __name__ == "__main__":
    raise SystemExit(main())
