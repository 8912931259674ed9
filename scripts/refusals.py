"""How many specs of a folder sdkforge refuses, and why: load and parse only, no rendering.

    .venv/bin/python scripts/refusals.py DIR [--list] [--json FILE]

A spec is a file (`.json`, `.yaml`, `.yml`) whose root declares `openapi:` or `swagger:`;
files that only other specs `$ref` are not counted. Per spec: refused (the one error line)
or read (with how many warnings). Prints the totals, the refusals grouped by their message
(pointers and quoted values stripped), and with `--list` every refused spec.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from generator.config import SdkOptions
from generator.errors import SdkforgeError
from generator.load.reader import read_document
from generator.pipeline import parse_spec

SPEC_SUFFIXES = (".json", ".yaml", ".yml")
_QUOTED = re.compile(r"'[^']*'|\"[^\"]*\"|\(got .*?\)")


def is_spec(path: Path) -> bool:
    """A top-level spec: its root declares `openapi` or `swagger`."""
    try:
        root = read_document(path, str(path), [])
    except SdkforgeError:
        return True  # unreadable: a refusal to count, not a file to skip
    return isinstance(root, dict) and ("openapi" in root or "swagger" in root)


def _kind(message: str) -> str:
    """A refusal's message without what varies from spec to spec."""
    return _QUOTED.sub("…", message.split(": ", 1)[-1])


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", type=Path)
    parser.add_argument("--list", action="store_true", help="print every refused spec")
    parser.add_argument("--json", type=Path, help="write per-spec results here")
    args = parser.parse_args()
    specs = sorted(
        path
        for path in args.folder.rglob("*")
        if path.suffix in SPEC_SUFFIXES and path.is_file() and is_spec(path)
    )
    refused: dict[str, str] = {}
    warned: dict[str, int] = {}
    for path in specs:
        shown = str(path.relative_to(args.folder))
        try:
            warnings = parse_spec(path, options=SdkOptions(), display=shown).warnings
        except SdkforgeError as error:
            refused[shown] = str(error)
            continue
        except RecursionError:
            refused[shown] = f"{shown}: recursion error"
            continue
        warned[shown] = len(warnings)
    print(f"{len(specs)} specs: {len(warned)} read, {len(refused)} refused")
    kinds = Counter(_kind(message) for message in refused.values())
    for kind, count in kinds.most_common():
        print(f"{count:5d}  {kind}")
    if args.list:
        for message in refused.values():
            print(f"  {message}")
    if args.json:
        args.json.write_text(json.dumps({"refused": refused, "warnings": warned}, indent=1))
    return 0


if __name__ == "__main__":
    sys.exit(main())
