"""Spec strings into code: literals and docstrings parse back to the text they came from."""

from __future__ import annotations

import ast

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from generator.render.escape import docline, docstring, py_literal

TRICKY = [
    '"""',
    'ends with a quote"',
    'two quotes at the end""',
    '\\"""',
    "trailing backslash\\",
    "\\N{BULLET} \\x00 \\u2028 \\",
    "'''",
    '""""""',
    "{{ 7*7 }} {% raw %} {# x #}",
    "NUL\x00 VT\x0b FF\x0c NEL\x85 LS\u2028 PS\u2029 DEL\x7f",
    'a\r\nb\rc\n"""\nd"',
    '"+__import__("os").system("id")+"',
]


def _doc_value(literal: str) -> str:
    value = ast.literal_eval(literal)
    assert isinstance(value, str)
    return value


def _same_text(value: str, text: str) -> bool:
    """Docstrings keep the text; only line ends and surrounding whitespace may change."""

    def lines(s: str) -> list[str]:
        return [line.strip() for line in s.replace("\r\n", "\n").replace("\r", "\n").split("\n")]

    return [line for line in lines(value) if line] == [line for line in lines(text) if line]


@pytest.mark.parametrize("text", TRICKY)
def test_tricky_docstrings_parse_back_to_their_text(text: str) -> None:
    for indent in (0, 4, 8):
        literal = docstring(text, indent)
        assert _same_text(_doc_value(literal), text), literal
        # as the body of a real function, too
        ast.parse(f"def f():\n{' ' * 4}{literal}\n")
    assert " ".join(_doc_value('"""' + docline(text) + '"""').split()) == " ".join(text.split())


@settings(max_examples=300, deadline=None)
@given(st.text())
def test_any_text_is_a_docstring_of_itself(text: str) -> None:
    literal = docstring(text, 4)
    if not text.strip():
        assert literal == ""
        return
    assert _same_text(_doc_value(literal), text)
    line = docline(text)
    assert " ".join(_doc_value('"""' + line + '"""').split()) == " ".join(text.split())


json_values = st.recursive(
    st.none()
    | st.booleans()
    | st.integers()
    | st.floats(allow_nan=False, allow_infinity=False)
    | st.text(),
    lambda children: st.lists(children) | st.dictionaries(st.text(), children),
    max_leaves=20,
)


@settings(max_examples=200, deadline=None)
@given(json_values)
def test_py_literal_is_the_value(value: object) -> None:
    assert ast.literal_eval(py_literal(value)) == value
