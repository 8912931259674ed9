"""The fast path's decision, fuzzed against PyYAML's reading of the same text.

Texts are strung together from YAML's meaningful pieces (indicators, anchors, aliases,
tags, merge keys, quotes, block scalar headers, every kind of line break, `\\x26` escapes)
so that anchors end up hidden in quoted, block and plain scalars, and real ones hidden
among them. Whatever the text:
- the quick scan never says "no anchor" where PyYAML's own tokenizer finds one;
- ryaml is never given a text in which PyYAML's parser finds an anchor, a tag or a merge
  key, and what ryaml reads equals what PyYAML reads;
- with a bomb added, the reader refuses it (or it was swallowed into text) in bounded time.
"""

from __future__ import annotations

import math
import time
from collections.abc import Callable
from typing import Any

import pytest
import yaml
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from generator.errors import SpecError
from generator.load import fast_yaml, yaml_survey
from generator.load.limits import MAX_EXPANDED_SIZE
from generator.load.reader import read_document
from generator.load.yaml12 import load_yaml

if not fast_yaml.available():
    pytest.skip("ryaml is not installed", allow_module_level=True)

PIECES = [
    "a",
    "b",
    "key",
    ": ",
    ":",
    "- ",
    "? ",
    "--- ",
    "... ",
    "\n",
    "\n",
    "\n  ",
    "\n    ",
    "\r",
    "\r\n",
    "\u2028",
    "\x85",
    " ",
    "\t",
    "&x ",
    "&x",
    "&y [1, 2]",
    "*x",
    "*y",
    "!t ",
    "!!str ",
    "! ",
    "<<: ",
    "<<",
    "|",
    "|-",
    ">",
    " >",
    '"',
    "'",
    "[",
    "]",
    "{",
    "}",
    ", ",
    ",",
    "# ",
    "\\x26",
    "\\",
    "1",
    "12345678901234567890123",
    "\ufeff",
    "%",
    "@",
]
TEXTS = st.lists(st.sampled_from(PIECES), max_size=40).map("".join)
FUZZ = settings(
    max_examples=400,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much],
)


def _properties(text: str) -> bool | None:
    """Whether PyYAML's parser finds an anchor, tag or merge key; None: not YAML. (An
    alias without an anchor is an error to every loader: nothing to expand.)"""
    try:
        events = list(yaml.parse(text, Loader=yaml.SafeLoader))  # the pure-Python parser
    except yaml.YAMLError:
        return None
    for event in events:
        if isinstance(event, (yaml.ScalarEvent, yaml.CollectionStartEvent)) and event.anchor:
            return True
        if isinstance(event, (yaml.ScalarEvent, yaml.CollectionStartEvent)):
            if event.tag is not None:
                return True
        if isinstance(event, yaml.ScalarEvent) and event.value == "<<" and not event.style:
            return True  # as a key or not: both are left to PyYAML
    return False


def _same(a: Any, b: Any) -> bool:
    if isinstance(a, float) and isinstance(b, float) and math.isnan(a):
        return math.isnan(b)
    if isinstance(a, dict) and isinstance(b, dict):
        return list(a) == list(b) and all(_same(a[k], b[k]) for k in a)
    if isinstance(a, list) and isinstance(b, list):
        return len(a) == len(b) and all(_same(x, y) for x, y in zip(a, b, strict=True))
    return type(a) is type(b) and a == b


def _guarded_ryaml(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """ryaml, refusing (as a test failure) any text with anchors, tags or merge keys."""
    given_texts: list[str] = []
    loads: Callable[[str], Any] | None = fast_yaml._loads
    assert loads is not None

    def guarded(text: str) -> Any:
        given_texts.append(text)
        assert _properties(text) is not True, f"ryaml was given {text!r}"
        return loads(text)

    monkeypatch.setattr(fast_yaml, "_loads", guarded)
    return given_texts


@FUZZ
@given(text=TEXTS)
def test_the_quick_scan_never_misses_what_the_tokenizer_finds(text: str) -> None:
    if not yaml_survey.may_hold_node_properties(text):
        assert _properties(text) is not True, text


@FUZZ
@given(text=TEXTS)
# a line that a lone carriage return begins: its long integer is one too
@example(text="\r1234567890123456789012312345678901234567890123")
def test_what_takes_the_fast_path_has_no_anchors_and_reads_as_pyyaml_reads_it(
    text: str,
) -> None:
    with pytest.MonkeyPatch.context() as patch:
        _guarded_ryaml(patch)
        loaded, document = fast_yaml.read_fast(text)
    if not loaded:
        return
    try:
        expected = load_yaml(text)
    except yaml.YAMLError:
        return  # ryaml is laxer on a few invalid texts; PyYAML refuses them either way
    assert _same(document, expected), text


BOMB = (
    "\nbomb:\n  - &b0 [" + ", ".join(["1"] * 20) + "]\n"
    + "".join(
        f"  - &b{level} [{', '.join([f'*b{level - 1}'] * 20)}]\n" for level in range(1, 7)
    )
)


@FUZZ
@given(disguise=TEXTS, after=TEXTS)
def test_a_bomb_in_any_disguise_is_refused_in_bounded_time(
    disguise: str, after: str, tmp_path_factory: pytest.TempPathFactory
) -> None:
    text = disguise + BOMB + after
    path = tmp_path_factory.mktemp("bomb") / "doc.yaml"
    path.write_text(text, encoding="utf-8", newline="")
    try:
        root = yaml.compose(text, Loader=yaml.CSafeLoader)
    except yaml.YAMLError:
        root = None
    if root is not None and _expanded(root, {}, set()) > MAX_EXPANDED_SIZE:
        # the bomb is YAML here, not text: the survey refuses it before anything is built
        with pytest.raises(SpecError, match=r"YAML aliases expand|cycle"):
            yaml_survey.survey(text, "doc.yaml")
    start = time.process_time()  # (CPU time: the suite shares the machine)
    with pytest.MonkeyPatch.context() as patch:
        _guarded_ryaml(patch)
        try:
            read_document(path, "doc.yaml")
        except SpecError:
            pass
    assert time.process_time() - start < 2.0


def _expanded(node: yaml.Node, sizes: dict[int, float], on_path: set[int]) -> float:
    """The size of a composed node with its aliases expanded (infinite for a cycle)."""
    if isinstance(node, yaml.ScalarNode):
        return 1 + len(node.value)
    if id(node) in sizes:
        return sizes[id(node)]
    if id(node) in on_path:
        return math.inf
    on_path.add(id(node))
    children = (
        [item for pair in node.value for item in pair]
        if isinstance(node, yaml.MappingNode)
        else node.value
    )
    size = 1 + sum(_expanded(child, sizes, on_path) for child in children)
    on_path.discard(id(node))
    sizes[id(node)] = size
    return size
