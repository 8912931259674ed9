"""Drop the imports a rendered module does not use, before the formatter sees it.

A template lists every import its modules may need between two marker comments; this
keeps the ones whose bound name the rest of the module uses. ruff's F401 fix still runs
afterwards as a safety net, but with nothing left to fix it is fast: removing some 40,000
unused imports one by one was most of the formatter's time on large specs.

The scan is textual: string literals and comments are blanked, then every identifier not
preceded by a dot (an attribute) counts as a use. That can only err towards keeping an
import, which the formatter's F401 fix then removes.
"""

from __future__ import annotations

import re
from functools import lru_cache

LINE_LENGTH = 88  # the formatter's (generator.format): longer imports are wrapped as isort does

BEGIN = "# sdkforge: imports\n"
END = "# sdkforge: end imports\n"

_STRINGS_AND_COMMENTS = re.compile(
    r'"""[^"\\]*(?:(?:\\.|"(?!""))[^"\\]*)*"""'
    r"|'''[^'\\]*(?:(?:\\.|'(?!''))[^'\\]*)*'''"
    r'|"[^"\\\n]*(?:\\.[^"\\\n]*)*"'
    r"|'[^'\\\n]*(?:\\.[^'\\\n]*)*'"
    r"|#[^\n]*",
    re.DOTALL,
)
# Everything but identifier characters and dots becomes a space: `a.b(c)` -> `a.b c `.
_WORDS = str.maketrans(
    {chr(c): " " for c in range(128) if not (chr(c).isalnum() or chr(c) in "_.")}
)
_FROM = re.compile(r"from\s+([.\w]+)\s+import\s+\(?([^()]*)\)?", re.DOTALL)
_IMPORT = re.compile(r"import\s+([.\w]+)(?:\s+as\s+(\w+))?")


def used_names(code: str) -> set[str]:
    """Identifiers the code refers to (not attributes, not inside strings or comments).

    Dotted words stay whole (`models.Pet`, `self._client.request`): their first part is
    the name used; `.x` on a continuation line is an attribute and names nothing.
    (str.translate and split run in C: a regex scan for identifiers took twice as long.)
    """
    words = set(_STRINGS_AND_COMMENTS.sub(" ", code).translate(_WORDS).split())
    used = {word.partition(".")[0] for word in words}
    used.discard("")
    return {name for name in used if not name[0].isdigit()}


def _statements(block: str) -> list[str]:
    """The import statements of a block, a parenthesised one joined into one string."""
    statements: list[str] = []
    pending = ""
    for line in block.splitlines():
        if pending:
            pending += " " + line.strip()
            if ")" in line:
                statements.append(pending)
                pending = ""
        elif line.strip():
            if "(" in line and ")" not in line:
                pending = line.strip()
            else:
                statements.append(line.strip())
    if pending:
        raise ValueError(f"unterminated import: {pending!r}")
    return statements


@lru_cache(maxsize=4096)
def _parse(statement: str) -> tuple[str | None, tuple[tuple[str, str], ...]]:
    """(module of a from-import or None, ((text, bound name), ...)) of one statement."""
    match = _FROM.fullmatch(statement)
    if match:
        module, names = match.groups()
        items = []
        for item in names.split(","):
            words = item.split()
            if words:
                items.append((" ".join(words), words[-1]))  # `name` or `name as bound`
        return module, tuple(items)
    match = _IMPORT.fullmatch(statement)
    if match:
        module, alias = match.groups()
        return None, ((statement, alias or module.split(".")[0]),)
    raise ValueError(f"not an import statement: {statement!r}")


def _keep(statement: str, used: set[str]) -> str | None:
    module, items = _parse(statement)
    kept = [text for text, bound in items if bound in used]
    if not kept:
        return None
    if module is None:
        return kept[0]
    line = f"from {module} import {', '.join(kept)}"
    if len(line) <= LINE_LENGTH:
        return line
    return f"from {module} import (\n" + "".join(f"    {name},\n" for name in kept) + ")"


def prune_imports(text: str) -> str:
    """`text` with the marked import block reduced to the imports the module uses.

    Groups (separated by blank lines, as isort has them) stay apart; an emptied one goes.
    """
    start = text.find(BEGIN)
    if start < 0:
        return text
    end = text.find(END, start)
    if end < 0:
        raise ValueError("import block without its end marker")
    block = text[start + len(BEGIN) : end]
    rest = text[:start] + text[end + len(END) :]
    used = used_names(rest)
    groups = []
    for group in re.split(r"\n\s*\n", block):
        kept = [line for line in (_keep(s, used) for s in _statements(group)) if line is not None]
        if kept:
            groups.append("".join(line + "\n" for line in kept))
    return text[:start] + "\n".join(groups) + text[end + len(END) :]
