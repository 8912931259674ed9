#!/usr/bin/env python3
"""sdkforge's benchmarks: generator speed, `--check`, SDK import time, client overhead, memory.

Run it as `scripts/bench` (which installs the project first) or `.venv/bin/python
scripts/bench.py`. Every figure is also given as a ratio against a baseline measured in
the same run, the two interleaved (A B A B ...), because a shared machine's speed drifts:

    generation     sdkforge vs openapi-python-client (pinned, in .bench/opc-venv), same spec;
                   and vs loading the spec's data (yaml.CSafeLoader, or json.load): the floor
    --check        sdkforge generate --check vs the same openapi-python-client run
    scaling        time per operation at 10, 100, 1000 operations (synthetic specs)
    import         `import <sdk>` vs `import httpx, pydantic` (what any such SDK must load)
    users          what users feel, on the largest corpus specs and 1,000 untagged operations:
                   `import <sdk>; Client(...)` vs `import httpx, pydantic`, then the first call
                   through httpx.MockTransport vs importing that call's own models; and
                   import + Client() + a first call beside the vendor's official SDK (openai,
                   Adyen: pinned, in .bench/official-venv), in CPU time (bench_official.py)
    first call     import + Client() + one call vs httpx + the same pydantic model
    overhead       SDK call vs httpx + Model.model_validate_json, sync and async
    memory         generator peak RSS; a process after `import <sdk>` vs after httpx+pydantic
    typecheck      cold `mypy --strict` of a user's file that calls the largest corpus SDK
                   (Linode's) vs the same for a hand-tuned SDK of that size (stripe, pinned,
                   in .bench/typecheck-venv); warm (cache kept) beside it

The closing table prints every figure beside the target set for it (met or
MISSED). Imports are timed warm, with bytecode written, as users have them.

Options: --quick (small inputs, few repetitions; --official: with the official SDKs), --json PATH, --plots DIR (SVG charts), --only SECTION[,SECTION],
--corpus DIR, --specs NAME[,NAME], --reps N. Nothing here asserts a time.
"""

from __future__ import annotations

import argparse
import asyncio
import itertools
import json
import os
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from bench_official import (
    PAIRS,
    compare,
    describe,
    official_install,
    official_rows,
    pinned_venv,
)
from bench_plots import write_plots

ROOT = Path(__file__).resolve().parents[1]
BENCH = ROOT / ".bench"  # gitignored: the baseline's venv and the generated trees
OPC_VERSION = "0.29.1"
LARGE_SPECS = (
    "github__api.github.com.json",
    "digitalocean__public.v2-bundled.yaml",
    "linode__openapi.yaml",
    "asana__asana_oas.yaml",
    "box__openapi.json",
)
QUICK_SPECS = ("box__openapi-v2025.0.json",)
SECTIONS = ("generation", "scaling", "import", "users", "overhead", "memory", "typecheck")
MB = 1024 * 1024


# -- running and timing commands --------------------------------------------------------


@dataclass
class Run:
    wall: float
    cpu: float  # user + sys of the process and the children it waited for
    peak_mb: float  # the largest single process (ruff included, for the generator)
    code: int
    tail: str = ""


def run(
    command: Sequence[str], *, cwd: Path | None = None, env: dict[str, str] | None = None
) -> Run:
    """Run a command to the end; wall time, CPU time and peak RSS from the kernel (wait4).

    Bytecode is written and used (PYTHONDONTWRITEBYTECODE unset), as for an installed tool.
    """
    with tempfile.TemporaryFile() as output:
        start = time.perf_counter()
        process = subprocess.Popen(
            list(command),
            cwd=cwd,
            env=env if env is not None else clean_env(),
            stdout=output,
            stderr=subprocess.STDOUT,
        )
        _, status, usage = os.wait4(process.pid, 0)
        wall = time.perf_counter() - start
        process.returncode = os.waitstatus_to_exitcode(status)
        output.seek(0)
        text = output.read().decode("utf-8", "replace").strip().splitlines()
    # the line that says what went wrong, not a closing "please open an issue"
    telling = [line for line in text if "error" in line.lower() and "open an issue" not in line]
    return Run(
        wall=wall,
        cpu=usage.ru_utime + usage.ru_stime,
        peak_mb=usage.ru_maxrss / 1024,
        code=process.returncode,
        tail=(telling or text or [""])[-1].strip()[:200],
    )


@dataclass
class Pair:
    """Interleaved runs of A and B; the ratio is taken run by run, then its median."""

    a: list[Run] = field(default_factory=list)
    b: list[Run] = field(default_factory=list)

    def median(self, side: str, attribute: str = "wall") -> float:
        runs = self.a if side == "a" else self.b
        return float(statistics.median(getattr(r, attribute) for r in runs))

    def ratio(self, attribute: str = "wall") -> float:
        return float(
            statistics.median(
                getattr(x, attribute) / getattr(y, attribute)
                for x, y in zip(self.a, self.b, strict=False)
            )
        )

    def spread(self, attribute: str = "wall") -> tuple[float, float]:
        ratios = [
            getattr(x, attribute) / getattr(y, attribute)
            for x, y in zip(self.a, self.b, strict=False)
        ]
        return min(ratios), max(ratios)


def interleave(a: Callable[[], Run], b: Callable[[], Run], reps: int, warmup: int = 1) -> Pair:
    for _ in range(warmup):
        a()
        b()
    pair = Pair()
    for i in range(reps):
        # alternate who goes first, so neither always runs on a machine the other warmed
        first, second = (a, b) if i % 2 == 0 else (b, a)
        x, y = first(), second()
        if first is b:
            x, y = y, x
        pair.a.append(x)
        pair.b.append(y)
    return pair


def clean_env(**extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONDONTWRITEBYTECODE",)}
    env.update(extra)
    return env


# -- synthetic specs ------------------------------------------------------------------


def synthetic_spec(operations: int, *, tagged: bool = True) -> dict[str, Any]:
    """An OpenAPI 3.1 document with `operations` operations, ten per tag (or no tags).

    Every operation has its own models (a resource, its inline `meta` object, an enum, and
    for writes a request body), so models grow with operations as in real APIs: 1000
    operations make about 3,000 named types (Stripe's spec has some 1,300 schemas and 550
    operations). Half the operations are paginated lists, half are creates.
    """
    schemas: dict[str, Any] = {
        "User": {
            "type": "object",
            "required": ["id"],
            "properties": {
                "id": {"type": "string"},
                "email": {"type": "string"},
                "name": {"type": ["string", "null"]},
            },
        },
        "Error": {
            "type": "object",
            "properties": {"code": {"type": "string"}, "message": {"type": "string"}},
        },
    }
    paths: dict[str, Any] = {}
    for i in range(operations):
        thing = f"Thing{i}"
        schemas[thing] = {
            "type": "object",
            "description": f"A thing of kind {i}.",
            "required": ["id", "created_at"],
            "properties": {
                "id": {"type": "string", "format": "uuid"},
                "name": {"type": "string", "description": "Its name."},
                "created_at": {"type": "string", "format": "date-time"},
                "count": {"type": "integer", "default": 0},
                "ratio": {"type": "number"},
                "labels": {"type": "array", "items": {"type": "string"}},
                "status": {"type": "string", "enum": ["active", "archived", "deleted"]},
                "owner": {"$ref": "#/components/schemas/User"},
                "meta": {
                    "type": "object",
                    "properties": {
                        "source": {"type": "string"},
                        "score": {"type": "number"},
                        "extra": {"type": "object", "additionalProperties": {"type": "string"}},
                    },
                },
            },
        }
        error = {
            "default": {
                "description": "An error.",
                "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Error"}}},
            }
        }
        tags = {"tags": [f"group{i // 10}"]} if tagged else {}
        if i % 2 == 0:
            paths[f"/things{i}"] = {
                "get": {
                    "operationId": f"listThing{i}",
                    **tags,
                    "summary": f"List things of kind {i}.",
                    "parameters": [
                        {"name": "limit", "in": "query", "schema": {"type": "integer"}},
                        {"name": "after", "in": "query", "schema": {"type": "string"}},
                    ],
                    "responses": {
                        "200": {
                            "description": "A page.",
                            "content": {
                                "application/json": {
                                    "schema": {
                                        "type": "array",
                                        "items": {"$ref": f"#/components/schemas/{thing}"},
                                    }
                                }
                            },
                        },
                        **error,
                    },
                }
            }
        else:
            schemas[f"{thing}Create"] = {
                "type": "object",
                "required": ["name"],
                "properties": {
                    "name": {"type": "string"},
                    "labels": {"type": "array", "items": {"type": "string"}},
                },
            }
            paths[f"/things{i}/{{thing_id}}"] = {
                "post": {
                    "operationId": f"createThing{i}",
                    **tags,
                    "summary": f"Create a thing of kind {i}.",
                    "parameters": [
                        {
                            "name": "thing_id",
                            "in": "path",
                            "required": True,
                            "schema": {"type": "string"},
                        }
                    ],
                    "requestBody": {
                        "required": True,
                        "content": {
                            "application/json": {
                                "schema": {"$ref": f"#/components/schemas/{thing}Create"}
                            }
                        },
                    },
                    "responses": {
                        "201": {
                            "description": "Created.",
                            "content": {
                                "application/json": {
                                    "schema": {"$ref": f"#/components/schemas/{thing}"}
                                }
                            },
                        },
                        **error,
                    },
                }
            }
    return {
        "openapi": "3.1.0",
        "info": {"title": f"Synthetic {operations}", "version": "1.0.0"},
        "servers": [{"url": "http://127.0.0.1:8000"}],
        "paths": paths,
        "components": {"schemas": schemas},
    }


GROUP_MEMBERS = 81  # the largest group of mutually referring schemas in the payment spec
GROUP_FIELDS = 45


def group_spec(members: int = GROUP_MEMBERS, fields: int = GROUP_FIELDS) -> dict[str, Any]:
    """`members` objects that refer to one another in a ring, as the large payment API's
    objects do through their expandable fields (`customer: string | Customer`), each with
    `fields` scalar fields; one operation reads the first of them."""
    kinds = ("string", "integer", "boolean", "number")
    schemas: dict[str, Any] = {}
    for i in range(members):
        properties: dict[str, Any] = {
            f"field_{j}": {"type": kinds[j % len(kinds)]} for j in range(fields)
        }
        for step in (1, 2, 5):
            target = f"#/components/schemas/Obj{(i + step) % members}"
            properties[f"ref_{step}"] = {"anyOf": [{"type": "string"}, {"$ref": target}]}
        schemas[f"Obj{i}"] = {"type": "object", "properties": properties, "required": ["field_0"]}
    read = {
        "operationId": "getObj",
        "parameters": [
            {"name": "id", "in": "path", "required": True, "schema": {"type": "string"}}
        ],
        "responses": {
            "200": {
                "description": "The object.",
                "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Obj0"}}},
            }
        },
    }
    return {
        "openapi": "3.1.0",
        "info": {"title": f"Group {members}", "version": "1.0.0"},
        "servers": [{"url": "http://127.0.0.1:8000"}],
        "paths": {"/objs/{id}": {"get": read}},
        "components": {"schemas": schemas},
    }


OVERHEAD_SPEC: dict[str, Any] = {
    "openapi": "3.1.0",
    "info": {"title": "Overhead", "version": "1.0.0"},
    "servers": [{"url": "http://127.0.0.1:8000"}],
    "paths": {
        "/small": {
            "get": {
                "operationId": "getSmall",
                "x-sdkforge-name": "bench.get_small",
                "tags": ["bench"],
                "responses": {
                    "200": {
                        "description": "One object.",
                        "content": {
                            "application/json": {"schema": {"$ref": "#/components/schemas/Item"}}
                        },
                    }
                },
            }
        },
        "/list": {
            "get": {
                "operationId": "listItems",
                "x-sdkforge-name": "bench.list_items",
                "tags": ["bench"],
                "responses": {
                    "200": {
                        "description": "100 objects.",
                        "content": {
                            "application/json": {
                                "schema": {
                                    "type": "array",
                                    "items": {"$ref": "#/components/schemas/Item"},
                                }
                            }
                        },
                    }
                },
            }
        },
        "/download": {
            "get": {
                "operationId": "download",
                "x-sdkforge-name": "bench.download",
                "tags": ["bench"],
                "responses": {
                    "200": {
                        "description": "1 MB.",
                        "content": {
                            "application/octet-stream": {
                                "schema": {"type": "string", "format": "binary"}
                            }
                        },
                    }
                },
            }
        },
    },
    "components": {
        "schemas": {
            "Item": {
                "type": "object",
                "required": ["id", "name", "created_at"],
                "properties": {
                    "id": {"type": "string"},
                    "name": {"type": "string"},
                    "created_at": {"type": "string", "format": "date-time"},
                    "price": {"type": "number"},
                    "quantity": {"type": "integer"},
                    "tags": {"type": "array", "items": {"type": "string"}},
                    "active": {"type": "boolean"},
                    "owner": {
                        "type": "object",
                        "properties": {"id": {"type": "string"}, "name": {"type": "string"}},
                    },
                },
            }
        }
    },
}

SERVER = """
import json, socket, sys
import uvicorn

def item(i):
    return {"id": f"item_{i}", "name": f"Item {i}", "created_at": "2024-05-01T12:00:00Z",
            "price": 9.99, "quantity": i, "tags": ["a", "b"], "active": True,
            "owner": {"id": "u1", "name": "Owner"}}

BODIES = {
    b"/small": (json.dumps(item(1)).encode(), b"application/json"),
    b"/list": (json.dumps([item(i) for i in range(100)]).encode(), b"application/json"),
    b"/download": (bytes(range(256)) * 4096, b"application/octet-stream"),
}

async def app(scope, receive, send):
    body, kind = BODIES.get(scope["raw_path"], (b"{}", b"application/json"))
    await send({"type": "http.response.start", "status": 200,
                "headers": [(b"content-type", kind), (b"content-length", str(len(body)).encode())]})
    await send({"type": "http.response.body", "body": body})

sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM, socket.IPPROTO_TCP)
sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
sock.bind(("127.0.0.1", 0))
print(sock.getsockname()[1], flush=True)
config = uvicorn.Config(app, log_level="warning", lifespan="off", access_log=False)
uvicorn.Server(config).run(sockets=[sock])
"""


# -- helpers ------------------------------------------------------------------------------


def write_json(path: Path, document: dict[str, Any]) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(document), encoding="utf-8")
    return path


def sdkforge_command(spec: Path, output: Path, *, check: bool = False) -> list[str]:
    command = [sys.executable, "-m", "generator", "generate", "-q"]
    if check:
        command.append("--check")
    # SDKs for plain httpx: the floor they are measured against is `import httpx, pydantic`
    return [*command, str(spec), "--output", str(output), "--package", "pkg", "--http", "httpx"]


def generate(spec: Path, output: Path) -> None:
    result = run(sdkforge_command(spec, output), cwd=ROOT)
    if result.code != 0:
        raise SystemExit(f"sdkforge failed on {spec}: {result.tail}")
    # the measured imports use bytecode, as an installed package would
    subprocess.run(
        [sys.executable, "-m", "compileall", "-q", str(output / "pkg")],
        check=True,
        stdout=subprocess.DEVNULL,
    )


def opc_install() -> Path | None:
    """openapi-python-client, pinned, in a venv of its own (made once)."""
    venv = BENCH / "opc-venv"
    binary = venv / "bin" / "openapi-python-client"
    if binary.exists():
        return binary
    try:
        subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True)
        subprocess.run(
            [
                str(venv / "bin" / "python"),
                "-m",
                "pip",
                "install",
                "--quiet",
                f"openapi-python-client=={OPC_VERSION}",
            ],
            check=True,
        )
    except (subprocess.CalledProcessError, OSError) as error:
        print(f"  (openapi-python-client could not be installed: {error})", file=sys.stderr)
        shutil.rmtree(venv, ignore_errors=True)
        return None
    return binary


def opc_runner(binary: Path, spec: Path, output: Path) -> Callable[[], Run]:
    # literal_enums: without it, 0.29.1 stops at the first enum whose values collide
    # after upper-casing (github, box); its post hooks (ruff check --fix, ruff format) run
    config = BENCH / "opc-config.yaml"
    config.write_text("literal_enums: true\n", encoding="utf-8")
    env = clean_env(PATH=f"{binary.parent}{os.pathsep}{os.environ.get('PATH', '')}")
    command = [
        str(binary),
        "generate",
        "--path",
        str(spec),
        "--output-path",
        str(output),
        "--overwrite",
        "--config",
        str(config),
    ]
    return lambda: run(command, env=env)


# The parse floor: reading the spec into Python data. The issue's target is held to PyYAML's
# C loader ("loading the spec's YAML with the C loader"), on JSON specs too (JSON is YAML);
# for a JSON spec, json.load is measured beside it: the real floor of reading that file.
LOAD_FLOOR = """\
import json, sys, yaml
with open(sys.argv[1], "rb") as file:
    if sys.argv[2] == "json.load":
        json.load(file)
    else:
        yaml.load(file, Loader=yaml.CSafeLoader)
"""
TARGET_FLOOR = "yaml.CSafeLoader"


def loader_command(spec: Path, loader: str) -> list[str]:
    return [sys.executable, "-c", LOAD_FLOOR, str(spec), loader]


def loader_names(spec: Path) -> list[str]:
    """The floors measured for a spec, the one the target is held to first."""
    return [TARGET_FLOOR, "json.load"] if spec.suffix == ".json" else [TARGET_FLOOR]


def command_runner(command: list[str]) -> Callable[[], Run]:
    return lambda: run(command, cwd=ROOT)


def fresh(output: Path, runner: Callable[[], Run]) -> Callable[[], Run]:
    def run_fresh() -> Run:
        shutil.rmtree(output, ignore_errors=True)
        return runner()

    return run_fresh


def fmt_ms(seconds: float) -> str:
    return f"{seconds * 1000:.0f} ms" if seconds < 10 else f"{seconds:.1f} s"


def fmt_s(seconds: float) -> str:
    return f"{seconds:.2f} s"


# -- sections -------------------------------------------------------------------------


def bench_generation(args: argparse.Namespace, results: dict[str, Any]) -> None:
    corpus = Path(args.corpus)
    names = args.specs.split(",") if args.specs else QUICK_SPECS if args.quick else LARGE_SPECS
    specs = [corpus / name for name in names if (corpus / name).is_file()]
    missing = [name for name in names if not (corpus / name).is_file()]
    if missing:
        print(f"  (not in {corpus}: {', '.join(missing)})")
    opc = None if args.quick and not args.opc else opc_install()
    rows = []
    for spec in specs:
        name = spec.name.split("__")[0]
        work = BENCH / "generation" / name
        ours = work / "sdkforge"
        # both tools write a fresh tree each time (the old one is removed first, untimed)
        mine = fresh(ours, command_runner(sdkforge_command(spec, ours)))
        check = command_runner(sdkforge_command(spec, ours, check=True))
        row: dict[str, Any] = {"spec": spec.name}
        if opc is not None:
            theirs = fresh(work / "opc", opc_runner(opc, spec, work / "opc"))
            pair = interleave(mine, theirs, args.reps)
            their_codes = {r.code for r in pair.b}
            row["sdkforge_s"] = pair.median("a")
            row["sdkforge_cpu_s"] = pair.median("a", "cpu")
            row["sdkforge_peak_mb"] = max(r.peak_mb for r in pair.a)
            row["opc_s"] = pair.median("b")
            row["opc_peak_mb"] = max(r.peak_mb for r in pair.b)
            row["opc_exit"] = sorted(their_codes)
            if their_codes != {0}:
                row["opc_error"] = pair.b[-1].tail
            row["opc_over_sdkforge"] = 1 / pair.ratio()
            row["opc_over_sdkforge_cpu"] = 1 / pair.ratio("cpu")
            low, high = pair.spread()
            row["opc_over_sdkforge_range"] = [1 / high, 1 / low]
            check_pair = interleave(check, theirs, args.reps, warmup=0)
            row["check_s"] = check_pair.median("a")
            row["check_exit"] = sorted({r.code for r in check_pair.a})
            row["opc_beside_check_s"] = check_pair.median("b")
            row["opc_over_check"] = 1 / check_pair.ratio()
        else:
            pair = interleave(mine, check, args.reps)
            row["sdkforge_s"] = pair.median("a")
            row["sdkforge_cpu_s"] = pair.median("a", "cpu")
            row["sdkforge_peak_mb"] = max(r.peak_mb for r in pair.a + pair.b)
            row["check_s"] = pair.median("b")
            row["check_exit"] = sorted({r.code for r in pair.b})
            row["check_over_generate"] = pair.ratio()
        floors = []
        for loader in loader_names(spec):
            floor = interleave(
                mine, command_runner(loader_command(spec, loader)), args.reps, warmup=0
            )
            floors.append(
                {
                    "loader": loader,
                    "loader_s": floor.median("b"),
                    "loader_cpu_s": floor.median("b", "cpu"),
                    "sdkforge_beside_loader_s": floor.median("a"),
                    "over_loader": floor.ratio(),
                    "over_loader_cpu": floor.ratio("cpu"),
                }
            )
        row.update(floors[0])  # the floor the target is held to
        row["floors"] = floors
        row["stages"] = stage_figures(spec, ours, args.reps)
        rows.append(row)
        _print_generation_row(row)
        _print_stages(row["stages"])
    results["generation"] = {"opc_version": OPC_VERSION if opc else None, "specs": rows}


def _print_generation_row(row: dict[str, Any]) -> None:
    spec = row["spec"]
    text = f"  {spec:40s} sdkforge {fmt_s(row['sdkforge_s'])}  --check {fmt_s(row['check_s'])}"
    text += f"  peak {row['sdkforge_peak_mb']:.0f} MB"
    if "opc_s" in row:
        failed = "" if row["opc_exit"] == [0] else f" (FAILED, exit {row['opc_exit']})"
        text += (
            f" | openapi-python-client {fmt_s(row['opc_s'])}{failed}, peak {row['opc_peak_mb']:.0f} MB"
            f" | opc/sdkforge {row['opc_over_sdkforge']:.1f}x"
            f" (cpu {row['opc_over_sdkforge_cpu']:.1f}x), opc/check {row['opc_over_check']:.1f}x"
        )
    for floor in row["floors"]:
        text += (
            f" | {floor['loader']} {fmt_s(floor['loader_s'])}, sdkforge/loader"
            f" {floor['over_loader']:.1f}x (cpu {floor['over_loader_cpu']:.1f}x)"
        )
    print(text)


STAGES_PROBE = ROOT / "scripts" / "bench_stages.py"


def stage_figures(spec: Path, output: Path, reps: int) -> dict[str, dict[str, float]]:
    """Start-up and each stage of `sdkforge generate` (scripts/bench_stages.py), wall and
    CPU seconds, the median of `reps` runs, each into a fresh output folder."""
    runs: list[dict[str, dict[str, float]]] = []
    for _ in range(max(reps, 1)):
        shutil.rmtree(output, ignore_errors=True)
        env = clean_env(SDKFORGE_BENCH_T0=repr(time.time()))
        command = [sys.executable, str(STAGES_PROBE), str(spec), str(output)]
        result = subprocess.run(
            [*command, "--package", "pkg", "--http", "httpx"],
            cwd=ROOT,
            env=env,
            capture_output=True,
            text=True,
            check=False,
        )
        report = json.loads(result.stdout.strip().splitlines()[-1]) if result.stdout else {}
        if result.returncode != 0 or report.get("code") != 0:
            raise SystemExit(f"bench_stages failed on {spec}: {result.stderr.strip()[-300:]}")
        runs.append(report["stages"])
    return {
        stage: {
            unit: float(statistics.median(r[stage][unit] for r in runs if stage in r))
            for unit in ("wall", "cpu")
        }
        for stage in runs[0]
    }


def _print_stages(stages: dict[str, dict[str, float]]) -> None:
    print(
        "    stages, wall (cpu): "
        + ", ".join(
            f"{stage} {fmt_s(figures['wall'])} ({fmt_s(figures['cpu'])})"
            for stage, figures in stages.items()
        )
    )


def bench_scaling(args: argparse.Namespace, results: dict[str, Any]) -> None:
    sizes = (10, 100) if args.quick else (10, 100, 1000)
    rows = []
    work = BENCH / "scaling"
    for size in sizes:
        spec = write_json(work / f"synthetic_{size}.json", synthetic_spec(size))
        output = work / f"sdk_{size}"
        baseline = command_runner([sys.executable, "-c", "pass"])
        pair = interleave(command_runner(sdkforge_command(spec, output)), baseline, args.reps)
        seconds = pair.median("a")
        rows.append(
            {"operations": size, "seconds": seconds, "per_operation_ms": seconds / size * 1000}
        )
        print(
            f"  {size:5d} operations: {fmt_s(seconds)}  ({seconds / size * 1000:.2f} ms per operation)"
        )
    # linear means the cost of one more operation does not grow with the spec
    marginal = [
        (b["seconds"] - a["seconds"]) / (b["operations"] - a["operations"])
        for a, b in itertools.pairwise(rows)
    ]
    summary: dict[str, Any] = {"sizes": rows, "marginal_ms": [m * 1000 for m in marginal]}
    if len(marginal) == 2 and marginal[0] > 0:
        summary["marginal_growth"] = marginal[1] / marginal[0]
        print(
            f"  marginal cost per operation: {marginal[0] * 1000:.2f} ms (10->100), "
            f"{marginal[1] * 1000:.2f} ms (100->1000): ratio {summary['marginal_growth']:.2f} "
            "(1.0 = linear)"
        )
    results["scaling"] = summary


IMPORT_PROBE = (
    "import sys, time, os\n"
    "t = time.perf_counter()\n"
    "{statement}\n"
    "t = time.perf_counter() - t\n"
    "pages = int(open('/proc/self/statm').read().split()[1])\n"  # resident, now
    "print(t, len(sys.modules), pages * os.sysconf('SC_PAGE_SIZE') / 1048576)\n"
)


def probe(statement: str, path: Path | None = None) -> tuple[float, int, float]:
    env = clean_env()
    if path is not None:
        env["PYTHONPATH"] = str(path)
    output = subprocess.run(
        [sys.executable, "-c", IMPORT_PROBE.format(statement=statement)],
        env=env,
        capture_output=True,
        text=True,
        check=True,
    ).stdout.split()
    return float(output[0]), int(output[1]), float(output[2])


def interleaved_probes(
    a: tuple[str, Path | None], b: tuple[str, Path | None], reps: int
) -> dict[str, Any]:
    probe(*a)
    probe(*b)
    xs, ys = [], []
    for i in range(reps):
        if i % 2:
            y, x = probe(*b), probe(*a)
        else:
            x, y = probe(*a), probe(*b)
        xs.append(x)
        ys.append(y)
    return {
        "a_ms": statistics.median(x[0] for x in xs) * 1000,
        "b_ms": statistics.median(y[0] for y in ys) * 1000,
        "ratio": statistics.median(x[0] / y[0] for x, y in zip(xs, ys, strict=False)),
        "a_modules": xs[0][1],
        "b_modules": ys[0][1],
        "a_rss_mb": statistics.median(x[2] for x in xs),
        "b_rss_mb": statistics.median(y[2] for y in ys),
    }


FLOOR = "import httpx, pydantic"


def importtime_breakdown(path: Path, package: str) -> dict[str, float]:
    """`python -X importtime`: self time summed by who caused the import."""
    env = clean_env(PYTHONPATH=str(path))
    lines = subprocess.run(
        [sys.executable, "-X", "importtime", "-c", f"import {package}"],
        env=env,
        capture_output=True,
        text=True,
        check=True,
    ).stderr.splitlines()
    rows: list[tuple[int, int, str]] = []
    for line in lines:
        if not line.startswith("import time:") or "self [us]" in line:
            continue
        _, self_text, _cumulative, name = (part for part in line.replace("|", ":").split(":"))
        depth = (len(name) - len(name.lstrip())) // 2
        rows.append((int(self_text), depth, name.strip()))
    groups = {"httpx and its dependencies": 0.0, "pydantic": 0.0, "the SDK's own modules": 0.0}
    groups["standard library the SDK imports"] = 0.0
    groups["interpreter start-up (site)"] = 0.0
    third_party = {
        "httpx": "httpx and its dependencies",
        "httpcore": "httpx and its dependencies",
        "anyio": "httpx and its dependencies",
        "h11": "httpx and its dependencies",
        "certifi": "httpx and its dependencies",
        "idna": "httpx and its dependencies",
        "sniffio": "httpx and its dependencies",
        "click": "httpx and its dependencies",
        "pydantic": "pydantic",
        "pydantic_core": "pydantic",
        "annotated_types": "pydantic",
        "typing_inspection": "pydantic",
    }
    # -X importtime prints a module after the modules it imported: walk backwards with a
    # stack of ancestors to find what pulled each module in
    ancestors: list[tuple[int, str]] = []
    for self_us, depth, name in reversed(rows):
        while ancestors and ancestors[-1][0] >= depth:
            ancestors.pop()
        chain = [name] + [n for _, n in reversed(ancestors)]  # innermost first
        group = "interpreter start-up (site)"
        for module in chain:
            root = module.split(".")[0]
            if root == package:
                group = (
                    "the SDK's own modules"
                    if name.split(".")[0] == package
                    else "standard library the SDK imports"
                )
                break
            if root in third_party:
                group = third_party[root]
                break
        groups[group] += self_us / 1000
        ancestors.append((depth, name))
    return groups


def bench_import(args: argparse.Namespace, results: dict[str, Any]) -> None:
    sizes = (10, 100) if args.quick else (10, 100, 1000)
    reps = args.reps * 2
    work = BENCH / "imports"
    rows = []
    for size in sizes:
        output = work / f"sdk_{size}"
        generate(write_json(work / f"synthetic_{size}.json", synthetic_spec(size)), output)
        models = sum(1 for _ in (output / "pkg" / "models").glob("*.py")) - 1
        measured = interleaved_probes(("import pkg", output), (FLOOR, None), reps)
        client = interleaved_probes(
            ("import pkg; pkg.Client(base_url='http://127.0.0.1:1')", output),
            (FLOOR + "; httpx.Client(base_url='http://127.0.0.1:1')", None),
            reps,
        )
        row = {
            "operations": size,
            "model_modules": models,
            "import_ms": measured["a_ms"],
            "floor_ms": measured["b_ms"],
            "import_over_floor": measured["ratio"],
            "modules_loaded": measured["a_modules"],
            "floor_modules": measured["b_modules"],
            "import_and_client_ms": client["a_ms"],
            "httpx_client_ms": client["b_ms"],
            "import_and_client_over_floor": client["ratio"],
        }
        rows.append(row)
        print(
            f"  {size:5d} operations, {models:5d} model modules: import {row['import_ms']:.0f} ms"
            f" vs `{FLOOR}` {row['floor_ms']:.0f} ms (x{row['import_over_floor']:.2f});"
            f" {row['modules_loaded']} modules loaded ({row['floor_modules']} by the floor);"
            f" import + Client(): {row['import_and_client_ms']:.0f} ms vs httpx + httpx.Client()"
            f" {row['httpx_client_ms']:.0f} ms (x{row['import_and_client_over_floor']:.2f})"
        )
    largest = rows[-1]["operations"]
    summary: dict[str, Any] = {"sizes": rows}
    summary["growth_largest_over_smallest"] = rows[-1]["import_ms"] / rows[0]["import_ms"]
    summary["importtime_ms"] = importtime_breakdown(work / f"sdk_{largest}", "pkg")
    print(
        f"  import time {sizes[-1]} vs {sizes[0]} operations: "
        f"x{summary['growth_largest_over_smallest']:.2f} (1.00 = flat)"
    )
    print(f"  -X importtime of the {largest}-operation SDK, self time by cause:")
    for group, ms in summary["importtime_ms"].items():
        print(f"    {group:36s} {ms:6.1f} ms")
    results["import"] = summary


# -- what users feel: import + Client(), and the first call, on the largest specs ----------


USER_SPEC_COUNT = 3  # the largest corpus specs, by file size
FIRST_CALL_PROBE = """\
import sys, time
t0 = time.perf_counter()
import httpx
import pkg

def canned(request):
    return httpx.Response({status}, content={body!r}, headers={{"content-type": {media!r}}})

client = pkg.Client(
    base_url="http://127.0.0.1:1",
    max_retries=0,
    strict_response_validation=True,
    http_client=httpx.Client(base_url="http://127.0.0.1:1", transport=httpx.MockTransport(canned)),
)
t1 = time.perf_counter()
constructed = len(sys.modules), sum(1 for m in sys.modules if m == "pkg" or m.startswith("pkg."))
{then}
t2 = time.perf_counter()
called = len(sys.modules), sum(1 for m in sys.modules if m == "pkg" or m.startswith("pkg."))
print(t1 - t0, t2 - t1, *constructed, *called)
"""
FLOOR_PROBE = (
    "import sys, time\nt0 = time.perf_counter()\nimport httpx, pydantic\n"
    "t1 = time.perf_counter()\nprint(t1 - t0, 0.0, len(sys.modules), 0, len(sys.modules), 0)\n"
)


@dataclass(frozen=True)
class FirstCall:
    """One operation to call through a mock transport, with a body its response type accepts."""

    call: str  # `client.<resource>.<method>(<path arguments>)`
    status: int
    media_type: str
    body: bytes
    model_modules: tuple[str, ...]  # the models/ modules of the success response's named types
    model_names: tuple[str, ...] = ()  # those named types


def largest_specs(corpus: Path, count: int) -> list[Path]:
    specs = [p for p in corpus.glob("*") if p.suffix in (".json", ".yaml", ".yml")]
    return sorted(specs, key=lambda p: (-p.stat().st_size, p.name))[:count]


def plan_first_call(spec: Path) -> FirstCall:
    """The first operation a user could call with no arguments but its path: a GET without
    a body, required query parameters or pagination, whose success response is JSON."""
    from generator import ir
    from generator.load import load_spec
    from generator.parse import parse_api

    api = parse_api(load_spec(spec), "pkg", [], None)
    named: dict[str, ir.Model | ir.Enum | ir.Alias] = {}
    for module in api.modules:
        named.update({m.name: m for m in module.models})
        named.update({e.name: e for e in module.enums})
        named.update({a.name: a for a in module.aliases})
    candidates = [("client", op) for op in api.client_operations]
    candidates += _resource_operations(api.resources, "client")
    for owner, op in candidates:
        if op.http_method != "GET" or op.body is not None or op.pagination is not None:
            continue
        if op.event_type is not None or any(p.required for p in op.params):
            continue
        success = [r for r in op.responses if r.kind == "json" and r.type is not None]
        if not success or success[0].type is None:
            continue
        response = success[0]
        assert response.type is not None
        try:
            value = sample_value(response.type, named, 0)
        except RecursionError:
            continue
        arguments = ", ".join(_path_argument(p.type) for p in op.path_params)
        names = sorted(_named_types(response.type, named, set()))
        return FirstCall(
            call=f"{owner}.{op.method_name}({arguments})",
            status=_status_code(response.status),
            media_type=response.media_type or "application/json",
            body=json.dumps(value).encode(),
            model_modules=tuple(sorted({named[n].module for n in names})),
            model_names=tuple(names),
        )
    raise SystemExit(f"{spec}: no operation to call without arguments beyond its path")


def _resource_operations(resources: Any, owner: str) -> list[tuple[str, Any]]:
    """(`client.<resource>[.<child>...]`, operation) of every resource, children after."""
    found: list[tuple[str, Any]] = []
    for resource in resources:
        path = f"{owner}.{resource.attr_name}"
        found += [(path, op) for op in resource.operations]
        found += _resource_operations(getattr(resource, "children", ()), path)
    return found


def _status_code(status: str) -> int:
    """`200` -> 200, `2XX` -> 200, `default` -> 200."""
    if not status[0].isdigit():
        return 200
    return int(status[0]) * 100 if "X" in status.upper() else int(status)


def _path_argument(type_: Any) -> str:
    return "1" if type_.kind == "scalar" and type_.scalar in ("int", "float") else "'1'"


SCALAR_SAMPLES: dict[str, Any] = {
    "str": "x",
    "int": 0,
    "float": 0.0,
    "bool": False,
    "datetime": "2024-01-01T00:00:00Z",
    "date": "2024-01-01",
    "time": "00:00:00",
    "uuid": "00000000-0000-0000-0000-000000000000",
    "bytes": "",
    "any": None,
}


def sample_value(type_: Any, named: dict[str, Any], depth: int) -> Any:
    """The smallest JSON value of a type: required fields only, first enum member, empty
    lists and maps. Raises RecursionError for a type that needs itself (no finite value)."""
    from generator import ir

    if depth > 40:
        raise RecursionError
    if type_.nullable or type_.kind == "none":
        return None
    if type_.kind == "scalar":
        return SCALAR_SAMPLES.get(type_.scalar or "any")
    if type_.kind == "literal":
        return type_.literal
    if type_.kind == "list":
        return []
    if type_.kind == "dict":
        return {}
    if type_.kind == "union":
        if type_.discriminator is not None and type_.discriminator.mapping:
            wire, target = type_.discriminator.mapping[0]
            value = sample_value(ir.TypeRef(kind="named", name=target), named, depth + 1)
            return {**value, type_.discriminator.wire_name: wire}
        return sample_value(type_.args[0], named, depth + 1)
    item = named[type_.name]
    if isinstance(item, ir.Enum):
        return item.members[0].value
    if isinstance(item, ir.Alias):
        return sample_value(item.type, named, depth + 1)
    return {f.wire_name: sample_value(f.type, named, depth + 1) for f in item.fields if f.required}


def _named_types(type_: Any, named: dict[str, Any], seen: set[str]) -> set[str]:
    if type_.kind == "named" and type_.name in named and type_.name not in seen:
        seen.add(type_.name)
    for arg in type_.args:
        _named_types(arg, named, seen)
    return seen


def run_probe(script: str, path: Path | None) -> list[float]:
    env = clean_env()
    if path is not None:
        env["PYTHONPATH"] = str(path)
    output = subprocess.run(
        [sys.executable, "-c", script], env=env, capture_output=True, text=True, check=False
    )
    if output.returncode != 0:
        detail = (output.stderr.strip().splitlines() or ["?"])[-1]
        raise SystemExit(f"probe failed in {path}: {detail}")
    return [float(word) for word in output.stdout.split()]


def first_call_probes(plan: FirstCall) -> tuple[str, str, str]:
    """(import + Client() + the call, import + Client() + importing the call's own models,
    the same and building their validators).

    The models are built on first use (`defer_build`), so importing them leaves out what
    pydantic does when a model first validates: building its validator (and, the first
    time in a process, looking up pydantic plugins in every installed distribution). A
    hand-written model pays that at import; the third probe shows it."""
    shared = {"status": plan.status, "body": plan.body, "media": plan.media_type}
    call = FIRST_CALL_PROBE.format(then=f"result = {plan.call}", **shared)
    imports = "import importlib\n" + "".join(
        f"importlib.import_module('pkg.models.{module}')\n" for module in plan.model_modules
    )
    models = FIRST_CALL_PROBE.format(then=imports, **shared)
    build = "".join(
        f"getattr(pkg.models.{name}, 'model_rebuild', lambda: None)()\n"
        for name in plan.model_names
    )
    built = FIRST_CALL_PROBE.format(then=imports + build, **shared)
    return call, models, built


def bench_users(args: argparse.Namespace, results: dict[str, Any]) -> None:
    work = BENCH / "users"
    size = 100 if args.quick else 1000
    cases = [
        (
            f"synthetic, {size} untagged operations",
            write_json(work / f"untagged_{size}.json", synthetic_spec(size, tagged=False)),
        ),
        (
            f"synthetic, a group of {GROUP_MEMBERS} mutually referring models",
            write_json(work / f"group_{GROUP_MEMBERS}.json", group_spec()),
        ),
    ]
    if not args.quick:
        cases += [
            (spec.name.split("__")[0], spec)
            for spec in largest_specs(Path(args.corpus), USER_SPEC_COUNT)
        ]
    # both orders of the probes per repetition; --quick (the suite's smoke run) one order
    reps = args.reps if args.quick else args.reps * 2
    rows = []
    for label, spec in cases:
        output = work / spec.stem.replace(".", "_")
        generate(spec, output)
        plan = plan_first_call(spec)
        call_probe, models_probe, built_probe = first_call_probes(plan)
        runs: dict[str, list[list[float]]] = {"floor": [], "call": [], "models": [], "built": []}
        scripts = {"floor": (FLOOR_PROBE, None), "call": (call_probe, output)}
        scripts["models"] = (models_probe, output)
        scripts["built"] = (built_probe, output)
        for script, path in scripts.values():  # warm the bytecode and the page cache
            run_probe(script, path)
        for i in range(reps):
            order = list(scripts) if i % 2 == 0 else list(reversed(scripts))
            for name in order:
                runs[name].append(run_probe(*scripts[name]))
        construct = [r[0] for r in runs["call"]]
        row: dict[str, Any] = {
            "case": label,
            "spec": spec.name,
            "call": plan.call,
            "floor_ms": statistics.median(r[0] for r in runs["floor"]) * 1000,
            "construct_ms": statistics.median(construct) * 1000,
            "construct_over_floor": statistics.median(
                c / f[0] for c, f in zip(construct, runs["floor"], strict=True)
            ),
            "call_ms": statistics.median(r[1] for r in runs["call"]) * 1000,
            "own_models_ms": statistics.median(r[1] for r in runs["models"]) * 1000,
            "own_models_built_ms": statistics.median(r[1] for r in runs["built"]) * 1000,
            "modules_after_construct": int(runs["call"][0][2]),
            "sdk_modules_after_construct": int(runs["call"][0][3]),
            "modules_after_call": int(runs["call"][0][4]),
            "sdk_modules_after_call": int(runs["call"][0][5]),
            "floor_modules": int(runs["floor"][0][2]),
            "model_modules": sum(1 for _ in (output / "pkg" / "models").glob("*.py")) - 1,
        }
        row["call_over_models_ms"] = row["call_ms"] - row["own_models_ms"]
        row["call_over_built_models_ms"] = row["call_ms"] - row["own_models_built_ms"]
        rows.append(row)
        print(
            f"  {label}: import + Client() {row['construct_ms']:.0f} ms vs `{FLOOR}`"
            f" {row['floor_ms']:.0f} ms (x{row['construct_over_floor']:.2f});"
            f" {row['modules_after_construct']} modules ({row['sdk_modules_after_construct']}"
            f" of the SDK, {row['floor_modules']} by the floor); first call {plan.call}:"
            f" +{row['call_ms']:.0f} ms, {row['sdk_modules_after_call']} SDK modules after it;"
            f" importing its own models alone +{row['own_models_ms']:.0f} ms,"
            f" and building them +{row['own_models_built_ms']:.0f} ms"
        )
    results["users"] = {"cases": rows}
    if not args.quick or args.official:
        results["users"]["official"] = bench_official(args, work)


def bench_official(args: argparse.Namespace, work: Path) -> list[dict[str, Any]]:
    """Import + Client() + a first call, the generated SDK beside the vendor's official one
    (`bench_official.py`); SDKs for httpx2, the HTTP library the official AI SDK uses."""
    python = official_install(BENCH)
    if python is None:
        return []
    shared = Path(args.corpus).resolve().parents[1]
    rows = []
    for pair in PAIRS:
        spec = shared / pair.spec
        if not spec.is_file():
            print(f"  (not found: {spec})")
            continue
        output = work / f"official_{spec.stem.replace('.', '_')}"
        command = sdkforge_command(spec, output)
        command[command.index("--http") + 1] = "httpx2"
        result = run(command, cwd=ROOT)
        if result.code != 0:
            raise SystemExit(f"sdkforge failed on {spec}: {result.tail}")
        subprocess.run(
            [str(python), "-m", "compileall", "-q", str(output / "pkg")],
            check=True,
            stdout=subprocess.DEVNULL,
        )
        row = compare(pair, python, output, args.reps * 2, clean_env())
        print(describe(row))
        rows.append(row)
    return rows


@dataclass
class Case:
    name: str
    calls: int


CASES = (Case("small object", 300), Case("list of 100 objects", 100), Case("1 MB download", 30))


def start_server(work: Path) -> tuple[subprocess.Popen[str], str]:
    script = work / "server.py"
    script.write_text(SERVER, encoding="utf-8")
    server = subprocess.Popen(
        [sys.executable, str(script)], stdout=subprocess.PIPE, text=True, env=clean_env()
    )
    assert server.stdout is not None
    port = int(server.stdout.readline())
    deadline = time.monotonic() + 10
    while True:
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=1):
                break
        except OSError:
            if time.monotonic() > deadline:
                server.kill()
                raise SystemExit("the benchmark server did not start") from None
            time.sleep(0.05)
    return server, f"http://127.0.0.1:{port}"


def bench_overhead(args: argparse.Namespace, results: dict[str, Any]) -> None:
    work = BENCH / "overhead"
    output = work / "sdk"
    generate(write_json(work / "overhead.json", OVERHEAD_SPEC), output)
    server, base_url = start_server(work)
    try:
        rounds = 3 if args.quick else max(args.reps * 3, 9)
        scale = 0.2 if args.quick else 1.0
        sys.path.insert(0, str(output))
        measured = overhead_loops(base_url, rounds, scale)
        measured["first_call"] = first_call(base_url, output, args.reps * 2)
    finally:
        server.terminate()
        server.wait()
        if str(output) in sys.path:
            sys.path.remove(str(output))
    results["overhead"] = measured


def overhead_loops(base_url: str, rounds: int, scale: float) -> dict[str, Any]:
    import httpx
    import pkg  # type: ignore[import-not-found]
    import pydantic

    item = pkg.models.Item
    items: Any = pydantic.TypeAdapter(list[item])  # type: ignore[valid-type]
    out: dict[str, Any] = {}
    with (
        pkg.Client(base_url=base_url, max_retries=0) as sdk,
        httpx.Client(base_url=base_url) as raw,
    ):
        sync_calls: dict[str, tuple[Callable[[], Any], Callable[[], Any]]] = {
            "small object": (
                sdk.bench.get_small,
                lambda: item.model_validate_json(_ok(raw.get("/small")).content),
            ),
            "list of 100 objects": (
                sdk.bench.list_items,
                lambda: items.validate_json(_ok(raw.get("/list")).content),
            ),
            "1 MB download": (sdk.bench.download, lambda: _ok(raw.get("/download")).content),
        }
        for case in CASES:
            calls = max(3, int(case.calls * scale))
            ours, theirs = sync_calls[case.name]
            out[f"sync {case.name}"] = _loops(ours, theirs, calls, rounds)
            _print_overhead(f"sync {case.name}", out[f"sync {case.name}"])
    out.update(asyncio.run(_async_loops(base_url, rounds, scale, item, items)))
    return out


def _ok(response: Any) -> Any:
    response.raise_for_status()
    return response


async def _async_loops(
    base_url: str, rounds: int, scale: float, item: Any, items: Any
) -> dict[str, Any]:
    import httpx
    import pkg

    out: dict[str, Any] = {}
    async with (
        pkg.AsyncClient(base_url=base_url, max_retries=0) as sdk,
        httpx.AsyncClient(base_url=base_url) as raw,
    ):

        async def small() -> Any:
            return item.model_validate_json(_ok(await raw.get("/small")).content)

        async def many() -> Any:
            return items.validate_json(_ok(await raw.get("/list")).content)

        async def download() -> Any:
            return _ok(await raw.get("/download")).content

        calls = {
            "small object": (sdk.bench.get_small, small),
            "list of 100 objects": (sdk.bench.list_items, many),
            "1 MB download": (sdk.bench.download, download),
        }
        for case in CASES:
            ours, theirs = calls[case.name]
            n = max(3, int(case.calls * scale))
            out[f"async {case.name}"] = await _async_measure(ours, theirs, n, rounds)
            _print_overhead(f"async {case.name}", out[f"async {case.name}"])
    return out


def _loops(
    ours: Callable[[], Any], theirs: Callable[[], Any], calls: int, rounds: int
) -> dict[str, float]:
    for _ in range(max(3, calls // 10)):  # warm connections and caches
        ours()
        theirs()
    a: list[float] = []
    b: list[float] = []
    for i in range(rounds):
        for side in ((ours, a), (theirs, b)) if i % 2 == 0 else ((theirs, b), (ours, a)):
            function, times = side
            start = time.perf_counter()
            for _ in range(calls):
                function()
            times.append((time.perf_counter() - start) / calls)
    return _summary(a, b)


async def _async_measure(ours: Any, theirs: Any, calls: int, rounds: int) -> dict[str, float]:
    for _ in range(max(3, calls // 10)):
        await ours()
        await theirs()
    a: list[float] = []
    b: list[float] = []
    for i in range(rounds):
        for function, times in ((ours, a), (theirs, b)) if i % 2 == 0 else ((theirs, b), (ours, a)):
            start = time.perf_counter()
            for _ in range(calls):
                await function()
            times.append((time.perf_counter() - start) / calls)
    return _summary(a, b)


def _summary(a: list[float], b: list[float]) -> dict[str, float]:
    ratios = [x / y for x, y in zip(a, b, strict=False)]
    return {
        "sdk_us": statistics.median(a) * 1e6,
        "raw_us": statistics.median(b) * 1e6,
        "ratio": statistics.median(ratios),
        "ratio_min": min(ratios),
        "ratio_max": max(ratios),
    }


def _print_overhead(name: str, row: dict[str, float]) -> None:
    print(
        f"  {name:28s} SDK {row['sdk_us']:8.0f} us  httpx+pydantic {row['raw_us']:8.0f} us"
        f"  ratio {row['ratio']:.3f} (runs {row['ratio_min']:.3f}..{row['ratio_max']:.3f})"
    )


def first_call(base_url: str, output: Path, reps: int) -> dict[str, Any]:
    ours = (
        f"import pkg\nwith pkg.Client(base_url={base_url!r}) as c:\n    c.bench.get_small()",
        output,
    )
    raw_call = (
        "import httpx, pydantic\n"
        f"sys.path.insert(0, {str(output)!r})\n"
        "from pkg.models.item import Item\n"
        f"with httpx.Client(base_url={base_url!r}) as c:\n"
        "    Item.model_validate_json(c.get('/small').content)"
    )
    theirs: tuple[str, Path | None] = (raw_call, None)
    measured = interleaved_probes(ours, theirs, reps)
    row = {
        "sdk_ms": measured["a_ms"],
        "raw_ms": measured["b_ms"],
        "ratio": measured["ratio"],
    }
    print(
        f"  first call (import, client, one call): SDK {row['sdk_ms']:.0f} ms vs httpx +"
        f" the model {row['raw_ms']:.0f} ms (x{row['ratio']:.2f})"
    )
    return row


def bench_memory(args: argparse.Namespace, results: dict[str, Any]) -> None:
    generation = results.get("generation", {}).get("specs", [])
    peak = max((row["sdkforge_peak_mb"] for row in generation), default=None)
    size = 100 if args.quick else 1000
    output = BENCH / "imports" / f"sdk_{size}"
    if not output.is_dir():
        generate(
            write_json(BENCH / "imports" / f"synthetic_{size}.json", synthetic_spec(size)), output
        )
    measured = interleaved_probes(
        ("import pkg; c = pkg.Client(base_url='http://127.0.0.1:1')", output),
        (FLOOR + "; c = httpx.Client(base_url='http://127.0.0.1:1')", None),
        args.reps,
    )
    row = {
        "generator_peak_mb": peak,
        "generator_peak_spec": max(generation, key=lambda r: r["sdkforge_peak_mb"])["spec"]
        if generation
        else None,
        "sdk_rss_mb": measured["a_rss_mb"],
        "floor_rss_mb": measured["b_rss_mb"],
        "sdk_over_floor": measured["a_rss_mb"] / measured["b_rss_mb"],
        "sdk_operations": size,
    }
    if peak is not None:
        print(f"  generator peak RSS: {peak:.0f} MB ({row['generator_peak_spec']})")
    print(
        f"  after import + Client() of the {size}-operation SDK: {row['sdk_rss_mb']:.0f} MB RSS"
        f" vs httpx + pydantic + httpx.Client(): {row['floor_rss_mb']:.0f} MB"
        f" (x{row['sdk_over_floor']:.2f})"
    )
    results["memory"] = row


# -- typecheck: what an IDE pays -------------------------------------------------------------

# The fixed baseline: Stripe's Python SDK, written and tuned by hand, fully typed (py.typed),
# of the same scale as the largest generated SDK (1,651 modules, 13 MB of source; Linode's
# SDK: 2,850 model types, 106 resources). Pinned, so that its time does not move between runs.
TYPECHECK_BASELINE = "stripe==16.1.0"
TYPECHECK_SPEC = "linode__openapi.yaml"  # the largest corpus spec, the largest SDK
TYPECHECK_PACKAGE = "linode_sdk"
TYPECHECK_USERS = {
    "sdkforge": (
        "use_linode.py",
        f"from {TYPECHECK_PACKAGE} import Client\n\n"
        'client = Client(personal_access_token="token")\n'
        'instance = client.linode_instances.instances.retrieve("v4", 123)\n'
        "print(instance.label)\n"
        'page = client.linode_instances.instances.list("v4", page_size=10)\n'
        "print(page.data)\n",
    ),
    "baseline": (
        "use_stripe.py",
        "import stripe\n\n"
        'client = stripe.StripeClient("sk_test_123")\n'
        'customer = client.v1.customers.create(params={"email": "a@example.com"})\n'
        "print(customer.id)\n"
        'page = client.v1.customers.list(params={"limit": 3})\n'
        "print(page.data)\n",
    ),
}


def typecheck_install() -> Path | None:
    """A venv with the baseline SDK and the generated SDK's dependencies, at the versions
    this venv has (made once; mypy runs from this venv with `--python-executable`)."""
    import httpx
    import pydantic

    pins = [TYPECHECK_BASELINE, f"httpx=={httpx.__version__}", f"pydantic=={pydantic.VERSION}"]
    return pinned_venv(BENCH / "typecheck-venv", pins, "the typecheck baseline")


def mypy_runner(python: Path, user: Path, cache: Path | None) -> Callable[[], Run]:
    """mypy --strict of one user file; a fresh cache each run when `cache` is None (cold)."""

    def run_mypy() -> Run:
        folder = cache or Path(tempfile.mkdtemp(prefix="mypy-cache-", dir=BENCH))
        try:
            return run(
                [
                    sys.executable,
                    "-m",
                    "mypy",
                    "--strict",
                    "--python-executable",
                    str(python),
                    "--cache-dir",
                    str(folder),
                    user.name,
                ],
                cwd=user.parent,
            )
        finally:
            if cache is None:
                shutil.rmtree(folder, ignore_errors=True)

    return run_mypy


def bench_typecheck(args: argparse.Namespace, results: dict[str, Any]) -> None:
    spec = Path(args.corpus) / TYPECHECK_SPEC
    if not spec.is_file():
        print(f"  (not in {args.corpus}: {TYPECHECK_SPEC})")
        return
    python = typecheck_install()
    if python is None:
        return
    work = BENCH / "typecheck"
    output = work / "sdk"
    command = sdkforge_command(spec, output)
    command[command.index("--package") + 1] = TYPECHECK_PACKAGE
    generated = run(command, cwd=ROOT)
    if generated.code != 0:
        raise SystemExit(f"sdkforge failed on {spec}: {generated.tail}")
    # installed as an editable install is: a .pth line in the venv's site-packages
    purelib = subprocess.run(
        [str(python), "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
        check=True,
        capture_output=True,
        text=True,
    ).stdout.strip()
    Path(purelib, "bench_sdkforge_sdk.pth").write_text(f"{output}\n", encoding="utf-8")
    users = {}
    for side, (name, text) in TYPECHECK_USERS.items():
        users[side] = work / "user" / name
        users[side].parent.mkdir(parents=True, exist_ok=True)
        users[side].write_text(text, encoding="utf-8")
    cold = interleave(
        mypy_runner(python, users["sdkforge"], None),
        mypy_runner(python, users["baseline"], None),
        args.reps,
        warmup=0,
    )
    caches = {side: work / f"cache-{side}" for side in users}
    for folder in caches.values():
        shutil.rmtree(folder, ignore_errors=True)
    warm = interleave(
        mypy_runner(python, users["sdkforge"], caches["sdkforge"]),
        mypy_runner(python, users["baseline"], caches["baseline"]),
        args.reps,
        warmup=1,  # fills the caches
    )
    row: dict[str, Any] = {
        "spec": TYPECHECK_SPEC,
        "baseline": TYPECHECK_BASELINE,
        "exit_codes": sorted({r.code for r in cold.a + cold.b + warm.a + warm.b}),
        "cold_s": cold.median("a"),
        "cold_cpu_s": cold.median("a", "cpu"),
        "baseline_cold_s": cold.median("b"),
        "baseline_cold_cpu_s": cold.median("b", "cpu"),
        "cold_ratio": cold.ratio(),
        "cold_cpu_ratio": cold.ratio("cpu"),
        "cold_ratio_range": list(cold.spread()),
        "peak_mb": max(r.peak_mb for r in cold.a),
        "baseline_peak_mb": max(r.peak_mb for r in cold.b),
        "warm_s": warm.median("a"),
        "baseline_warm_s": warm.median("b"),
        "warm_ratio": warm.ratio(),
    }
    if row["exit_codes"] != [0]:
        failed = [r.tail for r in cold.a + cold.b if r.code != 0]
        print(f"  (mypy reported errors: {failed[:1]})")
    print(
        f"  cold mypy --strict, a file using the {TYPECHECK_PACKAGE} SDK: {fmt_s(row['cold_s'])}"
        f" (cpu {fmt_s(row['cold_cpu_s'])}) vs {TYPECHECK_BASELINE}: {fmt_s(row['baseline_cold_s'])}"
        f" (cpu {fmt_s(row['baseline_cold_cpu_s'])}): x{row['cold_ratio']:.2f} (cpu"
        f" x{row['cold_cpu_ratio']:.2f}) | warm {fmt_s(row['warm_s'])} vs"
        f" {fmt_s(row['baseline_warm_s'])}: x{row['warm_ratio']:.2f}"
    )
    results["typecheck"] = row


TableRow = tuple[str, str, str, str, str]  # figure, value, baseline, ratio, target

# The cost targets, each beside the figure it is about (benchmarks, not timed tests).
TARGET_OPC = 5.0  # generation at least this many times faster than openapi-python-client
TARGET_LOADER = 3.0  # generation at most this many times loading the spec's data
TARGET_PEAK_MB = 500.0
TARGET_IMPORT = 1.25  # import <sdk>; Client(...) at most this times `import httpx, pydantic`
TARGET_FIRST_CALL_MS = 50.0  # first call: at most this more than importing its own models


def verdict(met: bool) -> str:
    return "met" if met else "MISSED"


def summary_rows(results: dict[str, Any]) -> list[TableRow]:
    """The closing table: each figure, the baseline measured in the same run, their ratio,
    and the target it is held to (empty where the issue sets none)."""
    rows: list[TableRow] = []
    for row in results.get("generation", {}).get("specs", []):
        name = row["spec"].split("__")[0]
        if "opc_s" in row:
            succeeded = row["opc_exit"] == [0]
            failed = "" if succeeded else ", failed"
            speedup = row["opc_over_sdkforge"]
            target = (
                f">= {TARGET_OPC:.0f}x: {verdict(speedup >= TARGET_OPC)}"
                if succeeded
                else f">= {TARGET_OPC:.0f}x where it succeeds: n/a"
            )
            rows.append(
                (
                    f"generate {name}",
                    fmt_s(row["sdkforge_s"]),
                    f"openapi-python-client {fmt_s(row['opc_s'])}{failed}",
                    f"{speedup:.1f}x faster",
                    target,
                )
            )
            beside = row.get("opc_beside_check_s", row["opc_s"])
            rows.append(
                (
                    f"--check {name}",
                    fmt_s(row["check_s"]),
                    f"openapi-python-client {fmt_s(beside)}{failed}",
                    f"{row['opc_over_check']:.1f}x faster",
                    "",
                )
            )
        else:
            rows.append((f"generate {name}", fmt_s(row["sdkforge_s"]), "", "", ""))
            rows.append(
                (
                    f"--check {name}",
                    fmt_s(row["check_s"]),
                    "its generate",
                    f"x{row['check_over_generate']:.2f}",
                    "",
                )
            )
        for floor in row.get("floors", []):
            held = floor["loader"] == TARGET_FLOOR
            over = floor["over_loader"]
            rows.append(
                (
                    f"generate {name} / load its data",
                    fmt_s(floor["sdkforge_beside_loader_s"]),
                    f"{floor['loader']} {fmt_s(floor['loader_s'])}",
                    f"x{over:.2f} (cpu x{floor['over_loader_cpu']:.2f})",
                    f"<= {TARGET_LOADER:.0f}x: {verdict(over <= TARGET_LOADER)}"
                    if held
                    else "(the JSON floor; the target is held to the C loader)",
                )
            )
        peak = row["sdkforge_peak_mb"]
        rows.append(
            (
                f"generator peak RSS {name}",
                f"{peak:.0f} MB",
                "",
                "",
                f"< {TARGET_PEAK_MB:.0f} MB: {verdict(peak < TARGET_PEAK_MB)}",
            )
        )
    scaling = results.get("scaling")
    if scaling:
        for size in scaling["sizes"]:
            rows.append(
                (
                    f"generate {size['operations']} operations",
                    fmt_s(size["seconds"]),
                    "",
                    f"{size['per_operation_ms']:.2f} ms/operation",
                    "",
                )
            )
        if "marginal_growth" in scaling:
            rows.append(
                (
                    "marginal ms/operation 100->1000",
                    f"{scaling['marginal_ms'][-1]:.2f} ms",
                    f"10->100: {scaling['marginal_ms'][0]:.2f} ms",
                    f"x{scaling['marginal_growth']:.2f}",
                    "",
                )
            )
    imports = results.get("import")
    if imports:
        for size in imports["sizes"]:
            rows.append(
                (
                    f"import SDK, {size['model_modules']} model modules",
                    f"{size['import_ms']:.0f} ms",
                    f"import httpx, pydantic {size['floor_ms']:.0f} ms",
                    f"x{size['import_over_floor']:.2f}",
                    "",
                )
            )
            rows.append(
                (
                    f"import + Client(), {size['model_modules']} model modules",
                    f"{size['import_and_client_ms']:.0f} ms",
                    f"+ httpx.Client() {size['httpx_client_ms']:.0f} ms",
                    f"x{size['import_and_client_over_floor']:.2f}",
                    "",
                )
            )
    for case in results.get("users", {}).get("cases", []):
        ratio = case["construct_over_floor"]
        rows.append(
            (
                f"import + Client(): {case['case']}",
                f"{case['construct_ms']:.0f} ms",
                f"import httpx, pydantic {case['floor_ms']:.0f} ms",
                f"x{ratio:.2f}",
                f"<= {TARGET_IMPORT}x: {verdict(ratio <= TARGET_IMPORT)}",
            )
        )
        extra = case["call_over_models_ms"]
        rows.append(
            (
                f"first call after Client(): {case['case']}",
                f"+{case['call_ms']:.0f} ms",
                f"its own models alone +{case['own_models_ms']:.0f} ms",
                f"{extra:+.0f} ms",
                f"<= +{TARGET_FIRST_CALL_MS:.0f} ms: {verdict(extra <= TARGET_FIRST_CALL_MS)}",
            )
        )
        if "own_models_built_ms" in case:
            rows.append(
                (
                    f"first call after Client(): {case['case']} (models built)",
                    f"+{case['call_ms']:.0f} ms",
                    f"its own models, built +{case['own_models_built_ms']:.0f} ms",
                    f"{case['call_over_built_models_ms']:+.0f} ms",
                    "(for comparison)",
                )
            )
    rows += official_rows(results.get("users", {}).get("official", []))
    overhead = results.get("overhead")
    if overhead:
        for name, row in overhead.items():
            if name == "first_call":
                rows.append(
                    (
                        "first call (fresh process)",
                        f"{row['sdk_ms']:.0f} ms",
                        f"httpx + model {row['raw_ms']:.0f} ms",
                        f"x{row['ratio']:.2f}",
                        "",
                    )
                )
            else:
                rows.append(
                    (
                        f"call: {name}",
                        f"{row['sdk_us']:.0f} us",
                        f"httpx + model {row['raw_us']:.0f} us",
                        f"x{row['ratio']:.3f}",
                        "",
                    )
                )
    memory = results.get("memory")
    if memory:
        rows.append(
            (
                f"RSS after import + Client(), {memory['sdk_operations']} operations",
                f"{memory['sdk_rss_mb']:.0f} MB",
                f"httpx + pydantic {memory['floor_rss_mb']:.0f} MB",
                f"x{memory['sdk_over_floor']:.2f}",
                "",
            )
        )
    typecheck = results.get("typecheck")
    if typecheck:
        ratio = typecheck["cold_ratio"]
        rows.append(
            (
                "cold mypy --strict of a user file, largest SDK",
                fmt_s(typecheck["cold_s"]),
                f"{typecheck['baseline']} {fmt_s(typecheck['baseline_cold_s'])}",
                f"x{ratio:.2f} (cpu x{typecheck['cold_cpu_ratio']:.2f})",
                f"<= 1x: {verdict(ratio <= 1 and typecheck['exit_codes'] == [0])}",
            )
        )
        rows.append(
            (
                "warm mypy --strict of the same file",
                fmt_s(typecheck["warm_s"]),
                f"{typecheck['baseline']} {fmt_s(typecheck['baseline_warm_s'])}",
                f"x{typecheck['warm_ratio']:.2f}",
                "",
            )
        )
    return rows


def print_table(rows: list[TableRow]) -> None:
    header = ("figure", "sdkforge", "baseline (same run)", "ratio", "target")
    widths = [max(len(r[i]) for r in [header, *rows]) for i in range(len(header))]
    for row in [header, tuple("-" * w for w in widths), *rows]:
        print(
            "  ".join(cell.ljust(width) for cell, width in zip(row, widths, strict=False)).rstrip()
        )


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--quick", action="store_true", help="small inputs, few repetitions")
    parser.add_argument("--json", help="write the figures to this file")
    parser.add_argument("--only", help=f"comma-separated sections of: {', '.join(SECTIONS)}")
    parser.add_argument(
        "--corpus",
        default=str(ROOT.parent / "shared" / "corpus" / "specs"),
        help="folder of the corpus specs (default: ../shared/corpus/specs)",
    )
    parser.add_argument(
        "--specs", help="comma-separated corpus file names for the generation section"
    )
    parser.add_argument("--reps", type=int, help="interleaved runs per figure (default 5, quick 1)")
    parser.add_argument(
        "--opc", action="store_true", help="with --quick: still compare with openapi-python-client"
    )
    parser.add_argument(
        "--official",
        action="store_true",
        help="with --quick: still compare the first call with the official SDKs",
    )
    parser.add_argument("--plots", help="write SVG charts of the figures to this folder")
    args = parser.parse_args(argv)
    args.reps = args.reps or (1 if args.quick else 5)
    chosen = args.only.split(",") if args.only else list(SECTIONS)
    unknown = set(chosen) - set(SECTIONS)
    if unknown:
        parser.error(f"unknown section(s): {', '.join(sorted(unknown))}")
    BENCH.mkdir(exist_ok=True)
    results: dict[str, Any] = {
        "machine": {
            "python": sys.version.split()[0],
            "cpus": os.cpu_count(),
            "load_average": os.getloadavg(),
        },
        "quick": args.quick,
        "reps": args.reps,
    }
    functions = {
        "generation": bench_generation,
        "scaling": bench_scaling,
        "import": bench_import,
        "users": bench_users,
        "overhead": bench_overhead,
        "memory": bench_memory,
        "typecheck": bench_typecheck,
    }
    started = time.perf_counter()
    for section in SECTIONS:
        if section in chosen:
            print(f"{section}:", flush=True)
            functions[section](args, results)
    results["seconds"] = time.perf_counter() - started
    print()
    print_table(summary_rows(results))
    results["machine"]["load_average_after"] = os.getloadavg()
    if args.json:
        Path(args.json).write_text(json.dumps(results, indent=2) + "\n", encoding="utf-8")
        print(f"figures written to {args.json}")
    if args.plots:
        for written in write_plots(results, Path(args.plots)):
            print(f"chart written to {written}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
