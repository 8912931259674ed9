"""Count what makes generated names and docs read machine-written, per spec (parser only).

For each spec: named types (models, enums, aliases); names ending in `Variant<N>` or
`Option<N>`; names ending in any digits (`Error2`); names ending in a hash (`…Thres_caa38add`);
names ending in `Item` (`…ChoicesItem`); method names and resource attributes ending in
digits (`runs2`) or a hash; `<p>` tags and
all HTML tags left in the IR's prose (descriptions and summaries); root-relative links
(`](/...)` or `href="/..."`) left in it.

    .venv/bin/python scripts/doc_names.py SPEC [SPEC ...] [--total]

`--total` adds a line that sums every column over the specs (and `--quiet` prints it alone).
"""

from __future__ import annotations

import argparse
import dataclasses
import re
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from generator import ir
from generator.errors import SdkforgeError, SpecWarning
from generator.load import load_spec
from generator.parse import parse_api

_VARIANT = re.compile(r"Variant\d+$")
_OPTION = re.compile(r"Option\d+$")
_HASHED = re.compile(r"_[0-9a-f]{8}$")
_DIGITS = re.compile(r"\d+$")
_P_TAG = re.compile(r"<p[\s>/]", re.IGNORECASE)
_ANY_TAG = re.compile(r"</?[a-zA-Z][a-zA-Z0-9]*(\s[^<>]*)?/?>")
_RELATIVE_LINK = re.compile(r"\]\(/[^/]|href=[\"']?/[^/]")
_PROSE = frozenset({"description", "summary"})


def prose(node: Any) -> Iterator[str]:
    """Every description and summary in an IR tree."""
    if dataclasses.is_dataclass(node) and not isinstance(node, type):
        for item in dataclasses.fields(node):
            value = getattr(node, item.name)
            if item.name in _PROSE and isinstance(value, str):
                yield value
            else:
                yield from prose(value)
    elif isinstance(node, tuple):
        for value in node:
            yield from prose(value)


def type_names(api: ir.Api) -> list[str]:
    return [name for name, _module in api.exports]


def method_names(api: ir.Api) -> list[str]:
    """Every method name and resource attribute of the client."""
    found = [op.method_name for op in api.client_operations]
    for resource in api.all_resources():
        found.append(resource.attr_name)
        found.extend(op.method_name for op in resource.operations)
    return found


def counts(spec: Path) -> dict[str, int]:
    loaded = load_spec(spec)
    warnings: list[SpecWarning] = []
    api = parse_api(loaded, "sdk", warnings)
    names = type_names(api)
    texts = list(prose(api))
    methods = method_names(api)
    return {
        "types": len(names),
        "Variant<N>": sum(1 for name in names if _VARIANT.search(name)),
        "Option<N>": sum(1 for name in names if _OPTION.search(name)),
        "digits$": sum(1 for name in names if _DIGITS.search(name)),
        "hash$": sum(1 for name in names if _HASHED.search(name)),
        "Item$": sum(1 for name in names if name.endswith("Item")),
        "<p>": sum(len(_P_TAG.findall(text)) for text in texts),
        "tags": sum(len(_ANY_TAG.findall(text)) for text in texts),
        "rel-links": sum(len(_RELATIVE_LINK.findall(text)) for text in texts),
        "methods": len(methods),
        "m-digits$": sum(1 for name in methods if _DIGITS.search(name)),
        "m-hash$": sum(1 for name in methods if _HASHED.search(name)),
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("specs", nargs="+", type=Path)
    parser.add_argument("--total", action="store_true", help="a last line with the sums")
    parser.add_argument("--quiet", action="store_true", help="the sums alone")
    args = parser.parse_args()
    columns = [
        "types",
        "Variant<N>",
        "Option<N>",
        "digits$",
        "hash$",
        "Item$",
        "<p>",
        "tags",
        "rel-links",
        "methods",
        "m-digits$",
        "m-hash$",
    ]
    print(f"{'spec':48}" + "".join(f"{c:>11}" for c in columns))
    total = dict.fromkeys(columns, 0)
    for spec in args.specs:
        try:
            row = counts(spec)
        except SdkforgeError as error:
            print(f"{spec.name}: skipped: {error}", file=sys.stderr)
            continue
        for column in columns:
            total[column] += row[column]
        if not args.quiet:
            print(f"{spec.name[:48]:48}" + "".join(f"{row[c]:>11}" for c in columns))
    if args.total or args.quiet:
        print(f"{'total':48}" + "".join(f"{total[c]:>11}" for c in columns))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
