"""The owner's edits of generated files: recorded by `generate`, kept across regenerations.

`generate` records, in the output folder, what it last wrote: the generator's own output
(the pristine tree), which generated files it wrote with the owner's edits (a hash of each
as written) and which files are the owner's own (not generated: `lib/`, tests). The next
`generate` three-way merges each edited file (pristine, as on disk, freshly generated), so
an edit survives a spec change; `--check` compares the disk with regeneration plus the
recorded edits, so an edit made since the last `generate` still fails it.

The record is one file, `.sdkforge/record.json.gz` (a gzip of sorted JSON, about a tenth of
the tree): outside the package, so nothing imports it and the wheel leaves it out. Its bytes
are rewritten only when what it holds changes, so a machine whose zlib compresses otherwise
does not make it drift.
"""

from __future__ import annotations

import difflib
import gzip
import hashlib
import json
import zlib
from dataclasses import dataclass, field
from pathlib import Path

from generator.controls import escape_controls
from generator.diff3 import has_markers, merge_text
from generator.errors import SdkforgeError

RECORD = ".sdkforge/record.json.gz"
# zlib's default: level 9 took twice the CPU time for 1-2% fewer bytes (GitHub's SDK: 0.31 s
# against 0.16 s, 862 kB against 880 kB), paid by every generate whose output changed
RECORD_LEVEL = 6
_FORMAT = 1
YOURS, GENERATED = "yours", "generated"


@dataclass(frozen=True)
class Record:
    pristine: dict[str, str]  # what the generator wrote, before the owner's edits
    edited: dict[str, str]  # path -> sha256 of the file as written with the owner's edits
    owned: tuple[str, ...]  # files in the folder the generator does not write
    conflicts: tuple[str, ...] = ()  # written with conflict markers, not yet resolved


def digest(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def read_record(output: Path) -> Record | None:
    path = output / RECORD
    if path.is_symlink() or not path.is_file():
        return None
    try:
        data = json.loads(gzip.decompress(path.read_bytes()))
        if data.get("format") != _FORMAT:
            raise ValueError(f"format {data.get('format')!r}, this sdkforge reads {_FORMAT}")
        return Record(
            pristine={str(k): str(v) for k, v in data["pristine"].items()},
            edited={str(k): str(v) for k, v in data["edited"].items()},
            owned=tuple(str(name) for name in data["owned"]),
            conflicts=tuple(str(name) for name in data.get("conflicts", ())),
        )
    except (
        OSError,
        EOFError,
        zlib.error,
        ValueError,
        KeyError,
        TypeError,
        AttributeError,
    ) as error:
        raise SdkforgeError(
            f"{path}: unreadable record of the last generate ({error}); restore it from version"
            " control, or delete it to regenerate without keeping your edits"
        ) from None


def record_bytes(record: Record, output: Path, stored: Record | None) -> bytes:
    """The record as stored; the bytes on disk when they already hold the same record.
    `stored`: what `read_record(output)` gave (the caller has read it; a large SDK's
    record takes a tenth of a second to read again)."""
    if stored is not None and stored == record:
        return (output / RECORD).read_bytes()
    data = {
        "format": _FORMAT,
        "pristine": dict(sorted(record.pristine.items())),
        "edited": dict(sorted(record.edited.items())),
        "owned": sorted(record.owned),
        "conflicts": sorted(record.conflicts),
    }
    text = json.dumps(data, ensure_ascii=False, indent=0, sort_keys=False)
    return gzip.compress(text.encode("utf-8"), compresslevel=RECORD_LEVEL, mtime=0)


@dataclass
class Plan:
    """What `generate` writes: files, the owner's files carried over, and what to say."""

    files: dict[str, str]
    owned: list[str]
    record: Record
    conflicts: list[str] = field(default_factory=list)
    # edited files the generator no longer writes: kept as the owner's own
    orphaned: list[str] = field(default_factory=list)


def plan(record: Record | None, disk: dict[str, str], generated: dict[str, str]) -> Plan:
    """The owner's edits (disk against the record's pristine tree) merged onto `generated`.

    Without a record (an SDK written before sdkforge recorded edits, or a new folder) the
    generated tree is written as it is, as it always was.
    """
    if record is None:
        return Plan(dict(generated), [], Record(dict(generated), {}, ()))
    files: dict[str, str] = {}
    conflicts: list[str] = []
    for path, new in generated.items():
        text, conflicted = _merge_file(record.pristine.get(path), disk.get(path), new)
        files[path] = text
        if conflicted:
            conflicts.append(path)
    orphaned = sorted(
        path
        for path, old in record.pristine.items()
        if path not in generated and path in disk and disk[path] != old
    )
    owned = sorted(
        {path for path in disk if path not in generated and path not in record.pristine}
        | set(orphaned)
    )
    edited = {
        path: digest(text)
        for path, text in files.items()
        if text != generated[path] and path not in conflicts
    }
    record = Record(dict(generated), edited, tuple(owned), tuple(conflicts))
    return Plan(files, owned, record, conflicts, orphaned)


def _merge_file(base: str | None, yours: str | None, new: str) -> tuple[str, bool]:
    """One file's text as `generate` writes it, and whether it carries conflict markers."""
    if yours is None or yours in (base, new):
        return new, False  # unedited, deleted (restored), or already what is generated
    if base == new:
        text = yours  # the generator's output did not change: the edits stay as they are
    else:
        text = merge_text(base or "", yours, new, your_label=YOURS, their_label=GENERATED).text
    return text, has_markers(text, new)


@dataclass(frozen=True)
class Expected:
    """What `--check` expects on disk: regeneration plus the recorded edits."""

    files: dict[str, str]
    edited: list[str]  # files that carry recorded edits
    unrecorded: list[str]  # generated files changed since the last generate
    stale: list[str]  # files whose generated form changed since the last generate


def expected(record: Record, disk: dict[str, str], generated: dict[str, str]) -> Expected:
    files: dict[str, str] = {}
    edited: list[str] = []
    unrecorded: list[str] = []
    for path, new in generated.items():
        text = disk.get(path)
        if text is not None and path in record.edited and record.edited[path] == digest(text):
            edited.append(path)
            files[path] = _merge_file(record.pristine.get(path), text, new)[0]
        else:
            files[path] = new
            if text is not None and text != record.pristine.get(path, new):
                unrecorded.append(path)
    for path in record.owned:
        if path in disk and path not in generated:
            files[path] = disk[path]
    stale = sorted(
        path
        for path in set(generated) | set(record.pristine)
        if generated.get(path) != record.pristine.get(path)
    )
    return Expected(files, sorted(edited), sorted(unrecorded), stale)


@dataclass(frozen=True)
class Patch:
    lines: list[str]
    files: list[str]
    added: int
    removed: int


def patch(record: Record, disk: dict[str, str], label: str) -> Patch:
    """The owner's edits of generated files: a unified diff of the pristine tree against disk."""
    lines: list[str] = []
    files: list[str] = []
    added = removed = 0
    for path, old in sorted(record.pristine.items()):
        new = disk.get(path)
        if new is None or new == old:
            continue
        files.append(path)
        for line in difflib.unified_diff(
            old.splitlines(keepends=True),
            new.splitlines(keepends=True),
            fromfile=f"a/{label}/{path}",
            tofile=f"b/{label}/{path}",
        ):
            if not line.startswith(("---", "+++")):
                added += line.startswith("+")
                removed += line.startswith("-")
            ending = "" if line.endswith("\n") else "\n\\ No newline at end of file"
            lines.append(escape_controls(line.rstrip("\n") + ending, keep="\t\n") + "\n")
    return Patch(lines, files, added, removed)
