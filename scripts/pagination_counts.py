"""How many operations of a folder of specs page, by style, per spec shape: parser only.

    .venv/bin/python scripts/pagination_counts.py DIR_OR_SPECS... [--filter SUBSTR] [--per-spec]

Each spec is parsed as `sdkforge generate` parses it (no rendering). Per spec shape
(tagged: every operation has a tag; untagged with a version prefix: no tags and paths
under `/v1/`...; untagged; mixed; ", no operationIds" when no operation has one) and in
total: the GET operations, and the paginated ones per style (item_cursor, cursor, link,
body_url, offset, page, single), detected apart from marked (`x-sdkforge-pagination`, the config,
`x-speakeasy-pagination`, `x-fern-pagination`). Specs that fail to parse are named on
stderr and left out.
"""

from __future__ import annotations

import argparse
import re
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from generator import ir
from generator.errors import SdkforgeError, SpecWarning
from generator.load import load_spec
from generator.parse import parse_api

# `body_url`: a `link` page whose next URL is a body field, not the `Link` header
KINDS = ("item_cursor", "cursor", "link", "body_url", "offset", "page", "single")
COLUMNS = ("gets", *(f"d:{k}" for k in KINDS), "marked")
SPEC_SUFFIXES = (".json", ".yaml", ".yml")
_VERSION = re.compile(r"^/v\d+(\.\d+)?[a-z]*\d*(/|$)")


def shape_of(operations: list[ir.Operation], has_tags: int, ids: int) -> str:
    if has_tags == len(operations):
        shape = "tagged"
    elif has_tags:
        shape = "mixed"
    else:
        prefixed = sum(bool(_VERSION.match(op.path)) for op in operations)
        shape = "untagged, version prefix" if prefixed * 2 > len(operations) else "untagged"
    return shape + (", no operationIds" if not ids else "")


def count(path: Path) -> tuple[str, Counter[str]] | None:
    loaded = load_spec(path)
    warnings: list[SpecWarning] = []
    api = parse_api(loaded, "sdk", warnings)
    operations = [
        *(op for resource in api.all_resources() for op in resource.operations),
        *api.client_operations,
    ]
    if not operations:
        return None
    tags = sum(
        bool(isinstance(o, dict) and o.get("tags"))
        for item in (loaded.document.get("paths") or {}).values()
        if isinstance(item, dict)
        for o in item.values()
    )
    counts: Counter[str] = Counter(gets=sum(op.http_method == "GET" for op in operations))
    for op in operations:
        if op.pagination is None:
            continue
        kind = "body_url" if op.pagination.next_url else op.pagination.kind
        counts["d:" + kind if op.pagination.detected else "marked"] += 1
    ids = sum(op.operation_id is not None for op in operations)
    return shape_of(operations, min(tags, len(operations)), ids), counts


def _specs(sources: list[Path], only: str) -> list[Path]:
    found: list[Path] = []
    for source in sources:
        found += sorted(source.iterdir()) if source.is_dir() else [source]
    return [p for p in found if p.suffix in SPEC_SUFFIXES and only in p.name]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("sources", type=Path, nargs="+")
    parser.add_argument("--filter", default="", help="only specs whose file name has this")
    parser.add_argument("--per-spec", action="store_true", help="a line per spec that pages")
    args = parser.parse_args()
    totals: dict[str, Counter[str]] = {}
    specs: Counter[str] = Counter()
    paging: Counter[str] = Counter()
    for path in _specs(args.sources, args.filter):
        try:
            found = count(path)
        except (SdkforgeError, RecursionError) as error:
            print(f"{path.name}: skipped: {str(error)[:200]}", file=sys.stderr)
            continue
        if found is None:
            continue
        shape, counts = found
        specs[shape] += 1
        totals.setdefault(shape, Counter()).update(counts)
        paged = sum(n for key, n in counts.items() if key != "gets")
        paging[shape] += bool(paged)
        if args.per_spec and paged:
            parts = ", ".join(f"{c} {counts[c]}" for c in COLUMNS if counts[c])
            print(f"{path.name} ({shape}): {parts}")
    head = f"{'shape':<36} {'specs':>5} {'paging':>6} " + " ".join(f"{c:>13}" for c in COLUMNS)
    print(head)
    overall: Counter[str] = Counter()
    for shape in sorted(totals):
        overall.update(totals[shape])
        row = " ".join(f"{totals[shape][c]:>13}" for c in COLUMNS)
        print(f"{shape:<36} {specs[shape]:>5} {paging[shape]:>6} {row}")
    row = " ".join(f"{overall[c]:>13}" for c in COLUMNS)
    print(f"{'all':<36} {sum(specs.values()):>5} {sum(paging.values()):>6} {row}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
