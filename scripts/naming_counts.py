"""How the naming rules name the operations of a folder of specs: parser only, no generation.

    .venv/bin/python scripts/naming_counts.py DIR [--filter SUBSTR] [--per-spec]

Per spec shape (tagged: every operation has a tag; untagged; mixed) and in total: how many
operations got a verb name (list, create, retrieve, update, delete), an action name (a path
segment: `confirm`, `delete_discount`), a name derived from the operationId (or the HTTP
method when there is none) and an override; how many specs had operationIds on none of
their operations; the deepest resource and the largest resource (methods of one class).
Only the operations are read (no schemas), so a run over the whole corpus takes seconds
besides loading the files.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path
from urllib.parse import urlsplit

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from generator.errors import SdkforgeError, SpecWarning
from generator.load import load_spec
from generator.parse import reserved
from generator.parse.naming import NamingPlanner
from generator.parse.operations import collect_operations

SOURCES = ("verb", "action", "operation_id", "override")
SPEC_SUFFIXES = (".json", ".yaml", ".yml")


def count(path: Path) -> tuple[str, Counter[str], int, int] | None:
    """(shape, names per source, deepest resource, most methods on one resource)."""
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
    per_resource = Counter(placement.resource for placement in plan.placements)
    depth = max(len(placement.resource) for placement in plan.placements)
    return shape, sources, depth, max(per_resource.values())


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
            parts = ", ".join(f"{source} {sources[source]}" for source in SOURCES)
            print(f"{path.name} ({shape}): {parts}; depth {depth}, largest resource {most}")
    print(f"{'shape':<28} {'specs':>5} " + " ".join(f"{s:>12}" for s in SOURCES) + f" {'total':>7}")
    overall: Counter[str] = Counter()
    for shape in sorted(totals):
        overall.update(totals[shape])
        row = " ".join(f"{totals[shape][s]:>12}" for s in SOURCES)
        print(f"{shape:<28} {specs[shape]:>5} {row} {sum(totals[shape].values()):>7}")
    row = " ".join(f"{overall[s]:>12}" for s in SOURCES)
    print(f"{'all':<28} {sum(specs.values()):>5} {row} {sum(overall.values()):>7}")
    print(f"deepest resource: {deepest[0]} levels ({deepest[1]})")
    print(f"most methods on one resource: {largest[0]} ({largest[1]})")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
