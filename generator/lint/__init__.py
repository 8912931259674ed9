"""`sdkforge lint`: what in a spec will make its SDK worse, read from the parser's own
decisions and warnings (see docs/spec-doctor.md)."""

from generator.lint.findings import SEVERITIES, Finding, Severity, at_or_above
from generator.lint.rules import lint

__all__ = ["SEVERITIES", "Finding", "Severity", "at_or_above", "lint"]
