"""Generated modules that would not compile are caught before anything is written.

`ast.parse` accepts a function with two parameters of one name; CPython's compiler does not,
and the SDK would not import. These tests make the renderer write such a module (the way a
naming bug would) and check that the run stops with one line that names the generated file
and the spec pointer of the operation or schema, exit 1, nothing written; and that the
formatter's parser, on which the check rests, reports every error of that kind.
"""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest

from generator import pipeline
from generator.errors import SdkforgeError
from generator.format import UnsoundModules, format_files
from generator.ir import Api
from generator.verify import check_compiles
from tests.helpers import ROOT, Cli

PETSTORE = ROOT / "specs" / "petstore.yaml"


def _duplicate_first_keyword(text: str, method: str) -> str:
    """Give `method`'s first keyword-only parameter a twin: what a clashing name renders."""
    match = re.search(rf"def {method}\(\s*self,(.*?)\*,\s*(\w+):", text, re.DOTALL)
    assert match, f"no keyword-only parameter in {method}"
    name = match.group(2)
    return text[: match.end(2)] + f": int = 0,\n        {name}" + text[match.end(2) :]


def test_a_duplicate_parameter_is_an_internal_error_naming_the_operation(
    tmp_path: Path, cli: Cli, monkeypatch: pytest.MonkeyPatch
) -> None:
    real_render = pipeline.render_api

    def render_with_a_clash(api: Api) -> dict[str, str]:
        files = real_render(api)
        path = "petstore/resources/pets.py"
        files[path] = _duplicate_first_keyword(files[path], "list")
        return files

    monkeypatch.setattr(pipeline, "render_api", render_with_a_clash)
    out = tmp_path / "out"
    result = cli("generate", str(PETSTORE), "--output", str(out), "--package", "petstore")
    assert result.returncode == 1
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert "internal error: generated petstore/resources/pets.py is not valid Python" in lines[0]
    assert "duplicate argument" in lines[0]
    assert lines[0].endswith("petstore.yaml#/paths/~1pets/get"), lines[0]
    assert "Traceback" not in result.stderr
    assert not out.exists()


def test_a_clash_in_a_stub_names_the_schema_of_its_class() -> None:
    generated = pipeline.generate_files(PETSTORE, "petstore")
    files = dict(generated.files)
    stub = next(path for path in files if "/models/" in path and path.endswith(".pyi"))
    class_name = re.search(r"^class (\w+)", files[stub], re.MULTILINE)
    assert class_name
    files[stub] += "\n\nclass Clash:\n    def __init__(self, *, a: int, a: str) -> None: ...\n"
    with pytest.raises(SdkforgeError) as caught:
        check_compiles(files, generated.api, "spec.yaml")
    assert str(caught.value).endswith("caused by spec.yaml#/components/schemas/Clash")


def test_the_committed_sdks_compile() -> None:
    # the check itself accepts what the generator writes (no false alarm)
    generated = pipeline.generate_files(PETSTORE, "petstore")
    check_compiles(generated.files, generated.api, "petstore.yaml")


# What CPython refuses only when it compiles (ast.parse accepts each): the formatter's parser
# must report them all, or the check that rests on it would let one through after an upgrade.
COMPILE_TIME_ERRORS = {
    "duplicate parameter": "def f(a, a):\n    pass\n",
    "duplicate keyword-only parameter": "def f(self, *, x: int = 1, x: str = '') -> None: ...\n",
    "duplicate parameter in a lambda": "g = lambda a, a: 0\n",
    "parameter and **kwargs of one name": "def f(x, **x):\n    pass\n",
    "return outside a function": "return 1\n",
    "yield outside a function": "yield 1\n",
    "nonlocal at module level": "nonlocal x\n",
    "global after assignment": "def f():\n    x = 1\n    global x\n",
    "annotated global": "def f():\n    x: int = 1\n    global x\n",
    "nonlocal and global": "def f():\n    global x\n    nonlocal x\n",
    "nonlocal without binding": "def f():\n    nonlocal x\n",
    "break outside a loop": "break\n",
    "continue outside a loop": "continue\n",
    "await outside async": "def f():\n    await g()\n",
    "yield in a comprehension": "x = [(yield 1) for i in y]\n",
    "return in a class body": "class C:\n    return 1\n",
}


@pytest.mark.parametrize("source", COMPILE_TIME_ERRORS.values(), ids=COMPILE_TIME_ERRORS.keys())
@pytest.mark.parametrize("suffix", [".py", ".pyi"])
def test_the_formatter_reports_what_only_compiling_refuses(source: str, suffix: str) -> None:
    ast.parse(source)
    with pytest.raises(SyntaxError):
        compile(source, "m.py", "exec", dont_inherit=True)
    files = {f"pkg/m{suffix}": source, "pkg/fine.py": "x = 1\n"}
    with pytest.raises(UnsoundModules) as caught:
        format_files(files)
    assert caught.value.paths == (f"pkg/m{suffix}",)
    assert f"generated pkg/m{suffix} is not valid Python (line " in str(caught.value)
