"""Count what makes generated names and docs read machine-written, per spec (parser only).

For each spec: named types (models, enums, aliases); names ending in `Variant<N>`; names
ending in any digits (`Error2`); names ending in `Item` (`…ChoicesItem`); `<p>` tags and
all HTML tags left in the IR's prose (descriptions and summaries); root-relative links
(`](/...)` or `href="/..."`) left in it.

    .venv/bin/python scripts/doc_names.py SPEC [SPEC ...]
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
from generator.errors import SpecWarning
from generator.load import load_spec
from generator.parse import parse_api

_VARIANT = re.compile(r"Variant\d+$")
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


def counts(spec: Path) -> dict[str, int]:
    loaded = load_spec(spec)
    warnings: list[SpecWarning] = []
    api = parse_api(loaded, "sdk", warnings)
    names = type_names(api)
    texts = list(prose(api))
    return {
        "types": len(names),
        "Variant<N>": sum(1 for name in names if _VARIANT.search(name)),
        "digits$": sum(1 for name in names if _DIGITS.search(name)),
        "Item$": sum(1 for name in names if name.endswith("Item")),
        "<p>": sum(len(_P_TAG.findall(text)) for text in texts),
        "tags": sum(len(_ANY_TAG.findall(text)) for text in texts),
        "rel-links": sum(len(_RELATIVE_LINK.findall(text)) for text in texts),
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("specs", nargs="+", type=Path)
    args = parser.parse_args()
    columns = ["types", "Variant<N>", "digits$", "Item$", "<p>", "tags", "rel-links"]
    print(f"{'spec':48}" + "".join(f"{c:>11}" for c in columns))
    for spec in args.specs:
        row = counts(spec)
        print(f"{spec.name[:48]:48}" + "".join(f"{row[c]:>11}" for c in columns))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
