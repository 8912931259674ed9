"""The documentation: a README a newcomer can read, and a site that builds with every link checked."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

from tests.helpers import ROOT

README_MAX_LINES = 300


def test_the_site_builds_with_strict_link_and_anchor_checks(tmp_path: Path) -> None:
    # mkdocs.yml makes a missing page, a dead anchor or a page left out of the nav a warning,
    # and strict mode turns a warning into a failed build
    environment = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}
    result = subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "--site-dir", str(tmp_path / "site")],
        cwd=ROOT,
        env=environment,
        capture_output=True,
        text=True,
        timeout=600,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert (tmp_path / "site" / "configuration" / "index.html").is_file()


def test_the_readme_is_short_and_its_links_resolve() -> None:
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    assert len(text.splitlines()) <= README_MAX_LINES
    targets = re.findall(r"\]\(([^)#\s]+)(?:#[^)]*)?\)", text)
    local = [target for target in targets if "://" not in target]
    assert local, "the README links to no page of the docs"
    missing = [target for target in local if not (ROOT / target).exists()]
    assert missing == []


def test_every_page_of_the_docs_is_in_the_site() -> None:
    # a page written beside the others but not listed would be unreachable from the site
    listed = set(re.findall(r"^\s+- [^:]+: (\S+\.md)$", (ROOT / "mkdocs.yml").read_text(), re.M))
    pages = {path.relative_to(ROOT / "docs").as_posix() for path in (ROOT / "docs").rglob("*.md")}
    assert pages == listed


def test_no_tracker_numbers_where_users_read() -> None:
    # behaviour is named, never a tracker number: users of a clone have no tracker
    pattern = re.compile(r"\b[Ii]ssue\s+#?\d+|\(#\d+\)|^#+ .*#\d+", re.M)
    documents = [ROOT / "README.md", *sorted((ROOT / "docs").rglob("*.md"))]
    found = [f"{path.name}: {m.group(0)}" for path in documents for m in pattern.finditer(path.read_text())]
    assert found == []
