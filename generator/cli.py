"""The `sdkforge` command. Exit codes: 0 ok, 1 drift, breaking API change or bad input, 2 usage error."""

from __future__ import annotations

import argparse
import gc
import json
import sys
import traceback
from collections.abc import Sequence
from pathlib import Path

from generator import __version__, edits
from generator.cli_inputs import confine_inputs, display, spec_options
from generator.config import (
    HTTP_LIBRARIES,
    NAMING_MODES,
    SdkConfig,
    SdkOptions,
    find_pyproject,
    load_config,
)
from generator.diff3 import END, START
from generator.edits import GENERATED, RECORD, YOURS, read_record
from generator.errors import ConfigError, SdkforgeError, SpecWarning, one_line
from generator.lint_command import add_lint_parser, run_lint
from generator.output import compare_tree, read_tree, write_tree
from generator.parse.names import snake_case
from generator.pipeline import Generated, generate_files, generate_stubs
from generator.report import pagination_line, warning_lines


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="sdkforge", description="Typed Python SDKs from OpenAPI specs."
    )
    parser.add_argument("--version", action="version", version=f"sdkforge {__version__}")
    commands = parser.add_subparsers(dest="command", required=True)
    _generate_command(commands)
    api_diff = commands.add_parser(
        "api-diff",
        help="classify the API changes between two versions of a spec (exit 1 if any breaks callers)",
        description="Compare the SDKs two versions of a spec would give, as their stubs declare "
        "them: added, removed and changed resources, methods, parameters, models, fields and "
        "enum values, the ones that break callers marked BREAKING. Exit 1 when anything breaks.",
    )
    api_diff.add_argument("old", help="the spec before (OpenAPI 3.0/3.1 or Swagger 2.0)")
    api_diff.add_argument("new", help="the spec after")
    api_diff.add_argument(
        "--format", choices=("text", "json"), default="text", help="output format (default: text)"
    )
    api_diff.add_argument(
        "--naming", choices=NAMING_MODES, help="method names of both SDKs (default: resources)"
    )
    api_diff.add_argument("--debug", action="store_true", help="show a traceback on errors")
    add_lint_parser(commands)
    _edits_command(commands)
    return parser


def _generate_command(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    generate = commands.add_parser(
        "generate",
        help="generate SDKs (all of [tool.sdkforge], or one SPEC)",
        description="Without SPEC, generate every SDK listed in [tool.sdkforge] of pyproject.toml.",
    )
    generate.add_argument(
        "spec", nargs="?", help="an OpenAPI 3.0/3.1 or Swagger 2.0 file (JSON or YAML)"
    )
    generate.add_argument("--output", "-o", help="folder of the generated project (with SPEC)")
    generate.add_argument(
        "--package", "-p", help="Python package name (with SPEC; default: from --output)"
    )
    generate.add_argument(
        "--check",
        action="store_true",
        help="write nothing; exit 1 with a diff if the output is stale",
    )
    generate.add_argument(
        "--config", help="pyproject.toml to read [tool.sdkforge] from (default: nearest)"
    )
    generate.add_argument(
        "--ref-root",
        action="append",
        default=[],
        metavar="DIR",
        help="with SPEC: a folder besides the spec's own that its $refs may reach (repeatable)",
    )
    generate.add_argument(
        "--overlay",
        action="append",
        default=[],
        metavar="FILE",
        help="with SPEC: an OpenAPI Overlay applied to the spec first (repeatable, in order)",
    )
    generate.add_argument(
        "--formatter", choices=("ruff", "black"), help="formatter (default: ruff, or the config's)"
    )
    loudness = generate.add_mutually_exclusive_group()
    loudness.add_argument(
        "--quiet", "-q", action="store_true", help="print only warnings, drift and errors"
    )
    loudness.add_argument(
        "--verbose",
        "-v",
        action="store_true",
        help="list every warning with its pointer (by default a message repeated at many "
        "places is one line)",
    )
    generate.add_argument(
        "--naming",
        choices=NAMING_MODES,
        help="method names: resources (list, retrieve, ...: the default) or operation-id (with SPEC)",
    )
    generate.add_argument(
        "--http",
        choices=HTTP_LIBRARIES,
        help="the HTTP library the SDK imports: httpx2 (the default) or httpx (with SPEC)",
    )
    generate.add_argument("--debug", action="store_true", help="show a traceback on errors")


def _edits_command(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    show = commands.add_parser(
        "edits",
        help="print your edits of generated files as a patch, with a line count",
        description="Print, as one unified diff, what the SDKs on disk change in the files "
        "sdkforge generated (their output as `generate` last wrote it), and count the lines. "
        "Without OUTPUT, every SDK of [tool.sdkforge]. Exit 1 over --max-lines.",
    )
    show.add_argument("outputs", nargs="*", metavar="OUTPUT", help="a generated SDK's folder")
    show.add_argument(
        "--config", help="pyproject.toml to read [tool.sdkforge] from (default: nearest)"
    )
    show.add_argument(
        "--max-lines",
        type=int,
        metavar="N",
        help="exit 1 when the edits add and remove more than N lines in all",
    )
    show.add_argument("--quiet", "-q", action="store_true", help="only the counts, no patch")
    show.add_argument("--debug", action="store_true", help="show a traceback on errors")


def summary(warnings: Sequence[SpecWarning], shown: int = 3) -> str:
    """One line after the warnings: how many, and everything that was not generated."""
    count = f"{len(warnings)} warning{'s' if len(warnings) != 1 else ''}"
    skipped: dict[str, list[str]] = {}
    for warning in warnings:
        if warning.skipped:
            skipped.setdefault(warning.skipped, []).append(f"#{warning.pointer or '/'}")
    if not skipped:
        return f"{count}; nothing skipped"
    parts = []
    for kind, pointers in skipped.items():
        listed = ", ".join(pointers[:shown]) + (", ..." if len(pointers) > shown else "")
        parts.append(f"{len(pointers)} {kind}{'s' if len(pointers) != 1 else ''} ({listed})")
    return f"{count}; not generated: {'; '.join(parts)} (see the warnings above for why)"


def _targets(
    args: argparse.Namespace, parser: argparse.ArgumentParser
) -> tuple[list[SdkConfig], str, Path | None]:
    """The SDKs to generate, the formatter, and the config's folder (None without one)."""
    if args.spec is not None:
        if not args.output:
            parser.error("--output is required with SPEC")
        package = (
            args.package
            if args.package is not None
            else snake_case(Path(args.output).resolve().name)
        )
        return [
            SdkConfig(
                spec=Path(args.spec),
                output=Path(args.output),
                package=package,
                options=spec_options(args),
            )
        ], args.formatter or "ruff", None
    if args.output or args.package or args.naming or args.ref_root or args.overlay or args.http:
        parser.error(
            "--output, --package, --ref-root, --overlay, --http and --naming go with SPEC"
        )
    path = Path(args.config) if args.config else find_pyproject(Path.cwd())
    if path is None:
        raise ConfigError(
            "no pyproject.toml with [tool.sdkforge] found here or above; pass SPEC --output DIR"
        )
    config = load_config(path)
    return list(config.sdks), args.formatter or config.formatter, config.root


def _generate(args: argparse.Namespace, parser: argparse.ArgumentParser) -> int:
    targets, formatter, config_folder = _targets(args, parser)
    stale = conflicts = 0
    for target in targets:
        label = display(target.output)
        confine_inputs(target, config_folder or Path.cwd())
        result = generate_files(
            target.spec,
            target.package,
            formatter=formatter,
            display=display(target.spec),
            options=target.options,
        )
        for line in warning_lines(result.warnings, verbose=args.verbose):
            print(f"{display(target.spec)}: {line}", file=sys.stderr)
        if result.warnings:
            print(one_line(f"{display(target.spec)}: {summary(result.warnings)}"), file=sys.stderr)
        if args.check:
            if not _check(target, result, label, quiet=args.quiet):
                stale += 1
        else:
            conflicts += _write(target, result, label, quiet=args.quiet)
    if conflicts:
        print(
            f"{conflicts} file(s) with conflicts between your edits and the new output: keep"
            f" what each needs between the {START} {YOURS} and {END} {GENERATED} lines, remove"
            " the markers, then run `sdkforge generate` again."
        )
        return 1
    if stale:
        print(f"{stale} SDK(s) out of date: run `sdkforge generate` and commit the result.")
        return 1
    return 0


def _sources(target: SdkConfig) -> str:
    """What an SDK is made from, as the user reads it: the spec, then its overlays in the
    order they apply."""
    return " + ".join(display(path) for path in (target.spec, *target.options.overlays))


def _write(target: SdkConfig, result: Generated, label: str, *, quiet: bool) -> int:
    """Write one SDK with the owner's edits merged in; the number of files in conflict."""
    record = read_record(target.output)
    disk = read_tree(target.output) if record is not None else {}
    merged = edits.plan(record, disk, result.files)
    stored = edits.record_bytes(merged.record, target.output, record)
    write_tree(merged.files, target.output, keep=merged.owned, binary={RECORD: stored})
    for relative in merged.orphaned:
        print(
            one_line(
                f"{label}: {relative}: no longer generated; your edited copy is kept as your own file"
            ),
            file=sys.stderr,
        )
    for relative in merged.conflicts:
        print(one_line(f"{label}: conflict: {relative}"))
    if not quiet:
        kept = _edits_line(len(merged.record.edited), len(merged.owned))
        print(
            f"{label}: wrote {len(result.files)} files from {_sources(target)}"
            + (f"; {kept}" if kept else "")
        )
        paged = pagination_line(result.api)
        if paged is not None:
            print(f"{label}: {paged}")
    return len(merged.conflicts)


def _edits_line(edited: int, owned: int) -> str:
    parts = []
    if edited:
        parts.append(f"{edited} file{'s carry' if edited != 1 else ' carries'} your edits")
    if owned:
        parts.append(f"{owned} file{'s' if owned != 1 else ''} of your own kept")
    return "; ".join(parts)


def _check(target: SdkConfig, result: Generated, label: str, *, quiet: bool) -> bool:
    """Whether the SDK on disk is regeneration plus the recorded edits; a report if not."""
    record = read_record(target.output)
    recorded: edits.Expected | None = None
    if record is None:
        drift = compare_tree(result.files, target.output, label)
    else:
        recorded = edits.expected(record, read_tree(target.output), result.files)
        drift = compare_tree(recorded.files, target.output, label)
    kept = "" if recorded is None else _edits_line(len(recorded.edited), 0)
    drifted = sorted(
        {*drift.changed, *drift.missing, *drift.extra, *(recorded.stale if recorded else ())}
    )
    if drift.clean and not drifted:
        if not quiet:
            print(
                f"{label}: up to date with {_sources(target)}"
                + (f"; {kept}; 0 drift" if kept else "")
            )
        return True
    print(
        f"{label}: out of date with {_sources(target)}: "
        f"{len(drift.changed)} changed, {len(drift.missing)} missing, {len(drift.extra)} extra file(s)"
        + (f", {len(drift.not_followed)} not regular" if drift.not_followed else "")
        + (f"; {kept}; {len(drifted)} drift" if kept else "")
    )
    for relative in drift.not_followed:
        # named only: its target (a secret, a device) is never read or printed
        kind = "symlink" if (target.output / relative).is_symlink() else "special"
        print(one_line(f"  {kind}: {relative} (not followed, not read)"))
    unrecorded = set(recorded.unrecorded if recorded else ())
    for relative in drift.changed:
        why = ""
        if record is not None and relative in record.conflicts:
            why = " (conflict markers: resolve them, then run `sdkforge generate`)"
        elif relative in unrecorded:
            why = " (edited since the last generate: run it to keep the edit)"
        print(one_line(f"  changed: {relative}{why}"))
    for relative in drift.missing:
        print(one_line(f"  missing: {relative}"))
    for relative in drift.extra:
        why = " (not generated: run `sdkforge generate` to keep it as yours)" if record else ""
        print(one_line(f"  extra:   {relative}{why}"))
    sys.stdout.writelines(drift.diff)
    # the API on disk against what `generate` would write (the recorded edits included)
    for line in _api_changes(drift.disk, (recorded or result).files, target.package):
        print(one_line(line))
    return False


def _api_changes(disk: dict[str, str], files: dict[str, str], package: str) -> list[str]:
    """The drift as API changes: the stubs on disk against the fresh ones."""
    # imported here: only a drifted --check and api-diff need them (start-up of every run)
    from generator import apidiff
    from generator.surface import has_stubs, read_surface

    if not has_stubs(disk, package):
        return ["API changes: not known (the SDK on disk has no stubs to compare with)"]
    changes = apidiff.compare(read_surface(disk, package), read_surface(files, package))
    if not changes:
        return ["API changes: none"]
    return ["API changes:", *(f"  {line}" for line in apidiff.text_lines(changes))]


def _edits(args: argparse.Namespace) -> int:
    if args.outputs:
        outputs = [Path(folder) for folder in args.outputs]
    else:
        path = Path(args.config) if args.config else find_pyproject(Path.cwd())
        if path is None:
            raise ConfigError(
                "no pyproject.toml with [tool.sdkforge] found here or above; pass OUTPUT"
            )
        outputs = [sdk.output for sdk in load_config(path).sdks]
    files = lines = 0
    for output in outputs:
        label = display(output)
        record = read_record(output)
        if record is None:
            raise SdkforgeError(f"{label}: no record of a generate here; run `sdkforge generate`")
        found = edits.patch(record, read_tree(output), label)
        if not args.quiet:
            sys.stdout.writelines(found.lines)
        print(
            f"{label}: {len(found.files)} file(s) carry your edits: "
            f"{found.added + found.removed} lines (+{found.added} -{found.removed})"
        )
        files += len(found.files)
        lines += found.added + found.removed
    if len(outputs) > 1:
        print(f"edits: {files} file(s), {lines} lines")
    if args.max_lines is not None and lines > args.max_lines:
        print(f"edits: {lines} lines, more than --max-lines {args.max_lines}")
        return 1
    return 0


def _api_diff(args: argparse.Namespace) -> int:
    from generator import apidiff
    from generator.surface import read_surface

    surfaces = []
    for spec in (args.old, args.new):
        options = SdkOptions(naming=args.naming or "resources")
        result = generate_stubs(Path(spec), "sdk", display=display(Path(spec)), options=options)
        for line in warning_lines(result.warnings):
            print(f"{display(Path(spec))}: {line}", file=sys.stderr)
        surfaces.append(read_surface(result.files, "sdk"))
    changes = apidiff.compare(surfaces[0], surfaces[1])
    if args.format == "json":
        report = apidiff.as_json(changes, old=args.old, new=args.new)
        print(json.dumps(report, indent=2))
    elif not changes:
        print(f"No API changes from {args.old} to {args.new}.")
    else:
        breaking = sum(change.breaking for change in changes)
        print(f"API changes from {args.old} to {args.new}:")
        for line in apidiff.text_lines(changes):
            print(one_line(f"  {line}"))
        print(f"{len(changes)} change(s), {breaking} breaking.")
    return 1 if apidiff.breaking(changes) else 0


def main(argv: Sequence[str] | None = None) -> int:
    # A spec becomes hundreds of thousands of dicts, lists and IR objects that all live
    # until the end of this short process, and make almost no reference cycles: the cyclic
    # collector would walk them again and again for nothing (1.8 s of an 8 s run on a
    # 3.6 MB spec). Reference counting still frees everything else.
    collecting = gc.isenabled()
    gc.disable()
    try:
        return _main(argv)
    finally:
        if collecting:
            gc.enable()


def _main(argv: Sequence[str] | None) -> int:
    parser = _parser()
    args = parser.parse_args(argv)
    try:
        if args.command == "api-diff":
            return _api_diff(args)
        if args.command == "lint":
            return run_lint(args, parser)
        if args.command == "edits":
            return _edits(args)
        return _generate(args, parser)
    except SdkforgeError as error:
        if args.debug:
            traceback.print_exc()
        print(f"error: {one_line(str(error))}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        return 130
    except Exception as error:  # noqa: BLE001 - a bug of ours: still one line unless asked for more
        if args.debug:
            traceback.print_exc()
        print(
            one_line(
                f"internal error: {type(error).__name__}: {error} (run with --debug for a traceback)"
            ),
            file=sys.stderr,
        )
        return 1
