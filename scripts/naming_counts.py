"""How the naming rules name the operations of a folder of specs: parser only, no generation.

    .venv/bin/python scripts/naming_counts.py DIR [--filter SUBSTR] [--per-spec]

Per spec shape (tagged: every operation has a tag; untagged; mixed) and in total: how many
operations got a verb name (list, create, retrieve, update, delete), an action name (a path
segment: `confirm`, `delete_discount`), a name derived from the operationId (or the HTTP
method when there is none) and an override; then the names that read machine-written:
numbered (a method or resource attribute ending in digits, `runs2`), hash-suffixed
(`..._caa38add`), a method named after an HTTP verb that sends another one (`delete` that
sends GET), and the names a clash renamed (`renamed_n`: with a number); how many specs had operationIds on none of
their operations; the deepest resource and the largest resource (methods of one class).
Only the operations are read (no schemas), so a run over the whole corpus takes seconds
besides loading the files.
"""

from __future__ import annotations

import argparse
import re
import sys
from collections import Counter
from collections.abc import Sequence
from pathlib import Path
from urllib.parse import urlsplit

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from generator.errors import SdkforgeError, SpecWarning
from generator.load import load_spec
from generator.parse import reserved
from generator.parse.naming import NamingPlanner, Plan
from generator.parse.naming_words import HTTP_VERB_WORDS
from generator.parse.operation_base import RawOperation
from generator.parse.operations import collect_operations

SOURCES = ("verb", "action", "operation_id", "override")
FLAWS = ("numbered", "hashed", "wrong_verb", "renamed", "renamed_n")
COLUMNS = SOURCES + FLAWS
_NUMBERED = re.compile(r"[A-Za-z]_?\d+$")
_HASHED = re.compile(r"_[0-9a-f]{8}$")
SPEC_SUFFIXES = (".json", ".yaml", ".yml")


def _flaws(plan: Plan, raws: Sequence[RawOperation], warnings: list[SpecWarning]) -> Counter[str]:
    """The names that read machine-written: see the module's docstring."""
    found: Counter[str] = Counter()
    attrs = {attr for placement in plan.placements for attr in placement.resource}
    for placement, raw in zip(plan.placements, raws, strict=True):
        found["numbered"] += bool(_NUMBERED.search(placement.method))
        found["hashed"] += bool(_HASHED.search(placement.method))
        verb = placement.method.split("_")[0]
        found["wrong_verb"] += verb in HTTP_VERB_WORDS and verb != raw.http_method.lower()
    found["numbered"] += sum(bool(_NUMBERED.search(attr)) for attr in attrs)
    found["hashed"] += sum(bool(_HASHED.search(attr)) for attr in attrs)
    listed = [
        entry.split(" (not ")[0]
        for warning in warnings
        if "clashed" in warning.message
        for entry in warning.message.split(": ", 1)[1].split("; ")
    ]
    found["renamed"] = len(listed)
    found["renamed_n"] = sum(bool(_NUMBERED.search(entry)) for entry in listed)
    return found


def count(path: Path) -> tuple[str, Counter[str], int, int] | None:
    """(shape, names per source and flaw, deepest resource, most methods on one resource)."""
    loaded = load_spec(path)
    warnings: list[SpecWarning] = []
    raws = collect_operations(dict(loaded.openapi.paths or {}), warnings)
    if not raws:
        return None
    servers = [urlsplit(server.url).path for server in loaded.openapi.servers or []]
    planner = NamingPlanner(
        raws,
        str(path),
        server_paths=servers,
        client_reserved=reserved.client_reserved(),
        resource_reserved=reserved.resource_reserved(),
    )
    plan = planner.plan(warnings)
    tagged = sum(raw.tag is not None for raw in raws)
    shape = "tagged" if tagged == len(raws) else "untagged" if not tagged else "mixed"
    if not any(raw.operation.operationId for raw in raws):
        shape += ", no operationIds"
    sources: Counter[str] = Counter(placement.source for placement in plan.placements)
    sources.update(_flaws(plan, raws, warnings))
    per_resource = Counter(placement.resource for placement in plan.placements)
    depth = max(len(placement.resource) for placement in plan.placements)
    return shape, sources, depth, max(per_resource.values())


def _row(counts: Counter[str]) -> str:
    total = sum(counts[s] for s in SOURCES)
    named = " ".join(f"{counts[s]:>12}" for s in SOURCES)
    return f"{named} {total:>7} " + " ".join(f"{counts[s]:>10}" for s in FLAWS)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("folder", type=Path)
    parser.add_argument("--filter", default="", help="only specs whose file name has this")
    parser.add_argument("--per-spec", action="store_true", help="a line per spec")
    args = parser.parse_args()
    totals: dict[str, Counter[str]] = {}
    specs: Counter[str] = Counter()
    deepest, largest = (0, ""), (0, "")
    for path in sorted(args.folder.iterdir()):
        if path.suffix not in SPEC_SUFFIXES or args.filter not in path.name:
            continue
        try:
            found = count(path)
        except SdkforgeError as error:
            print(f"{path.name}: skipped: {error}", file=sys.stderr)
            continue
        if found is None:
            continue
        shape, sources, depth, most = found
        specs[shape] += 1
        totals.setdefault(shape, Counter()).update(sources)
        deepest = max(deepest, (depth, path.name))
        largest = max(largest, (most, path.name))
        if args.per_spec:
            parts = ", ".join(f"{column} {sources[column]}" for column in COLUMNS)
            print(f"{path.name} ({shape}): {parts}; depth {depth}, largest resource {most}")
    header = " ".join(f"{s:>12}" for s in SOURCES) + f" {'total':>7} "
    print(f"{'shape':<28} {'specs':>5} " + header + " ".join(f"{s:>10}" for s in FLAWS))
    overall: Counter[str] = Counter()
    for shape in sorted(totals):
        overall.update(totals[shape])
        print(f"{shape:<28} {specs[shape]:>5} {_row(totals[shape])}")
    print(f"{'all':<28} {sum(specs.values()):>5} {_row(overall)}")
    print(f"deepest resource: {deepest[0]} levels ({deepest[1]})")
    print(f"most methods on one resource: {largest[0]} ({largest[1]})")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
