"""Hostile prose: control characters, HTML and code fences in a spec's text.

A spec's title, descriptions and summaries reach the generated README, api.md,
pyproject.toml and docstrings, and warnings and `--check` print to a terminal. Whatever the
spec writes there: the documents parse (TOML, and Markdown as a CommonMark renderer reads
it), hold no control character and no raw HTML, prose cannot open or close a code fence of
the README (its fences are the ones the same spec with tame prose gives), the README's
example runner sees only the calls the generator built, and `--check` prints no escape
sequence.
"""

from __future__ import annotations

import json
import re
import tomllib
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from markdown_it import MarkdownIt

from generator.cli import main
from generator.output import RECORD_FOLDER
from generator.render.markdown import markdown_block, markdown_line
from tests.helpers import readme_examples

# What a terminal or a TOML parser must never get raw: C0 but tab and line feed, DEL, C1,
# the Unicode line separators, bidi embeddings, overrides and isolates.
CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u2028\u2029\u202a-\u202e\u2066-\u2069]")
ESC = "\x1b[2J\x1b]0;pwned\x07"
BIDI = "\u202e\u2066reversed\u2069\u202c"
CALL = 'client.things.delete_everything("all")'
RAW_HTML = re.compile(r"<\s*/?\s*(img|script|textarea|svg|iframe|!--)", re.IGNORECASE)


def prose(tame: bool) -> dict[str, str]:
    """The spec's prose: hostile, or plain words in the same places."""
    if tame:
        return {key: "Plain words." for key in ("title", "description", "summary", "tag", "field")}
    return {
        "title": f"Evil{ESC}\x08\x07{BIDI} Title",
        "description": (
            f"Intro {ESC} bell\x07 back\x08space {BIDI} C1\x9b[31m.\n"
            "Raw <img src=x onerror=alert(1)> and escaped &lt;img src=x onerror=alert(2)&gt;,"
            " &#27;[31m and &#x202e; as references, <svg onload=alert(3)>.\n\n"
            f"{CALL}\n\n"
            f"```python\n{CALL}\n```\n\n"
            "<textarea>\n\n<!-- a comment that never closes\n\n"
            f"```python sdkforge-example\n{CALL}\n"
        ),
        "summary": f"Delete {ESC}<img src=x onerror=alert(4)> &lt;script&gt;alert(5)&lt;/script&gt;",
        "tag": f"```python sdkforge-example <script>{CALL}</script>",
        "field": f"A field {ESC} {BIDI}\x9b\n```\n{CALL}",
    }


def spec(tame: bool) -> dict[str, Any]:
    text = prose(tame)
    cursor = "after" if tame else f"after{ESC}`|"
    page = {
        "type": "object",
        "properties": {
            "data": {"type": "array", "items": {"$ref": "#/components/schemas/Thing"}},
            "next": {"type": "string"},
        },
    }
    thing = {
        "type": "object",
        "description": text["description"],
        "properties": {"name": {"type": "string", "description": text["field"]}},
    }
    content = {"application/json": {"schema": {"$ref": "#/components/schemas/Thing"}}}
    return {
        "openapi": "3.1.0",
        "info": {"title": text["title"], "version": "1.0", "description": text["description"]},
        "servers": [{"url": "https://api.example.com", "description": text["summary"]}],
        "tags": [{"name": "things", "description": text["tag"]}],
        "paths": {
            "/things": {
                "post": {
                    "tags": ["things"],
                    "operationId": "createThing",
                    "summary": text["summary"],
                    "description": text["description"],
                    "requestBody": {"content": content},
                    "responses": {"200": {"description": text["summary"], "content": content}},
                },
                "get": {
                    "tags": ["things"],
                    "operationId": "listThings",
                    "summary": text["summary"],
                    "x-sdkforge-pagination": {
                        "type": "cursor",
                        "cursor_param": cursor,
                        "next_cursor": "next",
                        "items": "data",
                    },
                    "parameters": [{"name": cursor, "in": "query", "schema": {"type": "string"}}],
                    "responses": {
                        "200": {
                            "description": "a page",
                            "content": {"application/json": {"schema": page}},
                        }
                    },
                },
            }
        },
        "components": {"schemas": {"Thing": thing}},
    }


def generate(folder: Path, tame: bool, *extra: str) -> int:
    path = folder / ("tame.json" if tame else "hostile.json")
    path.write_text(json.dumps(spec(tame)), encoding="utf-8")
    return main(["generate", str(path), "-o", str(folder / "sdk"), "-p", "sdk", "-q", *extra])


@pytest.fixture(scope="module")
def sdks(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    hostile = tmp_path_factory.mktemp("hostile")
    tame = tmp_path_factory.mktemp("tame")
    assert generate(hostile, tame=False) == 0
    assert generate(tame, tame=True) == 0
    return hostile / "sdk", tame / "sdk"


def fences(markdown: str) -> list[tuple[str, str]]:
    """(info string, content) of each fenced code block, as CommonMark reads them."""
    tokens = MarkdownIt("commonmark").parse(markdown)
    return [(token.info, token.content) for token in tokens if token.type == "fence"]


def html_tokens(markdown: str) -> list[str]:
    found = []
    for token in MarkdownIt("commonmark").parse(markdown):
        if token.type == "html_block":
            found.append(token.content)
        for child in token.children or []:
            if child.type == "html_inline":
                found.append(child.content)
    return found


def test_no_generated_file_holds_a_control_character(sdks: tuple[Path, Path]) -> None:
    hostile, _ = sdks
    for path in hostile.rglob("*"):
        # the SDK's files, not sdkforge's compressed record of them beside
        if path.is_file() and RECORD_FOLDER not in path.relative_to(hostile).parts:
            text = path.read_text(encoding="utf-8")
            assert not CONTROL.search(text), (path, CONTROL.findall(text))


def test_pyproject_parses_and_keeps_the_title(sdks: tuple[Path, Path]) -> None:
    hostile, _ = sdks
    text = (hostile / "pyproject.toml").read_text(encoding="utf-8")
    project = tomllib.loads(text)["project"]
    assert project["name"] == "sdk"
    assert "Evil" in text.splitlines()[0] and "Title" in text.splitlines()[0]


@pytest.mark.parametrize("document", ["README.md", "api.md"])
def test_documents_hold_no_html_and_keep_the_prose_as_text(
    sdks: tuple[Path, Path], document: str
) -> None:
    hostile, _ = sdks
    text = (hostile / document).read_text(encoding="utf-8")
    assert html_tokens(text) == []
    rendered = MarkdownIt("commonmark").render(text)
    assert not RAW_HTML.search(rendered), RAW_HTML.findall(rendered)
    # HTML written as character references is shown as text, not dropped
    if document == "README.md":
        assert "Intro" in rendered and "reversed" in rendered and "onerror=alert(2)" in rendered
    else:
        assert "Delete" in rendered and "script&gt;alert(5)" in rendered


def test_prose_cannot_open_or_close_a_fence_of_the_readme(sdks: tuple[Path, Path]) -> None:
    hostile, tame = sdks
    readme = (hostile / "README.md").read_text(encoding="utf-8")
    tame_readme = (tame / "README.md").read_text(encoding="utf-8")
    # the description's fenced block is fenced anew, unmarked; the README's own are as they were
    assert fences(readme) == [("python", f"{CALL}\n"), *fences(tame_readme)]
    assert CALL in readme  # the prose is there, as text and indented code
    assert readme_examples(readme) == readme_examples(tame_readme) != []
    assert all(CALL not in example for example in readme_examples(readme))


def test_check_prints_no_escape_sequence(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert generate(tmp_path, tame=True) == 0
    sdk = tmp_path / "sdk"
    (sdk / f"evil{ESC}.txt").write_text(f"left {ESC}{BIDI} here\n", encoding="utf-8")
    readme = sdk / "README.md"
    readme.write_text(readme.read_text(encoding="utf-8") + f"edited {ESC}\x9b\n", "utf-8")
    capsys.readouterr()
    assert generate(tmp_path, False, "--check") == 1
    out, err = capsys.readouterr()
    assert "evil\\x1b[2J" in out and "edited \\x1b[2J" in out  # shown, as escapes
    assert not CONTROL.search(out + err), CONTROL.findall(out + err)


@pytest.mark.parametrize(
    ("prose_text", "markdown"),
    [
        ("```python\nrun()\n```", "```python\nrun()\n```"),
        ("```python sdkforge-example\nrun()\n```", "```python\nrun()\n```"),
        ("````\n```\n`````", "````\n```\n````"),
        ("text\n~~~\na <b>\n~~~~\nafter <i>", "text\n```\na <b>\n```\nafter &lt;i>"),
        ("never closed\n```python\nrun() <x>", "never closed\n\\```python\nrun() &lt;x>"),
        ("```\n~~~\nrest", "\\```\n\\~~~\nrest"),
        ("~~~\n```\n~~~~\n```", "````\n```\n````\n\\```"),
        ("- ```\n> ~~~ x\n    ```", "- \\```\n> \\~~~ x\n    \\```"),
        (
            "`<code>` and <tag> and <https://example.com/a>",
            "`&lt;code>` and &lt;tag> and <https://example.com/a>",
        ),
    ],
)
def test_markdown_blocks_of_prose(prose_text: str, markdown: str) -> None:
    assert markdown_block(prose_text) == markdown


def test_a_line_of_prose_never_starts_a_fence() -> None:
    assert markdown_line("```python x") == "\\```python x"
    assert markdown_line("  ~~~ <b>") == "\\~~~ &lt;b>"


def test_paths_are_printed_without_control_characters(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # a config's paths come with the repository: a pull request can name them
    path = tmp_path / f"spec{ESC}.json"
    path.write_text(json.dumps(spec(tame=True)), encoding="utf-8")
    output = str(tmp_path / f"out{ESC}")
    assert main(["generate", str(path), "-o", output, "-p", "sdk"]) == 0
    assert main(["generate", str(path), "-o", output, "-p", "sdk", "--check"]) == 0
    out, err = capsys.readouterr()
    assert "spec\\x1b[2J" in out and "up to date" in out
    assert not CONTROL.search(out + err), CONTROL.findall(out + err)


PROSE_LINES = st.sampled_from(
    [
        "```",
        "```python",
        "```python sdkforge-example",
        "~~~",
        "~~~~",
        "   ```",
        "    ```",
        "- ```",
        "> ```",
        "```a`b",
        "<textarea>",
        "<!--",
        "-->",
        "<img src=x onerror=y>",
        "`<b>`",
        "\\`<i>`",
        "``",
        "# h `a",
        "<https://x.example/a>",
        "&lt;p&gt;",
        "text",
        "",
        "    code",
        "- item",
        "> quote",
        CALL,
    ]
)


@settings(max_examples=300, deadline=None)
@given(st.lists(PROSE_LINES, max_size=12))
def test_no_prose_reaches_the_fence_after_it(lines: list[str]) -> None:
    """Whatever the prose, the document's own fence after it is read as written."""
    document = f"# Title\n\n{markdown_block(chr(10).join(lines))}\n\n```python mark\ncall()\n```\n"
    tokens = MarkdownIt("commonmark").parse(document)
    found = [(t.info, t.content) for t in tokens if t.type == "fence"]
    assert found[-1] == ("python mark", "call()\n")
    # prose's own fences: a language word at most (no mark), ended before the document's
    assert all(len(info.split()) <= 1 and "call()" not in content for info, content in found[:-1])
    assert html_tokens(document) == []
