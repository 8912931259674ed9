"""Limits every reader applies, JSON or YAML: kept apart from the YAML modules so that
reading a JSON spec does not import PyYAML (about 30 ms of start-up)."""

from __future__ import annotations

# Python refuses to convert longer digit strings (quadratic time); so does the loader.
MAX_INT_DIGITS = 4300

# Limits that keep a hostile document from exhausting the stack or the memory.
MAX_DEPTH = 400
# A document whose aliases expand it past this size, and past ALIAS_EXPANSION times its
# written size, is refused. The size counts nodes and the characters of every string (keys
# included), so that a long string aliased a thousand times counts a thousand times.
MAX_EXPANDED_SIZE = 2_000_000
ALIAS_EXPANSION = 10
