"""Reading YAML: the 1.2 core schema that OpenAPI asks for, and the guards of the loader."""

from __future__ import annotations

import math
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from generator.errors import SpecError, SpecWarning
from generator.load import fast_yaml, load_spec
from generator.load.reader import read_document
from tests.helpers import ROOT

CORPUS = Path("/work/shared/corpus/specs")


@pytest.fixture(params=["ryaml", "pyyaml"])
def loader(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> Iterator[str]:
    """Both paths: ryaml where the document allows it, and PyYAML (ryaml not installed)."""
    if request.param == "ryaml" and not fast_yaml.available():
        pytest.skip("ryaml is not installed (no wheel for this platform)")
    if request.param == "pyyaml":
        monkeypatch.setattr(fast_yaml, "_loads", None)
    yield request.param


# plain scalar -> its value under the YAML 1.2 core schema (the YAML 1.2.2 spec, 10.3.2)
CORE_SCHEMA: dict[str, Any] = {
    # YAML 1.1 booleans are strings in 1.2
    "no": "no",
    "yes": "yes",
    "on": "on",
    "off": "off",
    "Yes": "Yes",
    "OFF": "OFF",
    "y": "y",
    "n": "n",
    # 1.2 booleans and nulls
    "true": True,
    "True": True,
    "FALSE": False,
    "null": None,
    "Null": None,
    "~": None,
    "": None,
    # integers: decimal, 0o, 0x; 1.1's sexagesimal, underscores and 0-octal are gone
    "0": 0,
    "-17": -17,
    "+5": 5,
    "0o17": 15,
    "0x1F": 31,
    "1_000": "1_000",
    "1:20": "1:20",
    # a leading zero is not a JSON number: kept as written, like a zip code
    "017": "017",
    # floats: a dot or an exponent (1.1 needed the dot: `1e3` was a string)
    "1.5": 1.5,
    "1e3": 1000.0,
    ".5": 0.5,
    "-.inf": -math.inf,
    ".Inf": math.inf,
    # too large for a float: kept as written rather than infinity
    "1.5e400": "1.5e400",
    # dates are strings, as JSON Schema says (1.1 made datetimes, and failed on 2021-02-30)
    "2021-02-30": "2021-02-30",
    "2001-12-14T21:59:43.10-05:00": "2001-12-14T21:59:43.10-05:00",
    # not values in 1.2
    "=": "=",
    "<<": "<<",
}


def _read(tmp_path: Path, text: str) -> Any:
    path = tmp_path / "doc.yaml"
    path.write_text(text, encoding="utf-8")
    return read_document(path, "doc.yaml")


def _same(a: Any, b: Any) -> bool:
    if isinstance(a, float) and isinstance(b, float) and math.isnan(a):
        return math.isnan(b)
    return type(a) is type(b) and a == b


@pytest.mark.parametrize("scalar", sorted(CORE_SCHEMA))
def test_plain_scalars_follow_the_yaml_1_2_core_schema(
    scalar: str, loader: str, tmp_path: Path
) -> None:
    text = f"x: {scalar}\n"
    assert fast_yaml.load_fast(text)[0] == (loader == "ryaml")  # the path under test
    value = _read(tmp_path, text)["x"]
    assert _same(value, CORE_SCHEMA[scalar]), (scalar, value)


def test_nan_is_a_float(loader: str, tmp_path: Path) -> None:
    assert math.isnan(_read(tmp_path, "x: .nan\n")["x"])


def test_keys_become_strings_the_1_2_way(loader: str, tmp_path: Path) -> None:
    document = _read(tmp_path, "200: a\nno: b\ntrue: c\n~: d\n0o10: e\n")
    assert document == {"200": "a", "no": "b", "true": "c", "null": "d", "8": "e"}


def test_a_spec_saying_no_and_on_in_prose_is_generated(loader: str, tmp_path: Path) -> None:
    # `description: no` was read as False and the spec refused
    path = tmp_path / "api.yaml"
    path.write_text(
        "openapi: 3.1.0\ninfo: {title: t, version: '1'}\n"
        "paths:\n  /a:\n    get:\n      description: no\n      summary: on\n"
        "      responses: {'204': {description: off}}\n",
        encoding="utf-8",
    )
    operation = load_spec(path).document["paths"]["/a"]["get"]
    assert operation["description"] == "no"
    assert operation["summary"] == "on"
    assert operation["responses"]["204"]["description"] == "off"


def test_merge_keys_still_merge(tmp_path: Path) -> None:
    document = _read(tmp_path, "base: &b {type: string, x-a: 1}\nuse: {<<: *b, x-a: 2}\n")
    assert document["use"] == {"type": "string", "x-a": 2}


def test_an_anchor_reused_a_few_times_is_fine(tmp_path: Path) -> None:
    # sharing is what aliases are for: only an expansion far past the written size is refused
    text = "s: &s " + "x" * 2_000 + "\nl: [" + ", ".join(["*s"] * 20) + "]\n"
    assert _read(tmp_path, text)["l"][19] == "x" * 2_000


def test_a_long_string_aliased_a_thousand_times_is_refused(tmp_path: Path) -> None:
    # 213 KB of text made 388 MB of output; now refused at once
    text = "s: &s " + "x" * 200_000 + "\nl: [" + ", ".join(["*s"] * 1_000) + "]\n"
    with pytest.raises(SpecError, match="YAML aliases expand"):
        _read(tmp_path, text)


def test_long_keys_aliased_count_too(tmp_path: Path) -> None:
    key = "k" * 50_000  # an explicit key (`? `): implicit ones stop at 1024 characters
    text = f"m: &m\n  ? {key}\n  : 1\nl: [" + ", ".join(["*m"] * 1_000) + "]\n"
    with pytest.raises(SpecError, match="YAML aliases expand"):
        _read(tmp_path, text)


def test_an_integer_past_pythons_limit_is_one_clear_error(tmp_path: Path) -> None:
    # this was `internal error: ValueError`
    with pytest.raises(SpecError, match=r"line 2, column 4: an integer of 4301 digits"):
        _read(tmp_path, "a: 1\nx: " + "1" * 4301 + "\n")
    assert _read(tmp_path, "x: " + "1" * 4300 + "\n")["x"] == int("1" * 4300)


# ryaml is the fast path; PyYAML reads what ryaml would read differently, and words errors


@pytest.mark.parametrize(
    "text",
    [
        "a: &x 1\nb: *x\n",  # an anchor: aliases are shared and measured only by PyYAML
        "- &x 1\n",
        "x: [&a 1, *a]\n",
        '{"a":&x 1}\n',
        "--- &a\nb: 1\n",
        "a:\n  <<: {b: 1}\n",  # a merge key: ryaml keeps `<<` as a key
        "a: !!binary aGk=\n",  # a tag: ryaml reads `!!binary` as text, `!x` as a mapping
        "a: !x b\n",
        # an anchor below a block scalar, not in it (its key is indented no deeper)
        "a:\n  d: |\n    x: &y{\n  b: &x 1\n  c: *x\n",
        "- d: |\n    x &y\n  b: &x 1\n",
        # the same line as prose and as YAML: the YAML one is left to PyYAML
        "d: |\n  b: &x 1\nb: &x 1\nc: *x\n",
        # a long integer in a plain scalar of several lines is text: PyYAML reads it
        "d: a\n  12345678901234567890123\n",
        "a: 00012345678901234567890\n",  # leading zeros: text to PyYAML, an error to ryaml
        "a: 1" + "2" * 4300 + "\n",  # past Python's limit: PyYAML words the error
    ],
)
def test_forms_ryaml_reads_differently_are_left_to_pyyaml(text: str) -> None:
    assert fast_yaml.load_fast(text) == (False, None)


# Read by ryaml, as PyYAML reads them: long integers (handed to ryaml as quoted stand-ins)
# and code samples in block scalars, where `&x{`, `!x` and long numbers are prose
FAST_AND_SAME = [
    "description: Q&A with &lt;b&gt; and 3 &amp; 4\n",  # not where a node starts
    "description: |\n  opt := &godo.ListOptions{}\n  x = 1 != 2\n",
    "description: '!important'\n",
    "description: the id 12345678901234567890123 is a string\n",
    "a: 340282366920938463463374607431768211456\n",  # ryaml alone: a float
    "a: [1, -18446744073709551616]\n",  # ryaml alone: an error
    "a:\n  maximum: 18446744073709552000  # 2**64 rounded\n  b: +12345678901234567890123\n",
    "18446744073709552000: big key\nsmall: 1\n",
    "x-codeSamples:\n  - lang: Go\n    source: |\n      s := &godo.Settings{\n"
    "        Sources: &godo.Sources{ID: 1},\n      }\n    label: go\n",
    "description: >\n  DOSettings: &godo.DOSettings{\n\n  !important 18446744073709552000\nnext: 1\n",
    "- source: |-\n    a: &b\n  other: x\n",
]


@pytest.mark.parametrize("text", FAST_AND_SAME)
def test_long_integers_and_forms_in_block_scalars_stay_on_the_fast_path(
    text: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    if not fast_yaml.available():
        pytest.skip("ryaml is not installed")
    assert fast_yaml.load_fast(text)[0]
    path = tmp_path / "doc.yaml"
    path.write_text(text, encoding="utf-8")
    fast, plain = _both(path, monkeypatch)
    assert fast == plain and list(fast) == list(plain)  # keys in their order too


BAD_YAML = {
    "syntax": "openapi: 3.1.0\npaths: {a: [1, 2}\n",
    "tab": "openapi: 3.1.0\n\tinfo: x\n",
    "two documents": "a: 1\n---\nb: 2\n",
    "deep": "x: " + "[" * 450 + "]" * 450 + "\n",
    "long integer": "x: " + "7" * 5000 + "\n",
}


@pytest.mark.parametrize("name", sorted(BAD_YAML))
def test_errors_are_the_same_on_both_paths(
    name: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    messages = []
    for loads in (fast_yaml._loads, None):
        monkeypatch.setattr(fast_yaml, "_loads", loads)
        with pytest.raises(SpecError) as error:
            _read(tmp_path, BAD_YAML[name])
        messages.append(str(error.value))
    assert messages[0] == messages[1]
    assert "line" in messages[0] or "nests too deeply" in messages[0]


def _read_warned(tmp_path: Path, text: str) -> tuple[Any, list[str]]:
    path = tmp_path / "doc.yaml"
    path.write_text(text, encoding="utf-8")
    warnings: list[SpecWarning] = []
    document = read_document(path, "doc.yaml", warnings)
    return document, [str(warning) for warning in warnings]


def test_duplicate_keys_keep_the_last_with_a_warning_on_both_paths(
    loader: str, tmp_path: Path
) -> None:
    document, warnings = _read_warned(tmp_path, "a: 1\nb:\n  - {x: 1}\n  - c: 1\n    c: 2\na: 3\n")
    assert document == {"a": 3, "b": [{"x": 1}, {"c": 2}]}
    assert warnings == [
        "warning: #/b/1/c: the key 'c' is written twice in one mapping (lines 4 and 5); "
        "the value on line 5 is used",
        "warning: #/a: the key 'a' is written twice in one mapping (lines 1 and 6); "
        "the value on line 6 is used",
    ]


def test_keys_that_json_spells_alike_are_duplicates_on_both_paths(
    loader: str, tmp_path: Path
) -> None:
    # ryaml reads 200 and '200' as two keys; as JSON they are one
    document, warnings = _read_warned(tmp_path, "r:\n  200: a\n  '200': b\n  true: c\n")
    assert document == {"r": {"200": "b", "true": "c"}}
    assert warnings == [
        "warning: #/r/200: the key '200' is written twice in one mapping (lines 2 and 3); "
        "the value on line 3 is used"
    ]


def test_merged_keys_overridden_are_no_duplicates(tmp_path: Path) -> None:
    document, warnings = _read_warned(tmp_path, "b: &b {x: 1, y: 2}\nu: {<<: *b, x: 3}\n")
    assert document["u"] == {"x": 3, "y": 2}
    assert warnings == []


def test_a_key_written_twice_in_a_referenced_file_is_warned_with_its_file(
    tmp_path: Path,
) -> None:
    (tmp_path / "other.yaml").write_text("P: {type: object}\nP: {type: string}\n")
    spec = tmp_path / "api.yaml"
    spec.write_text(
        "openapi: 3.1.0\ninfo: {title: t, version: '1'}\npaths: {}\n"
        "components: {schemas: {A: {$ref: 'other.yaml#/P'}}}\n"
    )
    messages = [str(warning) for warning in load_spec(spec).warnings]
    assert messages == [
        "warning: #/P: in other.yaml: the key 'P' is written twice in one mapping (lines 1 "
        "and 2); the value on line 2 is used"
    ]


def _both(path: Path, monkeypatch: pytest.MonkeyPatch) -> tuple[Any, Any]:
    fast = read_document(path, path.name)
    with monkeypatch.context() as patch:
        patch.setattr(fast_yaml, "_loads", None)
        return fast, read_document(path, path.name)


def test_both_paths_read_the_repository_specs_alike(monkeypatch: pytest.MonkeyPatch) -> None:
    specs = sorted((ROOT / "specs").glob("*.yaml"))
    assert specs
    for path in specs:
        fast, plain = _both(path, monkeypatch)
        assert fast == plain, path.name


@pytest.mark.slow
@pytest.mark.skipif(not CORPUS.is_dir(), reason="the corpus of real specs is not here")
def test_both_paths_read_the_corpus_alike(monkeypatch: pytest.MonkeyPatch) -> None:
    """A fixed sample, every sixth YAML spec of the corpus (PyYAML takes minutes over all of
    them); `scripts/bench_yaml.py` compares the two paths on every one."""
    sample = sorted(CORPUS.glob("*.y*ml"))[::6]
    assert len(sample) >= 10
    differ = []
    for path in sample:
        try:
            fast, plain = _both(path, monkeypatch)
        except SpecError:
            continue
        if repr(fast) != repr(plain):  # repr: NaN and 1 vs 1.0 vs True count as different
            differ.append(path.name)
    assert differ == []


def test_without_ryaml_the_loader_is_pyyaml(tmp_path: Path) -> None:
    # the fallback when ryaml fails to import (no wheel for the platform)
    path = tmp_path / "doc.yaml"
    path.write_text("x: no\ny: 0o10\n", encoding="utf-8")
    code = (
        "import sys; sys.modules['ryaml'] = None\n"
        "from generator.load import fast_yaml\n"
        "from generator.load.reader import read_document\n"
        "assert not fast_yaml.available()\n"
        f"print(read_document(__import__('pathlib').Path({str(path)!r}), 'doc.yaml'))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=False
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "{'x': 'no', 'y': 8}"


def test_a_document_full_of_forms_goes_to_pyyaml_without_a_long_scan() -> None:
    # each long number costs a scan up to its block scalar's header: past a bound, PyYAML
    # reads it
    text = "d: |\n" + "  a: 123456789012345678901234\n" * 5_000 + "b: 1\n"
    assert len(fast_yaml._suspects(text)) > fast_yaml._MAX_FORMS
    assert fast_yaml.load_fast(text) == (False, None)
