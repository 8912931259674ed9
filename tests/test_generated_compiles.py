"""Generated modules are compiled before anything is written.

`ast.parse` and the formatter accept a function with two parameters of one name; CPython's
compiler does not, and the SDK would not import. These tests make the renderer write such a
module (the way a naming bug would) and check that the run stops with one line that names the
generated file and the spec pointer of the operation or schema, exit 1, nothing written.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from generator import pipeline
from generator.errors import SdkforgeError
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
    assert "internal error: generated petstore/resources/pets.py does not compile" in lines[0]
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
