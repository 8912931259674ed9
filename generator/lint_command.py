"""`sdkforge lint`: the findings of each spec (one named, or every SDK of the config) in the
format asked for; exit 1 when one is at least as severe as `--fail-on`. `--fix` writes an
OpenAPI Overlay with the fixes lint can make, beside the spec, never editing it."""

from __future__ import annotations

import argparse
import sys
from dataclasses import replace
from pathlib import Path
from typing import Any

from generator.cli_inputs import confine_inputs, display, spec_options
from generator.config import NAMING_MODES, SdkConfig, find_pyproject, load_config
from generator.errors import ConfigError, SdkforgeError, SpecError, one_line
from generator.lint import Finding, at_or_above, lint
from generator.lint.fixes import fix_overlay
from generator.lint.formats import FORMATS, Report, render
from generator.pipeline import Parsed, parse_spec

FIX_SUFFIX = ".sdkforge-overlay.yaml"


def add_lint_parser(commands: Any) -> None:
    lint_parser = commands.add_parser(
        "lint",
        help="report what in a spec makes its SDK worse (exit 1 at --fail-on)",
        description="Findings with their JSON pointer, severity and a one-line fix: names "
        "the parser had to make up, responses without a schema, lists that look paged but "
        "are not, untyped schemas, enum names that clash, credentials outside security, "
        "and the slips read leniently. Without SPEC, lint every SDK of [tool.sdkforge].",
    )
    lint_parser.add_argument("spec", nargs="?", help="an OpenAPI 3.0/3.1 or Swagger 2.0 file")
    lint_parser.add_argument(
        "--format", choices=FORMATS, default="text", help="output format (default: text)"
    )
    lint_parser.add_argument(
        "--fail-on",
        choices=("warning", "error"),
        default="error",
        help="exit 1 when a finding is this severe or more (default: error)",
    )
    lint_parser.add_argument(
        "--fix",
        action="store_true",
        help=f"write an overlay with the fixes lint can make (SPEC's name + {FIX_SUFFIX})",
    )
    lint_parser.add_argument("--fix-output", metavar="FILE", help="with --fix: where to write it")
    lint_parser.add_argument(
        "--overlay", action="append", default=[], metavar="FILE", help="with SPEC: apply first"
    )
    lint_parser.add_argument(
        "--ref-root", action="append", default=[], metavar="DIR", help="with SPEC: see generate"
    )
    lint_parser.add_argument("--naming", choices=NAMING_MODES, help="with SPEC: see generate")
    lint_parser.add_argument("--config", help="pyproject.toml to read [tool.sdkforge] from")
    lint_parser.add_argument("--debug", action="store_true", help="show a traceback on errors")


def _targets(args: argparse.Namespace, parser: argparse.ArgumentParser) -> tuple[list[SdkConfig], Path]:
    if args.spec is not None:
        return [SdkConfig(Path(args.spec), Path("."), "sdk", spec_options(args))], Path.cwd()
    if args.overlay or args.ref_root or args.naming or args.fix_output:
        parser.error("--overlay, --ref-root, --naming and --fix-output go with SPEC")
    path = Path(args.config) if args.config else find_pyproject(Path.cwd())
    if path is None:
        raise ConfigError("no pyproject.toml with [tool.sdkforge] found here or above; pass SPEC")
    config = load_config(path)
    return list(config.sdks), config.root


def run_lint(args: argparse.Namespace, parser: argparse.ArgumentParser) -> int:
    targets, project = _targets(args, parser)
    reports: list[Report] = []
    for target in targets:
        confine_inputs(target, project)
        shown = display(target.spec)
        try:
            parsed = parse_spec(target.spec, package=target.package, options=target.options, display=shown)
        except SpecError as error:
            reports.append((shown, [Finding("refused", error.pointer, error.message)]))
            continue
        findings = lint(parsed)
        if args.format in ("github", "sarif"):  # annotations: the line of each pointer
            # imported here, as yaml below: `generate`, which builds this command's parser,
            # never needs PyYAML for a JSON spec
            from generator.lint.positions import lines_of

            lines = lines_of(target.spec, {finding.pointer for finding in findings})
            findings = [replace(f, line=lines.get(f.pointer, 0)) for f in findings]
        reports.append((shown, findings))
        if args.fix:
            _write_fixes(target, parsed, Path(args.fix_output) if args.fix_output else None)
    sys.stdout.write(render(args.format, reports))
    failing = at_or_above([f for _, findings in reports for f in findings], args.fail_on)
    return 1 if failing else 0


def _write_fixes(target: SdkConfig, parsed: Parsed, output: Path | None) -> None:
    """Write the fix overlay, once it is known to apply: a fix that the parser refuses
    (a pagination marking its response does not fit) is left out, names are kept."""
    destination = output or target.spec.with_name(target.spec.stem + FIX_SUFFIX)
    taken = {target.spec.resolve(), *(path.resolve() for path in target.options.overlays)}
    if destination.resolve() in taken:
        raise ConfigError(
            f"{display(destination)}: --fix writes a new overlay; it never overwrites the spec "
            "or an overlay it read"
        )
    overlay = fix_overlay(parsed.api, parsed.api.title)
    if overlay is None:
        print(f"{display(target.spec)}: nothing lint can fix with an overlay", file=sys.stderr)
        return
    import yaml

    for candidate in (overlay, _names_only(overlay)):
        if candidate is None:
            break
        destination.write_text(yaml.safe_dump(candidate, sort_keys=False, allow_unicode=True), encoding="utf-8")
        try:
            options = replace(target.options, overlays=(*target.options.overlays, destination))
            parse_spec(target.spec, package=target.package, options=options)
        except SdkforgeError as error:
            print(one_line(f"{display(target.spec)}: a fix did not apply: {error}"), file=sys.stderr)
            continue
        print(
            f"{display(target.spec)}: wrote {len(candidate['actions'])} fix(es) to "
            f"{display(destination)}; apply it with --overlay or `overlays = [...]`",
            file=sys.stderr,
        )
        return
    destination.unlink(missing_ok=True)


def _names_only(overlay: dict[str, Any]) -> dict[str, Any] | None:
    actions = [a for a in overlay["actions"] if "x-sdkforge-name" in a["update"]]
    return {**overlay, "actions": actions} if actions else None
