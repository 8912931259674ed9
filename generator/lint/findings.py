"""A lint finding and the rules it can come from: one table, read by every output format."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

Severity = Literal["error", "warning", "note"]
# most severe first
SEVERITIES: tuple[Severity, ...] = ("error", "warning", "note")


@dataclass(frozen=True)
class Rule:
    id: str
    severity: Severity
    title: str  # what the rule finds, one line
    fix: str  # how to fix it, one line (a finding may say more)


RULES: dict[str, Rule] = {
    rule.id: rule
    for rule in (
        Rule(
            "refused",
            "error",
            "The spec cannot be read: no SDK is generated from it",
            "Fix the spec at the pointer (an overlay can), then lint again",
        ),
        Rule(
            "numbered-name",
            "warning",
            "A method or resource name got a number to tell it from another",
            "Name the operation with x-sdkforge-name (sdkforge lint --fix writes one)",
        ),
        Rule(
            "operation-id-name",
            "note",
            "A method name derived from the operationId: no path or verb rule named it",
            "Name it with x-sdkforge-name: resource.method, or tag and shape its path",
        ),
        Rule(
            "inline-schema-name",
            "note",
            "An inline schema got a class name made up from where it sits",
            "Move the schema to components/schemas under the name you want and $ref it",
        ),
        Rule(
            "response-without-schema",
            "warning",
            "A success response declares no schema (or no content): the method returns Any or None",
            "Add a schema to the response's content",
        ),
        Rule(
            "undetected-pagination",
            "warning",
            "A list operation looks paged but no pagination style was detected",
            "Mark it with x-sdkforge-pagination (sdkforge lint --fix writes one where it can)",
        ),
        Rule(
            "untyped-schema",
            "warning",
            "A schema without a type: the SDK types it as Any",
            "Give the schema a type (and properties, for an object)",
        ),
        Rule(
            "enum-duplicate-names",
            "warning",
            "Enum values whose Python names are the same once normalized: one gets a suffix",
            "Make the values distinct beyond case and punctuation, or rename with an overlay",
        ),
        Rule(
            "missing-security",
            "warning",
            "The API sends credentials but the spec does not say so through security",
            "Declare a securityScheme and a security requirement that uses it",
        ),
        Rule(
            "lenient-reading",
            "warning",
            "A slip in the spec was read as what it clearly means",
            "Correct the spec at the pointer (or with an overlay) to silence it",
        ),
        Rule(
            "spec-warning",
            "warning",
            "Something in the spec was worked around while generating",
            "See the message; fix the spec at the pointer or with an overlay",
        ),
    )
}


@dataclass(frozen=True)
class Finding:
    rule: str
    pointer: str
    message: str
    # a finding's own fix line, when it can say more than its rule's
    detail: str = ""
    line: int = 0  # where the pointer is in the spec file (0: not known)

    @property
    def severity(self) -> Severity:
        return RULES[self.rule].severity

    @property
    def fix(self) -> str:
        return self.detail or RULES[self.rule].fix


def at_or_above(findings: list[Finding], threshold: Severity) -> list[Finding]:
    """The findings as severe as `threshold` or more."""
    allowed = SEVERITIES[: SEVERITIES.index(threshold) + 1]
    return [finding for finding in findings if finding.severity in allowed]
