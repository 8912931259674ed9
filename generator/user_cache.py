"""The folder where sdkforge keeps what it derives from its own files between runs.

$SDKFORGE_CACHE_DIR, else $XDG_CACHE_HOME/sdkforge, else ~/.cache/sdkforge; an empty
SDKFORGE_CACHE_DIR turns every cache off. A cache never fails a run: a folder that cannot
be made is no cache. What is kept there: compiled templates (generator.render.render) and
the facts read from the runtime's source (generator.runtime_source).
"""

from __future__ import annotations

import os

from generator import __version__


def cache_folder(kind: str) -> str | None:
    """`<root>/<kind>-<sdkforge version>`, made if missing; None when caching is off."""
    configured = os.environ.get("SDKFORGE_CACHE_DIR")
    if configured == "":
        return None
    if configured is None:
        xdg = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
        configured = os.path.join(xdg, "sdkforge")
    folder = os.path.join(configured, f"{kind}-{__version__}")
    try:
        os.makedirs(folder, exist_ok=True)
    except OSError:
        return None
    return folder
