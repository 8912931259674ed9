"""Lint findings as text, JSON, GitHub Actions annotations or SARIF 2.1.0."""

from __future__ import annotations

import json
import os
from collections import Counter
from collections.abc import Callable
from urllib.parse import quote

from generator import __version__
from generator.errors import one_line
from generator.lint.findings import RULES, SEVERITIES, Finding

FORMATS = ("text", "json", "github", "sarif")
SARIF_SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json"
_GITHUB_LEVELS = {"error": "error", "warning": "warning", "note": "notice"}


# (the spec as shown, its findings)
Report = tuple[str, list[Finding]]


def render(kind: str, reports: list[Report]) -> str:
    renderers: dict[str, Callable[[list[Report]], str]] = {
        "text": text,
        "json": as_json,
        "github": github,
        "sarif": sarif,
    }
    return renderers[kind](reports)


def counts(findings: list[Finding]) -> dict[str, int]:
    found = Counter(finding.severity for finding in findings)
    return {severity: found[severity] for severity in SEVERITIES}


def text(reports: list[Report]) -> str:
    lines: list[str] = []
    for spec, findings in reports:
        lines.extend(
            one_line(
                f"{spec}#{finding.pointer or '/'}: {finding.severity} [{finding.rule}] "
                f"{finding.message} (fix: {finding.fix})"
            )
            for finding in findings
        )
        tally = counts(findings)
        lines.append(
            f"{spec}: {len(findings)} finding{'s' if len(findings) != 1 else ''} "
            f"({', '.join(f'{n} {severity}' for severity, n in tally.items())})"
        )
    return "".join(line + "\n" for line in lines)


def as_json(reports: list[Report]) -> str:
    document = {
        "counts": counts([finding for _, findings in reports for finding in findings]),
        "reports": [
            {
                "spec": spec,
                "counts": counts(findings),
                "findings": [
                    {
                        "rule": finding.rule,
                        "severity": finding.severity,
                        "pointer": finding.pointer,
                        "message": finding.message,
                        "fix": finding.fix,
                    }
                    for finding in findings
                ],
            }
            for spec, findings in reports
        ],
    }
    return json.dumps(document, indent=2) + "\n"


def _github_escape(value: str, property_value: bool = False) -> str:
    """The workflow-command escapes: `%`, CR, LF always; `:` and `,` in properties."""
    escaped = value.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")
    if property_value:
        escaped = escaped.replace(":", "%3A").replace(",", "%2C")
    return escaped


def github(reports: list[Report]) -> str:
    """One workflow command a finding: GitHub Actions shows them on the spec file."""
    lines = []
    for spec, findings in reports:
        for finding in findings:
            properties = ",".join(
                (
                    f"file={_github_escape(spec, True)}",
                    *([f"line={finding.line}"] if finding.line else []),
                    f"title={_github_escape('sdkforge ' + finding.rule, True)}",
                )
            )
            message = f"#{finding.pointer or '/'}: {finding.message}. Fix: {finding.fix}"
            level = _GITHUB_LEVELS[finding.severity]
            lines.append(f"::{level} {properties}::{_github_escape(message)}")
    return "".join(line + "\n" for line in lines)


def sarif(reports: list[Report]) -> str:
    """A SARIF 2.1.0 log: one run, the rules that fired, one result a finding, located in
    its spec file and, logically, at its JSON pointer."""
    used = sorted({finding.rule for _, findings in reports for finding in findings})
    index = {rule: position for position, rule in enumerate(used)}
    rules = [
        {
            "id": rule,
            "name": "".join(word.capitalize() for word in rule.split("-")),
            "shortDescription": {"text": RULES[rule].title},
            "help": {"text": RULES[rule].fix},
            "defaultConfiguration": {"level": RULES[rule].severity},
        }
        for rule in used
    ]
    results = [
        {
            "ruleId": finding.rule,
            "ruleIndex": index[finding.rule],
            "level": finding.severity,
            "message": {"text": f"{finding.message}. Fix: {finding.fix}"},
            "locations": [
                {
                    "physicalLocation": {
                        "artifactLocation": {"uri": _uri(spec)},
                        **({"region": {"startLine": finding.line}} if finding.line else {}),
                    },
                    "logicalLocations": [
                        {"fullyQualifiedName": "#" + (finding.pointer or "/"), "kind": "member"}
                    ],
                }
            ],
        }
        for spec, findings in reports
        for finding in findings
    ]
    log = {
        "$schema": SARIF_SCHEMA,
        "version": "2.1.0",
        "runs": [
            {
                "tool": {"driver": {"name": "sdkforge", "version": __version__, "rules": rules}},
                "results": results,
            }
        ],
    }
    return json.dumps(log, indent=2) + "\n"


def _uri(path: str) -> str:
    """A file path as a relative URI reference (forward slashes, percent-encoded)."""
    return quote(path.replace(os.sep, "/"))
