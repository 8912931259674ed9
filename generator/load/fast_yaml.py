"""The fast path for YAML: `ryaml` (Rust, YAML 1.2) where it gives what PyYAML would.

PyYAML (generator/load/yaml12.py) stays the loader of record: its errors carry line and
column, it shares aliased nodes so that the alias-bomb guard can measure them, and it reads
merge keys. `ryaml` is used only for documents without anchors, merge keys, tags or
integers too long for it (the forms where the two could differ), and any failure of it
falls back to PyYAML, which then gives the error every user sees.
"""

from __future__ import annotations

import importlib
import re
from collections.abc import Callable
from typing import Any

_loads: Callable[[str], Any] | None
try:  # (ryaml's package re-exports `loads` implicitly: mypy --strict would not see it)
    _loads = importlib.import_module("ryaml").loads
except ImportError:  # tested in a subprocess that hides the module
    _loads = None

# Forms left to PyYAML: an anchor (aliases need one) or a tag, a merge key, an integer past
# 2**64 (ryaml errs on those up to 2**128 and makes floats of larger ones). They count only
# where a node can start (see _at_node_start): `&lt;` in a description does not.
# (three simple scans: one alternation of them took 5 times as long)
_CANDIDATES = (re.compile(r"[&!]\S"), re.compile(r"<<[ \t]*:"), re.compile(r"[0-9]{20}"))
_INDICATORS = re.compile(r"[ \t]*(?:(?:[-?:]|---)[ \t]+)*(?:[-?:]|---)")


def _at_node_start(text: str, start: int) -> bool:
    """Whether a node can start at `start`: after indentation and `- `, `? `, `: ` or `--- `
    indicators, after `: ` (or `":` of a JSON-like key), or after `[`, `{` or `,`.

    A match inside a quoted string or a block of text may pass: that only costs the fast
    path, never the result.
    """
    if start and text[start - 1] in "+-":  # the sign of a number
        start -= 1
    before = text[text.rfind("\n", 0, start) + 1 : start]
    trimmed = before.rstrip(" \t")
    spaced = len(trimmed) < len(before)
    if not trimmed or trimmed[-1] in "[{,":
        return True
    if trimmed[-1] == ":" and (spaced or trimmed[-2:-1] in ("'", '"')):
        return True
    return spaced and _INDICATORS.fullmatch(trimmed) is not None


def _needs_pyyaml(text: str) -> bool:
    return any(
        _at_node_start(text, match.start())
        for candidate in _CANDIDATES
        for match in candidate.finditer(text)
    )


def available() -> bool:
    return _loads is not None


def load_fast(text: str) -> tuple[bool, Any]:
    """(True, the document) when ryaml read it; (False, None) when PyYAML must."""
    if _loads is None or _needs_pyyaml(text):
        return False, None
    try:
        return True, _loads(text)
    except (KeyboardInterrupt, SystemExit):
        raise
    except BaseException:
        return False, None  # PyYAML reads it, and words the error if there is one
