"""The spec file itself is confined like every `$ref`: a symlink (or a linked folder) that
leads outside the folder tree it is named from is refused before it is read, by `generate`
and by `generate --check` (which would otherwise quote values from the file it leads to)."""

from __future__ import annotations

from pathlib import Path

import pytest

from generator.cli import main

SECRET_SPEC = (
    "openapi: 3.1.0\ninfo: {title: TOPSECRET-TITLE, version: '1'}\n"
    "paths: {}\ncomponents: {schemas: {TopSecret: {type: object, "
    "properties: {TOPSECRET_FIELD: {type: string}}}}}\n"
)
REFUSED = (
    "the spec file is a symlink (or lies in a linked folder) to a file outside the folder "
    "tree it is named from"
)


@pytest.fixture
def project(tmp_path: Path) -> Path:
    """A project folder with `api.yaml` linked to a spec outside it, `linked/` to the
    folder outside, and `inner.yaml` linked to a spec inside it."""
    outside = tmp_path / "outside"
    outside.mkdir()
    (outside / "secret.yaml").write_text(SECRET_SPEC, encoding="utf-8")
    folder = tmp_path / "project"
    (folder / "specs").mkdir(parents=True)
    (folder / "specs" / "real.yaml").write_text(SECRET_SPEC, encoding="utf-8")
    (folder / "api.yaml").symlink_to(outside / "secret.yaml")
    (folder / "linked").symlink_to(outside, target_is_directory=True)
    (folder / "inner.yaml").symlink_to(Path("specs") / "real.yaml")
    return folder


def _run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str]:
    code = main(["generate", *args])
    captured = capsys.readouterr()
    return code, captured.out + captured.err


def _config(project: Path, spec: str, extra: str = "") -> Path:
    config = project / "pyproject.toml"
    config.write_text(
        f"[tool.sdkforge]\n{extra}[[tool.sdkforge.sdks]]\n"
        f'spec = "{spec}"\noutput = "out"\npackage = "sdk"\n',
        encoding="utf-8",
    )
    return config


@pytest.mark.parametrize("check", [False, True], ids=["generate", "check"])
@pytest.mark.parametrize("spec", ["api.yaml", "linked/secret.yaml", "{project}/api.yaml"])
def test_a_spec_linked_outside_is_refused_on_the_command_line(
    spec: str,
    check: bool,
    project: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.chdir(project)
    spec = spec.replace("{project}", str(project))
    code, output = _run(capsys, spec, "-o", "out", "-p", "sdk", *(["--check"] if check else []))
    assert code == 1
    lines = output.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("error: ") and REFUSED in lines[0], output
    assert "TOPSECRET" not in output
    assert not (project / "out").exists()


@pytest.mark.parametrize("check", [False, True], ids=["generate", "check"])
@pytest.mark.parametrize("spec", ["api.yaml", "linked/secret.yaml"])
def test_a_spec_linked_outside_is_refused_from_the_config(
    spec: str, check: bool, project: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    config = _config(project, spec)
    code, output = _run(capsys, "--config", str(config), "-q", *(["--check"] if check else []))
    assert code == 1
    assert REFUSED in output and len(output.strip().splitlines()) == 1
    assert "TOPSECRET" not in output
    assert not (project / "out").exists()


def test_ref_roots_allow_a_linked_spec_and_links_inside_stay_fine(
    project: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    config = _config(project, "api.yaml", 'ref_roots = ["../outside"]\n')
    code, output = _run(capsys, "--config", str(config), "-q")
    assert code == 0, output
    assert (project / "out" / "sdk" / "models").is_dir()
    # a link to a file inside the folder tree, from the config and on the command line
    config = _config(project, "inner.yaml")
    assert _run(capsys, "--config", str(config), "-q", "--check")[0] == 0
    monkeypatch.chdir(project)
    code, output = _run(capsys, "inner.yaml", "-o", "out2", "-p", "sdk", "-q")
    assert code == 0, output
    # a path the user writes with `..` names its own folder: no link, nothing refused
    monkeypatch.chdir(project / "specs")
    code, output = _run(capsys, "../specs/real.yaml", "-o", "../out3", "-p", "sdk", "-q")
    assert code == 0, output
