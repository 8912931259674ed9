"""`sdkforge lint`: findings read from the parser's decisions, each at its pointer with a
severity and a fix; four output formats; exit codes; `--fix` writes an overlay that the
next run applies, the vendor's file untouched."""

from __future__ import annotations

import json
import re
import shutil
from pathlib import Path
from typing import Any

import pytest
import yaml

from generator.lint.findings import RULES, SEVERITIES
from tests.helpers import ROOT, Cli

SLOPPY = Path(__file__).with_name("sloppy.yaml")
CLEAN = "openapi: 3.1.0\ninfo: {title: t, version: '1'}\npaths: {}\n"

# (rule, pointer): what a person reading sloppy.yaml would point at
EXPECTED = {
    ("lenient-reading", "/info/version"),
    ("untyped-schema", "/components/schemas/Thing/properties/extra"),
    ("inline-schema-name", "/components/schemas/Thing/properties/owner"),
    ("enum-duplicate-names", "/components/schemas/Thing/properties/mode/enum"),
    ("missing-security", "/components/securitySchemes"),
    ("missing-security", "/paths/~1things~1{id}/get/parameters"),
    ("operation-id-name", "/paths/~1things/delete"),
    ("undetected-pagination", "/paths/~1things/get"),
    ("response-without-schema", "/paths/~1things~1{id}/get/responses/200"),
    (
        "response-without-schema",
        "/paths/~1things~1{id}~1report/get/responses/200/content/application~1json",
    ),
    ("numbered-name", "/paths/~1things~1{id}~1summary/get"),
}


@pytest.fixture
def sloppy(tmp_path: Path) -> Path:
    spec = tmp_path / "sloppy.yaml"
    shutil.copyfile(SLOPPY, spec)
    return spec


def _findings(cli: Cli, *args: str, cwd: Path) -> list[dict[str, Any]]:
    result = cli("lint", *args, "--format", "json", cwd=cwd)
    report = json.loads(result.stdout)
    return [finding for entry in report["reports"] for finding in entry["findings"]]


def test_each_rule_finds_what_makes_the_sdk_worse_at_its_pointer(sloppy: Path, cli: Cli) -> None:
    found = {(f["rule"], f["pointer"]) for f in _findings(cli, sloppy.name, cwd=sloppy.parent)}
    assert EXPECTED <= found, EXPECTED - found


def test_json_output_has_one_entry_a_finding_with_severity_and_fix(sloppy: Path, cli: Cli) -> None:
    result = cli("lint", sloppy.name, "--format", "json", cwd=sloppy.parent)
    report = json.loads(result.stdout)
    assert set(report) == {"counts", "reports"}
    (entry,) = report["reports"]
    assert entry["spec"] == "sloppy.yaml"
    for finding in entry["findings"]:
        assert set(finding) == {"rule", "severity", "pointer", "message", "fix"}
        assert finding["rule"] in RULES and finding["severity"] in SEVERITIES
        assert finding["pointer"].startswith("/") and finding["message"] and finding["fix"]
        assert "\n" not in finding["fix"]
    tally = {s: sum(f["severity"] == s for f in entry["findings"]) for s in SEVERITIES}
    assert entry["counts"] == tally == report["counts"]


def _check_sarif(log: dict[str, Any]) -> None:
    """What SARIF 2.1.0 requires of a log, a run, a rule and a result (the OASIS standard's
    sections 3.13, 3.14, 3.19, 3.27, 3.49; no copy of its JSON schema is installed here)."""
    assert log["version"] == "2.1.0"
    assert log["$schema"].endswith("sarif-2.1.0.json")
    (run,) = log["runs"]
    driver = run["tool"]["driver"]
    assert isinstance(driver["name"], str) and driver["name"]
    ids = [rule["id"] for rule in driver["rules"]]
    assert len(ids) == len(set(ids))
    for rule in driver["rules"]:
        assert rule["shortDescription"]["text"]
        assert rule["defaultConfiguration"]["level"] in ("none", "note", "warning", "error")
    for result in run["results"]:
        assert result["message"]["text"]
        assert result["level"] in ("none", "note", "warning", "error")
        assert 0 <= result["ruleIndex"] < len(ids) and ids[result["ruleIndex"]] == result["ruleId"]
        (location,) = result["locations"]
        uri = location["physicalLocation"]["artifactLocation"]["uri"]
        assert uri and " " not in uri and "\\" not in uri
        if "region" in location["physicalLocation"]:
            assert location["physicalLocation"]["region"]["startLine"] >= 1
        assert location["logicalLocations"][0]["fullyQualifiedName"].startswith("#/")


def test_sarif_output_is_a_valid_sarif_log(sloppy: Path, cli: Cli) -> None:
    result = cli("lint", sloppy.name, "--format", "sarif", cwd=sloppy.parent)
    log = json.loads(result.stdout)
    _check_sarif(log)
    rules = {r["ruleId"] for r in log["runs"][0]["results"]}
    assert {rule for rule, _ in EXPECTED} <= rules
    # located on the line of the pointer: `version: 1` is line 4 of the spec
    (version,) = [r for r in log["runs"][0]["results"] if r["ruleId"] == "lenient-reading"]
    assert version["locations"][0]["physicalLocation"]["region"] == {"startLine": 4}


def test_sarif_check_catches_a_broken_log(sloppy: Path, cli: Cli) -> None:
    log = json.loads(cli("lint", sloppy.name, "--format", "sarif", cwd=sloppy.parent).stdout)
    log["runs"][0]["results"][0]["ruleId"] = "no-such-rule"
    with pytest.raises(AssertionError):
        _check_sarif(log)


def test_github_output_is_one_workflow_command_a_finding(sloppy: Path, cli: Cli) -> None:
    text = cli("lint", sloppy.name, "--format", "github", cwd=sloppy.parent).stdout
    lines = text.splitlines()
    assert len(lines) == len(_findings(cli, sloppy.name, cwd=sloppy.parent))
    for line in lines:
        level, _, rest = line.partition(" ")
        assert level in ("::error", "::warning", "::notice")
        assert re.match(r"file=sloppy\.yaml,(line=[1-9]\d*,)?title=sdkforge [a-z-]+::", rest)
        assert "::#/" in rest
    assert "::warning file=sloppy.yaml,line=4,title=sdkforge lenient-reading::#/info/version:" in text


def test_exit_codes_follow_fail_on(sloppy: Path, tmp_path: Path, cli: Cli) -> None:
    # warnings fail only when asked to
    assert cli("lint", sloppy.name, cwd=sloppy.parent).returncode == 0
    assert cli("lint", sloppy.name, "--fail-on", "warning", cwd=sloppy.parent).returncode == 1
    # a spec with nothing to say passes either way
    clean = tmp_path / "clean.yaml"
    clean.write_text(CLEAN, encoding="utf-8")
    assert cli("lint", clean.name, "--fail-on", "warning", cwd=tmp_path).returncode == 0
    # a refused spec is an error finding, with its pointer
    broken = tmp_path / "broken.yaml"
    broken.write_text(CLEAN.replace("paths: {}", "paths: [1]"), encoding="utf-8")
    result = cli("lint", broken.name, cwd=tmp_path)
    assert result.returncode == 1
    assert result.stdout.startswith("broken.yaml#/paths: error [refused] ")


def test_fix_writes_an_overlay_that_the_next_run_applies(sloppy: Path, cli: Cli) -> None:
    vendor = sloppy.read_bytes()
    result = cli("lint", sloppy.name, "--fix", cwd=sloppy.parent)
    assert "wrote 2 fix(es) to sloppy.sdkforge-overlay.yaml" in result.stderr
    assert sloppy.read_bytes() == vendor  # the vendor's file is never edited
    overlay = sloppy.with_name("sloppy.sdkforge-overlay.yaml")
    after = _findings(cli, sloppy.name, "--overlay", overlay.name, cwd=sloppy.parent)
    rules = {f["rule"] for f in after}
    assert "numbered-name" not in rules and "undetected-pagination" not in rules
    assert "enum-duplicate-names" in rules  # what an overlay of lint's cannot fix stays
    # and it never overwrites an overlay it read
    again = cli("lint", sloppy.name, "--overlay", overlay.name, "--fix", "--fix-output", overlay.name, cwd=sloppy.parent)
    assert again.returncode == 1 and "never overwrites" in again.stderr


def test_the_pre_commit_hook_lints_every_sdk_of_the_config_with_its_overlays(
    sloppy: Path, cli: Cli
) -> None:
    hooks = yaml.safe_load((ROOT / ".pre-commit-hooks.yaml").read_text())
    (hook,) = [hook for hook in hooks if hook["id"] == "sdkforge-lint"]
    assert hook["pass_filenames"] is False
    command = hook["entry"].split()
    assert command[:2] == ["sdkforge", "lint"]
    project = sloppy.parent
    (project / "pyproject.toml").write_text(
        '[tool.sdkforge]\n[[tool.sdkforge.sdks]]\nspec = "sloppy.yaml"\noutput = "out"\n'
        'package = "sloppy"\n',
        encoding="utf-8",
    )
    assert cli(*command[1:], cwd=project).returncode == 0
    assert cli(*command[1:], "--fail-on", "warning", cwd=project).returncode == 1
    # the config's overlays apply: lint --fix's overlay takes its two findings away
    assert cli("lint", "sloppy.yaml", "--fix", cwd=project).returncode == 0
    with (project / "pyproject.toml").open("a", encoding="utf-8") as config:
        config.write('overlays = ["sloppy.sdkforge-overlay.yaml"]\n')
    rules = {f["rule"] for f in _findings(cli, cwd=project)}
    assert rules and not rules & {"numbered-name", "undetected-pagination"}
