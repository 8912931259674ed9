"""Spec text into the generated Markdown documents (README.md, api.md).

The parser gives prose as Markdown (parse/prose.py); a spec's author still writes it, and a
README is also code's neighbour: its fenced examples are copied and run. So spec text in a
document holds no raw HTML (`<` is written `&lt;`: `<img onerror=...>` shows as text) and no control characters, and its code fences are its own: a fenced block of
prose is fenced anew (at the margin, longer than any backtick run inside, its language word
only), a fence that never closes is text, and no other line of prose starts a fence (in a
list item or a block quote either). So prose can neither open nor close the document's own
fences, nor forge the marked examples that tests run.
"""

from __future__ import annotations

import re

from generator.controls import strip_controls

# CommonMark: a fence is three or more backticks or tildes, indented up to three spaces.
_FENCE = re.compile(r"^( {0,3})(`{3,}|~{3,})(.*)$")
# where a fence may start inside block quotes and list items too
_FENCE_START = re.compile(r"^((?:[ \t]*(?:>|(?:[-+*]|\d{1,9}[.)])(?=[ \t])))*[ \t]*)(`{3}|~{3})")
_BACKTICKS = re.compile(r"`+")
_AUTOLINK = re.compile(r"<(?:https?|mailto):[^\s<>]*>", re.IGNORECASE)
_LANGUAGE = re.compile(r"[\w+.#-]+")


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
    """Prose as blocks of a document: its fenced code fenced anew, other fences as text."""
    lines = strip_controls(text).split("\n")
    fences = [_FENCE.match(line) for line in lines]
    # the longest closing fence (no info string) of each character from each line on: an
    # opening fence with no closing one after it is text (found in one pass, not a search
    # from each of them)
    longest = {"`": [0] * (len(lines) + 1), "~": [0] * (len(lines) + 1)}
    for index in reversed(range(len(lines))):
        for lengths in longest.values():
            lengths[index] = lengths[index + 1]
        fence = fences[index]
        if fence is not None and not fence.group(3).strip():
            char = fence.group(2)[0]
            longest[char][index] = max(longest[char][index], len(fence.group(2)))
    blocks: list[str] = []
    index = 0
    while index < len(lines):
        fence = fences[index]
        line = _without_html(lines[index])
        index += 1
        if fence is None:
            blocks.append(_not_a_fence(line))
            continue
        char, length = fence.group(2)[0], len(fence.group(2))
        if (char == "`" and "`" in fence.group(3)) or longest[char][index] < length:
            blocks.append(_not_a_fence(line))  # not a fence, or one that never closes
            continue
        end = next(i for i in range(index, len(lines)) if _closes(fences[i], char, length))
        blocks += _own_fence(lines[index:end], fence.group(3))
        index = end + 1
    return "\n".join(blocks).strip("\n")


def _own_fence(code: list[str], info: str) -> list[str]:
    """A fenced block of prose, fenced anew: at the margin (whatever list or quote the prose
    was in ends there), longer than any run of backticks inside (no line of it can close
    it), and with the language word only (no mark of the document's own examples)."""
    width = max([3, *(len(run) + 1 for line in code for run in _BACKTICKS.findall(line))])
    words = info.split()
    language = words[0] if words and _LANGUAGE.fullmatch(words[0]) else ""
    return ["`" * width + language, *code, "`" * width]


def _closes(fence: re.Match[str] | None, char: str, length: int) -> bool:
    return (
        fence is not None
        and fence.group(2)[0] == char
        and len(fence.group(2)) >= length
        and not fence.group(3).strip()
    )


def _not_a_fence(line: str) -> str:
    """`line` with a fence at its start (after indentation, `>` and list markers, where
    CommonMark also reads one) escaped: `\\````, text that cannot open or close one."""
    return _FENCE_START.sub(r"\1\\\2", line, count=1)


def _without_html(line: str) -> str:
    """`<` as `&lt;` (autolinks kept): no tag, comment or HTML block. In a code span too,
    where it shows as written: code spans may run over lines, so only the whole paragraph
    tells where one is, and a guess wrong by one backtick would let a tag through."""
    return _escape_angle(line)


def _escape_angle(text: str) -> str:
    parts = []
    position = 0
    for link in _AUTOLINK.finditer(text):
        parts.append(text[position : link.start()].replace("<", "&lt;"))
        parts.append(link.group())
        position = link.end()
    parts.append(text[position:].replace("<", "&lt;"))
    return "".join(parts)
