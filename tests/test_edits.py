"""The owner's edits of a generated SDK survive `generate`; `--check` and `sdkforge edits`."""

from __future__ import annotations

import copy
import re
import shutil
from pathlib import Path
from typing import Any

import pytest
import yaml
from hypothesis import given, settings
from hypothesis import strategies as st

from generator.diff3 import merge_text
from generator.edits import RECORD, read_record
from tests.helpers import ROOT, Cli

CONFIG = """
[tool.sdkforge]
[[tool.sdkforge.sdks]]
spec = "specs/petstore.yaml"
output = "sdk"
package = "petstore"
"""
PETSTORE: dict[str, Any] = yaml.safe_load((ROOT / "specs" / "petstore.yaml").read_text())

# an edited method body (the sync `list`), a property added to a model, a module of one's own
BODY = "        return self._client.request(\n            _LIST,\n"
MY_BODY = "        limit = 20 if limit is None else limit  # our default page size\n" + BODY
DOCSTRING = '    """A pet in the store."""\n'
PROPERTY = (
    DOCSTRING
    + "\n    @property\n    def label(self) -> str:\n"
    + '        return f"{self.name} ({self.tag})" if self.tag else self.name\n'
)
LIB = "from petstore import Client\n\n\ndef first_pet(client: Client) -> object:\n    return client.pets.list()[0]\n"


@pytest.fixture
def project(tmp_path: Path, cli: Cli) -> Path:
    (tmp_path / "pyproject.toml").write_text(CONFIG)
    _write_spec(tmp_path, PETSTORE)
    result = cli("generate", cwd=tmp_path)
    assert result.returncode == 0, result.stdout + result.stderr
    return tmp_path


def _write_spec(project: Path, spec: dict[str, Any]) -> None:
    (project / "specs").mkdir(exist_ok=True)
    (project / "specs" / "petstore.yaml").write_text(yaml.safe_dump(spec, sort_keys=False))


def _replace(path: Path, old: str, new: str) -> None:
    text = path.read_text()
    assert old in text, (path, old)
    path.write_text(text.replace(old, new, 1))


def _edit(project: Path) -> None:
    package = project / "sdk" / "petstore"
    _replace(package / "resources" / "pets.py", BODY, MY_BODY)
    _replace(package / "models" / "pet.py", DOCSTRING, PROPERTY)
    (package / "lib").mkdir()
    (package / "lib" / "__init__.py").write_text("")
    (package / "lib" / "helpers.py").write_text(LIB)
    (project / "sdk" / "tests").mkdir()
    (project / "sdk" / "tests" / "test_mine.py").write_text("def test_nothing() -> None: ...\n")


def _changed_spec(**name: Any) -> dict[str, Any]:
    """The spec with an operation added (PUT /pets/{petId}) and fields changed."""
    spec = copy.deepcopy(PETSTORE)
    item = spec["paths"]["/pets/{petId}"]
    item["put"] = {
        "operationId": "replacePet",
        "tags": ["pets"],
        "parameters": copy.deepcopy(item["get"].get("parameters", [])),
        "requestBody": {
            "required": True,
            "content": {"application/json": {"schema": {"$ref": "#/components/schemas/NewPet"}}},
        },
        "responses": {"200": copy.deepcopy(item["get"]["responses"]["200"])},
    }
    pet = spec["components"]["schemas"]["Pet"]["properties"]
    pet["age"] = {"type": "integer", "description": "Age in years."}
    pet["name"].update(name)
    return spec


def test_edits_survive_a_spec_change(project: Path, cli: Cli) -> None:
    package = project / "sdk" / "petstore"
    _edit(project)
    recorded = cli("generate", cwd=project)
    assert recorded.returncode == 0, recorded.stdout + recorded.stderr
    assert "2 files carry your edits; 3 files of your own kept" in recorded.stdout

    _write_spec(project, _changed_spec(description="The pet's name."))
    result = cli("generate", cwd=project)
    assert result.returncode == 0, result.stdout + result.stderr

    pets = (package / "resources" / "pets.py").read_text()
    model = (package / "models" / "pet.py").read_text()
    assert MY_BODY in pets and PROPERTY in model  # the edits
    assert (package / "lib" / "helpers.py").read_text() == LIB  # the owner's own files
    assert (project / "sdk" / "tests" / "test_mine.py").is_file()
    assert "    def update(" in pets  # the new operation
    assert "    age: int | None = None\n" in model  # the changed model
    assert '    """The pet\'s name."""\n' in model
    for text in (pets, model):
        compile(text, "edited", "exec")

    check = cli("generate", "--check", cwd=project)
    assert check.returncode == 0, check.stdout
    assert check.stdout == (
        "sdk: up to date with specs/petstore.yaml; 2 files carry your edits; 0 drift\n"
    )
    report = cli("edits", cwd=project)
    assert report.returncode == 0
    assert (
        "+        limit = 20 if limit is None else limit  # our default page size\n"
        in report.stdout
    )
    assert "+    def label(self) -> str:\n" in report.stdout
    assert report.stdout.endswith("sdk: 2 file(s) carry your edits: 5 lines (+5 -0)\n")


def test_an_edit_the_spec_change_also_rewrites_is_a_conflict(project: Path, cli: Cli) -> None:
    model = project / "sdk" / "petstore" / "models" / "pet.py"
    _replace(model, '"""Name of the pet."""', '"""What its owner calls it."""')
    assert cli("generate", cwd=project).returncode == 0

    _write_spec(project, _changed_spec(description="The pet's name."))
    result = cli("generate", cwd=project)
    assert result.returncode == 1
    assert "sdk: conflict: petstore/models/pet.py\n" in result.stdout
    assert "1 file(s) with conflicts" in result.stdout
    text = model.read_text()
    assert (
        "<<<<<<< yours\n"
        '    """What its owner calls it."""\n'
        "=======\n"
        '    """The pet\'s name."""\n'
        ">>>>>>> generated\n"
    ) in text
    assert "    age: int | None = None\n" in text  # the rest of the new output is there

    # unresolved, the markers are not recorded as an edit: --check and generate say so
    check = cli("generate", "--check", cwd=project)
    assert check.returncode == 1
    assert (
        "  changed: petstore/models/pet.py (conflict markers: resolve them, then run"
        in check.stdout
    )
    assert cli("generate", cwd=project).returncode == 1

    resolved = text.split("<<<<<<< yours\n")[0] + '    """What its owner calls it."""\n'
    model.write_text(resolved + text.split(">>>>>>> generated\n")[1])
    assert cli("generate", cwd=project).returncode == 0
    assert cli("generate", "--check", cwd=project).returncode == 0
    assert '"""What its owner calls it."""' in model.read_text()


def test_check_fails_on_an_edit_made_since_the_last_generate(project: Path, cli: Cli) -> None:
    _edit(project)
    result = cli("generate", "--check", cwd=project)
    assert result.returncode == 1
    assert (
        "  changed: petstore/models/pet.py (edited since the last generate: run it to keep the edit)"
        in result.stdout
    )
    assert "  extra:   petstore/lib/helpers.py (not generated: run `sdkforge generate`" in (
        result.stdout
    )
    assert "API changes: none" in result.stdout  # the owner's property is no API change


def test_check_reports_edits_and_drift_apart(project: Path, cli: Cli) -> None:
    _edit(project)
    assert cli("generate", cwd=project).returncode == 0
    _write_spec(project, _changed_spec())
    result = cli("generate", "--check", cwd=project)
    assert result.returncode == 1
    changed = re.search(r": (\d+) changed, 0 missing, 0 extra file\(s\); ", result.stdout)
    assert changed is not None and int(changed[1]) > 2  # the generator's changes, edited or not
    assert f"; 2 files carry your edits; {changed[1]} drift\n" in result.stdout
    assert result.stdout.count("\n  changed: ") == int(changed[1])
    assert "  added     method Pets.update" in result.stdout


def test_edits_over_max_lines_fail(project: Path, cli: Cli) -> None:
    _edit(project)
    assert cli("generate", cwd=project).returncode == 0
    assert cli("edits", "--max-lines", "5", cwd=project).returncode == 0
    over = cli("edits", "--max-lines", "4", "--quiet", cwd=project)
    assert over.returncode == 1
    assert over.stdout == (
        "sdk: 2 file(s) carry your edits: 5 lines (+5 -0)\n"
        "edits: 5 lines, more than --max-lines 4\n"
    )


def test_the_record_is_written_once_and_deterministic(project: Path, cli: Cli) -> None:
    record = project / "sdk" / RECORD
    first = record.read_bytes()
    shutil.rmtree(project / "sdk")
    assert cli("generate", cwd=project).returncode == 0
    assert record.read_bytes() == first
    stored = read_record(project / "sdk")
    assert stored is not None and not stored.edited and not stored.owned
    assert "sdk/petstore/_client.py" not in stored.pristine
    assert "petstore/_client.py" in stored.pristine


def test_the_record_is_compressed_at_zlibs_default_level(project: Path) -> None:
    # level 9 doubled the record's share of a write for 1-2% fewer bytes; gzip's header
    # says which was used (XFL, byte 8: 2 for the slowest level, 4 for the fastest, else 0)
    written = (project / "sdk" / RECORD).read_bytes()
    assert written[:2] == b"\x1f\x8b" and written[8] == 0


def test_a_regeneration_reads_the_record_once(
    project: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # the record holds the whole tree (a large SDK's takes a tenth of a second to read):
    # the write reuses what the merge read to tell whether its bytes can stay
    from generator import cli as command
    from generator import edits

    reads: list[int] = []
    real = edits.gzip.decompress
    monkeypatch.setattr(edits.gzip, "decompress", lambda data: reads.append(1) or real(data))
    monkeypatch.chdir(project)
    record = (project / "sdk" / RECORD).read_bytes()
    assert command.main(["generate", "-q"]) == 0
    assert len(reads) == 1
    assert (project / "sdk" / RECORD).read_bytes() == record


def test_your_own_files_are_kept_byte_for_byte(project: Path, cli: Cli) -> None:
    logo = project / "sdk" / "petstore" / "lib" / "logo.png"
    logo.parent.mkdir()
    data = bytes(range(256)) + b"\r\n"  # no text: not UTF-8, a CRLF
    logo.write_bytes(data)
    logo.chmod(0o640)
    assert cli("generate", cwd=project).returncode == 0
    _write_spec(project, _changed_spec())
    assert cli("generate", cwd=project).returncode == 0
    assert logo.read_bytes() == data
    assert logo.stat().st_mode & 0o777 == 0o640


def test_a_deleted_generated_file_is_written_again(project: Path, cli: Cli) -> None:
    errors = project / "sdk" / "petstore" / "errors.py"
    errors.unlink()
    assert cli("generate", cwd=project).returncode == 0
    assert errors.is_file()


def test_the_committed_sdks_carry_no_edits(cli: Cli) -> None:
    result = cli("edits", "--max-lines", "0", "--quiet")
    assert result.returncode == 0, result.stdout + result.stderr
    assert result.stdout.endswith("edits: 0 file(s), 0 lines\n")


@pytest.mark.parametrize(
    ("yours", "theirs", "merged", "conflicts"),
    [
        ("a\nB\nc\nd\n", "a\nb\nc\nD\n", "a\nB\nc\nD\n", 0),  # apart: both kept
        ("a\nB\nc\nd\n", "a\nB\nc\nd\n", "a\nB\nc\nd\n", 0),  # alike: once
        ("a\nB\nc\nd\n", "a\nX\nc\nd\n", "a\n<<<<<<< y\nB\n=======\nX\n>>>>>>> g\nc\nd\n", 1),
        ("a\nb\nc\nd", "a\nb\nc\nd\ne\n", "a\nb\nc\nd\ne\n", 0),  # no final newline
    ],
)
def test_three_way_merge(yours: str, theirs: str, merged: str, conflicts: int) -> None:
    result = merge_text("a\nb\nc\nd\n", yours, theirs, your_label="y", their_label="g")
    assert (result.text, result.conflicts) == (merged, conflicts)


def test_an_edited_file_the_generator_no_longer_writes_is_kept(project: Path, cli: Cli) -> None:
    module = project / "sdk" / "petstore" / "models" / "new_pet.py"
    _replace(module, '"""The data needed to create a pet."""', '"""Edited."""')
    assert cli("generate", cwd=project).returncode == 0
    spec = project / "specs" / "petstore.yaml"
    spec.write_text(spec.read_text().replace("NewPet", "PetDraft"))
    result = cli("generate", cwd=project)
    assert result.returncode == 0, result.stdout + result.stderr
    assert (
        "sdk: petstore/models/new_pet.py: no longer generated; your edited copy is kept as your"
        " own file" in result.stderr
    )
    assert '"""Edited."""' in module.read_text()
    assert (project / "sdk" / "petstore" / "models" / "pet_draft.py").is_file()
    assert cli("generate", "--check", cwd=project).returncode == 0


_LINES = st.lists(st.sampled_from(["a\n", "b\n", "c\n", "    ...\n", "\n"]), max_size=30)


@settings(max_examples=300, deadline=None)
@given(base=_LINES, one=_LINES, other=_LINES)
def test_three_way_merge_keeps_what_one_side_changed(
    base: list[str], one: list[str], other: list[str]
) -> None:
    def merged(yours: list[str], theirs: list[str]) -> tuple[str, int]:
        result = merge_text(
            "".join(base), "".join(yours), "".join(theirs), your_label="y", their_label="g"
        )
        return result.text, result.conflicts

    assert merged(one, base) == ("".join(one), 0)  # only yours changed
    assert merged(base, other) == ("".join(other), 0)  # only the generator's output changed
    assert merged(one, one) == ("".join(one), 0)  # both alike
    text, conflicts = merged(one, other)
    assert (conflicts == 0) == ("<<<<<<< y\n" not in text)


def test_edits_of_a_folder_without_a_record_is_one_error_line(tmp_path: Path, cli: Cli) -> None:
    result = cli("edits", str(tmp_path), cwd=tmp_path)
    assert result.returncode == 1
    assert result.stderr == "error: .: no record of a generate here; run `sdkforge generate`\n"
