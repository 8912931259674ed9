"""Descriptions as plain text with Markdown: HTML converted, documentation links absolute.

Specs written for documentation sites carry HTML in their descriptions (`<p>`, `<a href>`,
`<code>`, lists). A docstring or a README shows it raw, so the parser converts it here,
once, and the IR holds only plain text and Markdown. Root-relative links
(`/docs/errors`) are made absolute against the origin of the spec's `externalDocs.url`,
where the spec says its documentation lives, else of the documentation its tags and
operations link to, else of its server (see `docs_base`); without any they are left as
written.
"""

from __future__ import annotations

import dataclasses
import re
from collections import Counter
from collections.abc import Iterable
from functools import lru_cache
from html.parser import HTMLParser
from typing import Any, TypeVar
from urllib.parse import urlsplit

from generator.controls import strip_controls
from generator.parse.ir_rewrite import field_names, rewrite

# Tags that HTML documentation uses (and AWS's few of its own). Anything else in angle brackets (`List<String>`,
# `<id>`) is text that happens to look like a tag, and is kept as written.
_HTML_TAGS = frozenset(
    [
        "a",
        "abbr",
        "address",
        "article",
        "aside",
        "b",
        "big",
        "blockquote",
        "body",
        "br",
        "caption",
        "center",
        "cite",
        "code",
        "col",
        "colgroup",
        "dd",
        "del",
        "details",
        "dfn",
        "div",
        "dl",
        "dt",
        "em",
        "figcaption",
        "figure",
        "font",
        "footer",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "head",
        "header",
        "hr",
        "html",
        "i",
        "img",
        "ins",
        "kbd",
        "label",
        "li",
        "main",
        "mark",
        "nav",
        "ol",
        "p",
        "pre",
        "q",
        "s",
        "samp",
        "section",
        "small",
        "span",
        "strike",
        "strong",
        "sub",
        "summary",
        "sup",
        "table",
        "tbody",
        "td",
        "tfoot",
        "th",
        "thead",
        "tr",
        "tt",
        "u",
        "ul",
        "var",
        "wbr",
        # AWS documentation markup
        "note",
        "important",
        "fullname",
        "nobr",
        "script",
        "style",
    ]
)
_BLOCKS = frozenset(
    [
        "div",
        "section",
        "article",
        "header",
        "footer",
        "main",
        "nav",
        "aside",
        "address",
        "blockquote",
        "figure",
        "figcaption",
        "details",
        "summary",
        "center",
        "note",
        "important",
        "table",
        "dl",
    ]
)
_HEADINGS = {f"h{level}": level for level in range(1, 7)}
_INLINE_MARKS = {
    "code": "`",
    "tt": "`",
    "kbd": "`",
    "samp": "`",
    "b": "**",
    "strong": "**",
    "i": "*",
    "em": "*",
}
_SKIPPED = frozenset({"script", "style", "head"})
# HTML that reads as a document (blocks, line breaks), not Markdown with an inline tag: its
# whitespace is layout, collapsed as a browser would.
_HTML_LAYOUT = re.compile(r"<(p|div|br|ul|ol|li|table|h[1-6]|pre|blockquote|dl)\b", re.IGNORECASE)
_MARKDOWN_RELATIVE_LINK = re.compile(r"\]\((/(?!/)[^)\s]*)\)")
_SPACES = re.compile(r"[ \t\r\n\f]+")
_MANY_BREAKS = re.compile(r"\n{3,}")


def docs_origin(url: str | None) -> str | None:
    """`https://docs.example.com` for `https://docs.example.com/api/`; None unless http(s)."""
    if not url:
        return None
    parts = urlsplit(url.strip())
    if parts.scheme not in ("http", "https") or not parts.netloc:
        return None
    return f"{parts.scheme}://{parts.netloc}"


_METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")


def docs_base(openapi: Any, texts: Iterable[str] = ()) -> str | None:
    """The origin that root-relative documentation links (`/docs/errors`) are read against:
    where the spec says its documentation lives (`externalDocs`), else the one origin that
    the `externalDocs` of its tags and operations share, else the site of its first http(s)
    server: there, the origin on the server's domain that the absolute links of `texts`
    (its descriptions) name most (`developer.example.com` for `api.example.com`), else the
    server's own. None when the spec names none (the links are then left as written)."""
    docs = getattr(openapi, "externalDocs", None)
    found = docs_origin(str(docs.url)) if docs is not None else None
    if found is not None:
        return found
    linked = {
        docs_origin(str(tag.externalDocs.url)) for tag in openapi.tags or [] if tag.externalDocs
    }
    for item in (openapi.paths or {}).values():
        for method in _METHODS:
            operation = getattr(item, method, None)
            if operation is not None and operation.externalDocs is not None:
                linked.add(docs_origin(str(operation.externalDocs.url)))
    linked.discard(None)
    if len(linked) == 1:
        return linked.pop()
    servers = (docs_origin(server.url) for server in openapi.servers or [])
    server = next((origin for origin in servers if origin is not None), None)
    if server is None:
        return None
    site = _site(server)
    named = Counter(
        origin for text in texts for origin in _ABSOLUTE_LINK.findall(text) if _site(origin) == site
    )
    return named.most_common(1)[0][0] if named else server


# the origin of an absolute link, in Markdown or HTML
_ABSOLUTE_LINK = re.compile(r"""(?:\]\(|href=["']?)(https?://[^/\s)"'>]+)""")


def _site(origin: str) -> str:
    """The domain a host belongs to, as its last two labels (`example.com`)."""
    host = urlsplit(origin).hostname or ""
    return ".".join(host.split(".")[-2:])


@lru_cache(maxsize=16384)
def markdown_text(text: str, origin: str | None = None) -> str:
    """`text` with its HTML converted to plain text and Markdown, and root-relative links
    made absolute against `origin` (when given). Control characters are removed (raw or
    written as character references: see generator/controls.py)."""
    if "<" in text or "&" in text:
        converter = _Converter(origin, layout=bool(_HTML_LAYOUT.search(text)))
        converter.feed(text)
        converter.close()
        text = converter.result()
    if origin is not None:
        text = _MARKDOWN_RELATIVE_LINK.sub(lambda m: f"]({origin}{m.group(1)})", text)
    return strip_controls(text)


class _Converter(HTMLParser):
    def __init__(self, origin: str | None, layout: bool) -> None:
        super().__init__(convert_charrefs=True)
        self.origin = origin
        self.layout = layout
        self.out: list[str] = []
        self.lists: list[list[Any]] = []  # [kind, next number] per open list
        self.links: list[tuple[str | None, int]] = []  # (href, where its text starts)
        self.pre = 0
        self.skipping = 0
        self.row_cells = 0

    # -- output helpers -----------------------------------------------------------------

    def _tail(self) -> str:
        for chunk in reversed(self.out):
            if chunk:
                return chunk[-1]
        return "\n"

    def _break(self, newlines: int) -> None:
        """End the line so that at least `newlines` line breaks stand before what follows."""
        trailing = 0
        for chunk in reversed(self.out):
            stripped = chunk.rstrip("\n")
            trailing += len(chunk) - len(stripped)
            if stripped:
                break
        self.out.append("\n" * max(0, newlines - trailing))

    def result(self) -> str:
        text = "".join(self.out)
        lines = [line.rstrip() for line in text.split("\n")]
        return _MANY_BREAKS.sub("\n\n", "\n".join(lines)).strip()

    # -- parser callbacks ---------------------------------------------------------------

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag not in _HTML_TAGS:
            self.handle_data(self.get_starttag_text() or "", literal=True)
            return
        if tag in _SKIPPED:
            self.skipping += 1
        elif tag == "br":
            self._break(1)
        elif tag == "hr":
            self._break(2)
        elif tag in _HEADINGS:
            self._break(2)
            self.out.append("#" * _HEADINGS[tag] + " ")
        elif tag in ("ul", "ol"):
            self._break(1 if self.lists else 2)
            self.lists.append([tag, 1])
        elif tag == "li":
            self._list_item()
        elif tag == "p" and self.lists:
            pass  # a paragraph inside a list item stays on the item's line
        elif tag == "p" or tag in _BLOCKS:
            self._break(2)
        elif tag == "pre":
            self._break(2)
            self.out.append("```\n")
            self.pre += 1
        elif tag == "tr":
            self._break(1)
            self.row_cells = 0
        elif tag in ("td", "th"):
            if self.row_cells:
                self.out.append(" | ")
            self.row_cells += 1
        elif tag in ("dt", "dd"):
            self._break(1)
            if tag == "dd":
                self.out.append("  ")
        elif tag == "a":
            self.links.append((dict(attrs).get("href"), len(self.out)))
        elif tag == "img":
            self.handle_data(dict(attrs).get("alt") or "")
        elif tag in _INLINE_MARKS and not self.pre:
            self.out.append(_INLINE_MARKS[tag])
        # any other known tag (span, font, ...) is dropped, its text kept

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _SKIPPED:
            return  # `<script/>` has no content to skip
        self.handle_starttag(tag, attrs)
        if tag == "a":
            self.handle_endtag(tag)

    def handle_endtag(self, tag: str) -> None:
        if tag not in _HTML_TAGS:
            self.handle_data(f"</{tag}>", literal=True)
            return
        if tag in _SKIPPED:
            self.skipping = max(0, self.skipping - 1)
        elif tag in ("ul", "ol"):
            if self.lists:
                self.lists.pop()
            self._break(1 if self.lists else 2)
        elif tag in _HEADINGS or tag in _BLOCKS or (tag == "p" and not self.lists):
            self._break(2)
        elif tag == "pre":
            if self.pre:
                self.pre -= 1
                if self._tail() != "\n":
                    self._break(1)
                self.out.append("```")
                self._break(2)
        elif tag == "a":
            self._close_link()
        elif tag in _INLINE_MARKS and not self.pre:
            self.out.append(_INLINE_MARKS[tag])

    def handle_data(self, data: str, literal: bool = False) -> None:
        if self.skipping:
            return
        if self.layout and not self.pre and not literal:
            data = _SPACES.sub(" ", data)
            if self._tail() in ("\n", " "):
                data = data.lstrip(" ")
        self.out.append(data)

    # -- lists and links ----------------------------------------------------------------

    def _list_item(self) -> None:
        if not self.lists:
            self.lists.append(["ul", 1])
        kind, number = self.lists[-1]
        self._break(1)
        self.out.append("  " * (len(self.lists) - 1))
        self.out.append("- " if kind == "ul" else f"{number}. ")
        self.lists[-1][1] = number + 1

    def _close_link(self) -> None:
        if not self.links:
            return
        href, start = self.links.pop()
        label = "".join(self.out[start:]).strip()
        del self.out[start:]
        target = self._target(href)
        if target is None or not label:
            self.out.append(label or (target or ""))
        elif label == target:
            self.out.append(f"<{target}>")
        else:
            self.out.append(f"[{label}]({target})")

    def _target(self, href: str | None) -> str | None:
        """The link as Markdown can hold it; None for a link that leads nowhere useful in a
        docstring (an anchor on the page it came from, a script)."""
        if not href:
            return None
        href = href.strip()
        scheme = urlsplit(href).scheme.lower()
        if href.startswith("#") or scheme not in ("", "http", "https", "mailto"):
            return None
        if href.startswith("/") and not href.startswith("//") and self.origin is not None:
            href = self.origin + href
        return href.replace(" ", "%20").replace("(", "%28").replace(")", "%29")

    def close(self) -> None:
        super().close()
        while self.links:  # an `<a>` never closed: its text stays
            self._close_link()


_Node = TypeVar("_Node")
_PROSE_FIELDS = frozenset({"description", "summary"})


def prose_texts(node: Any) -> list[str]:
    """Every description and summary in the IR `node`."""
    texts: list[str] = []

    def visit(item: Any) -> Any:
        if dataclasses.is_dataclass(item) and not isinstance(item, type):
            for name in _PROSE_FIELDS.intersection(field_names(type(item))):
                value = getattr(item, name)
                if isinstance(value, str):
                    texts.append(value)
        return item

    rewrite(node, visit)
    return texts


def with_markdown_prose(node: _Node, origin: str | None) -> _Node:
    """The IR `node` with every description and summary passed through `markdown_text`."""

    def visit(item: Any) -> Any:
        if not dataclasses.is_dataclass(item) or isinstance(item, type):
            return item
        changes: dict[str, Any] = {}
        for name in _PROSE_FIELDS.intersection(field_names(type(item))):
            value = getattr(item, name)
            if isinstance(value, str):
                text = markdown_text(value, origin)
                if text != value:
                    changes[name] = text
        return dataclasses.replace(item, **changes) if changes else item

    return rewrite(node, visit)
