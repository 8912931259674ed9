"""Spec text into the generated Markdown documents (README.md, api.md).

The parser gives prose as Markdown (parse/prose.py); a spec's author still writes it, and a
README is also code's neighbour: its fenced examples are copied and run. So spec text in a
document holds no raw HTML (`<` outside code spans is written `&lt;`: `<img onerror=...>`
shows as text), no control characters, and no code fence: a fenced block of prose becomes an
indented one, and a fence that never closes is text, so prose can neither open nor close the
document's own fences (nor forge the marked examples that tests run).
"""

from __future__ import annotations

import re
from collections.abc import Callable

from generator.controls import strip_controls

# CommonMark: a fence is three or more backticks or tildes, indented up to three spaces.
_FENCE = re.compile(r"^( {0,3})(`{3,}|~{3,})(.*)$")
_BACKTICKS = re.compile(r"`+")
_AUTOLINK = re.compile(r"<(?:https?|mailto):[^\s<>]*>", re.IGNORECASE)
_CODE_INDENT = "    "


def plain_line(text: object) -> str:
    """Text on one line, without control characters."""
    return " ".join(strip_controls(str(text)).split())


def markdown_cell(text: object) -> str:
    """Text inside a code span of a table cell."""
    return plain_line(text).replace("|", "\\|").replace("`", "'")


def markdown_line(text: object) -> str:
    """Prose on one line of a document (a heading, a resource's description)."""
    return _not_a_fence(_without_html(plain_line(text)))


def markdown_block(text: str) -> str:
    """Prose as blocks of a document: fenced code indented, unclosed fences as text."""
    lines: list[str] = []
    fence: tuple[str, int, int] | None = None  # (its character, its length, where it opened)
    for line in strip_controls(text).split("\n"):
        found = _FENCE.match(line)
        if fence is None:
            if found and not (found.group(2)[0] == "`" and "`" in found.group(3)):
                fence = (found.group(2)[0], len(found.group(2)), len(lines))
                lines.append(line)
            else:
                lines.append(_without_html(line))
            continue
        char, length, start = fence
        closing = found and found.group(2)[0] == char and len(found.group(2)) >= length
        if closing and found is not None and not found.group(3).strip():
            code = [_CODE_INDENT + code if code.strip() else "" for code in lines[start + 1 :]]
            lines[start:] = ["", *code, ""]
            fence = None
        else:
            lines.append(line)
    if fence is not None:  # never closed: the would-be fence and what follows are text
        start = fence[2]
        rest = [_without_html(line) for line in lines[start + 1 :]]
        lines[start:] = [_not_a_fence(lines[start].lstrip()), *rest]
    return "\n".join(lines).strip("\n")


def _not_a_fence(line: str) -> str:
    """A line that would open or close a fence, with its first mark escaped."""
    return "\\" + line.lstrip() if _FENCE.match(line) else line


def _without_html(line: str) -> str:
    """`<` as `&lt;` outside code spans (autolinks kept): no tag, comment or HTML block."""
    return _outside_code_spans(line, _escape_angle)


def _escape_angle(text: str) -> str:
    parts = []
    position = 0
    for link in _AUTOLINK.finditer(text):
        parts.append(text[position : link.start()].replace("<", "&lt;"))
        parts.append(link.group())
        position = link.end()
    parts.append(text[position:].replace("<", "&lt;"))
    return "".join(parts)


def _outside_code_spans(line: str, change: Callable[[str], str]) -> str:
    """`line` with `change` applied to the text outside its code spans (CommonMark: a run
    of backticks closed by the next run of the same length)."""
    parts: list[str] = []
    done = 0  # what is before it is in `parts`
    search = 0
    while (opening := _BACKTICKS.search(line, search)) is not None:
        width = len(opening.group())
        closing = next(
            (run for run in _BACKTICKS.finditer(line, opening.end()) if len(run.group()) == width),
            None,
        )
        if closing is None:  # no closing run: these backticks are text
            search = opening.end()
            continue
        parts.append(change(line[done : opening.start()]))
        parts.append(line[opening.start() : closing.end()])
        done = search = closing.end()
    parts.append(change(line[done:]))
    return "".join(parts)
