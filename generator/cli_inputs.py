"""What the commands share about their inputs: how a path is shown, the options of a spec
named on the command line, and the confinement of the files a spec brings."""

from __future__ import annotations

import argparse
import os
from pathlib import Path

from generator.config import DEFAULT_HTTP_LIBRARY, SdkConfig, SdkOptions
from generator.errors import one_line
from generator.load.bundle import confine_root


def display(path: Path) -> str:
    """A path as the user reads it: relative, its control characters escaped (a config's
    paths come with the repository, as a pull request writes them)."""
    try:
        return one_line(os.path.relpath(path))
    except ValueError:
        return one_line(str(path))


def spec_options(args: argparse.Namespace) -> SdkOptions:
    """The options of a spec named on the command line."""
    return SdkOptions(
        naming=args.naming or "resources",
        ref_roots=tuple(Path(folder) for folder in args.ref_root),
        overlays=tuple(Path(file) for file in args.overlay),
        http=getattr(args, "http", None) or DEFAULT_HTTP_LIBRARY,
    )


def confine_inputs(target: SdkConfig, project: Path) -> None:
    """The spec and its overlays are read only inside the folder tree they are named from."""
    roots = target.options.ref_roots
    confine_root(target.spec, project, roots, display(target.spec))
    for overlay in target.options.overlays:
        confine_root(overlay, project, roots, display(overlay), kind="overlay")
