"""Bring `$ref`s into other files into the root document, so that every ref is local.

A ref to `other.yaml#/components/schemas/Pet` becomes `#/components/schemas/Pet` (renamed
when the root already has a different `Pet`); the target is copied once, and refs inside it
are rewritten relative to the file they came from. Recursive refs stay refs.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from generator.errors import SpecError, SpecWarning, join_pointer
from generator.load.pointers import resolve_pointer, split_pointer
from generator.load.reader import read_document

# Keys whose values are data (examples, defaults), never schemas: a `$ref` in them is text.
# Only as keys of an object: in a map of names (`responses`, `components/schemas`,
# `properties`) `default` is a status and `value` a schema's name.
_DATA_KEYS = frozenset({"example", "examples", "default", "enum", "const", "value"})
# Maps from names to schemas: a property called `$ref` is not a reference.
_NAME_MAPS = frozenset({"properties", "patternProperties", "$defs", "definitions"})
_COMPONENT_KINDS = frozenset(
    {
        "schemas",
        "parameters",
        "responses",
        "requestBodies",
        "headers",
        "examples",
        "links",
        "callbacks",
        "securitySchemes",
        "pathItems",
    }
)

# Swagger 2.0 sections that become components once converted (see swagger2.py).
_SWAGGER2_SECTIONS = {
    "schemas": "definitions",
    "parameters": "parameters",
    "responses": "responses",
}


class Bundler:
    def __init__(
        self, root_path: Path, root: Any, display: str, ref_roots: Sequence[Path] = ()
    ) -> None:
        self.root_path = root_path.resolve()
        self.root = root
        self.display = display
        # External refs resolve only inside these folders (symlinks resolved first): the
        # spec's own folder tree and what the config's `ref_roots` adds.
        self.ref_roots = (self.root_path.parent, *(folder.resolve() for folder in ref_roots))
        # local pointers of what was copied in from other files: an error there does not
        # quote the value (the line shows values from the spec itself only)
        self.foreign: set[str] = set()
        self.documents: dict[Path, Any] = {self.root_path: root}
        self.copied: dict[tuple[Path, str], str] = {}
        self.added: dict[str, dict[str, Any]] = {}
        self.warnings: list[SpecWarning] = []
        self.verified: set[str] = set()  # fragments of the root known to exist

    def bundle(self) -> Any:
        if not isinstance(self.root, dict):
            return self.root
        result = self._walk(self.root, self.root_path, "", "schemas")
        if self.added:
            components = dict(result.get("components") or {})
            for kind, entries in self.added.items():
                merged = dict(components.get(kind) or {})
                merged.update(entries)
                components[kind] = merged
            result["components"] = components
        return result

    def _display(self, path: Path) -> str:
        if path == self.root_path:
            return self.display
        try:
            return str(path.relative_to(self.root_path.parent))
        except ValueError:
            return str(path)

    def _walk(self, node: Any, base: Path, pointer: str, kind: str) -> Any:
        # (scalars are not walked into: about half of a spec's nodes, and nothing to do)
        if isinstance(node, list):
            return [
                self._walk(item, base, f"{pointer}/{i}", kind)
                if isinstance(item, (dict, list))
                else item
                for i, item in enumerate(node)
            ]
        if not isinstance(node, dict):
            return node
        ref = node.get("$ref")
        if isinstance(ref, str) and kind == "pathItems":
            # 3.0 has no components for path items: the referenced one is copied in place.
            return self._inline_path_item(ref, base, pointer)
        if isinstance(ref, str):
            if kind == "schemas":
                found = self._schema_target(ref, base, pointer)
                if isinstance(found, str):
                    # the intent (some schema) is clear, the target is missing: any value
                    where = "" if base == self.root_path else f"in {self._display(base)}: "
                    self.warnings.append(
                        SpecWarning(join_pointer(pointer, "$ref"), f"{where}{found}")
                    )
                    return {key: value for key, value in node.items() if key == "description"}
                if found is not None and _is_parameter(found[2]):
                    # a schema $ref to a parameter: the schema it holds, read in its place
                    path, fragment, parameter = found
                    self.warnings.append(
                        SpecWarning(
                            join_pointer(pointer, "$ref"),
                            f"$ref {ref!r} points to a parameter, not a schema; read as that "
                            "parameter's schema",
                        )
                    )
                    if path != self.root_path:
                        self.foreign.add(pointer)
                    return self._walk(
                        parameter["schema"], path, join_pointer(fragment, "schema"), "schemas"
                    )
            rewritten = dict(node)
            rewritten["$ref"] = self._rewrite(ref, base, pointer, kind)
            return rewritten
        result: dict[str, Any] = {}
        names = kind.startswith("map:") or pointer == "/components"
        for key, value in node.items():
            if not isinstance(value, (dict, list)):
                result[key] = value
                continue
            child = join_pointer(pointer, key)
            if key.startswith("x-") or (
                not names
                and key in _DATA_KEYS
                and not (key == "examples" and _is_example_map(value))
            ):
                # vendor extensions are opaque: a `$ref` inside one is not ours to follow
                result[key] = value
            elif key in _NAME_MAPS and isinstance(value, dict):
                result[key] = {
                    name: self._walk(sub, base, join_pointer(child, name), "schemas")
                    for name, sub in value.items()
                }
            else:
                result[key] = self._walk(value, base, child, _child_kind(key, kind, pointer))
        return result

    def _rewrite(self, ref: str, base: Path, pointer: str, kind: str) -> str:
        location, _, fragment = ref.partition("#")
        if not location:
            target_path = base
        elif "://" in location:
            raise SpecError(
                self._display(base),
                pointer,
                f"$ref {ref!r} points to a URL; only local files are supported",
            )
        else:
            target_path = self._file(base, location, ref, pointer)
        if target_path == self.root_path:
            if fragment not in self.verified:
                self._check_exists(target_path, fragment, ref, base, pointer)
                self.verified.add(fragment)
            return "#" + fragment
        key = (target_path, fragment)
        if key in self.copied:
            return self.copied[key]
        target = self._check_exists(target_path, fragment, ref, base, pointer)
        target_kind, name = _placement(fragment, target_path, kind)
        name = self._unique_name(target_kind, name)
        local = "#" + join_pointer("/components", target_kind, name)
        self.copied[key] = local
        self.added.setdefault(target_kind, {})[name] = None  # reserve before recursing
        self.added[target_kind][name] = self._walk(target, target_path, fragment, target_kind)
        self.foreign.add(local[1:])
        return local

    def _schema_target(
        self, ref: str, base: Path, pointer: str
    ) -> tuple[Path, str, Any] | str | None:
        """A schema ref's file, fragment and target; or why it is read as Any (a missing
        place in a file, or a missing file beside the spec, inside the allowed folders);
        None for a URL (refused when rewritten)."""
        location, _, fragment = ref.partition("#")
        if "://" in location:
            return None
        path = self._file(base, location, ref, pointer) if location else base
        if path not in self.documents and not path.is_file():
            return f"$ref {ref!r}: file {self._display(path)} not found; typed as Any"
        try:
            return path, fragment, resolve_pointer(self._document(path, base, "", ref), fragment)
        except KeyError:
            return f"$ref {ref!r} points to nothing; typed as Any"

    def _inline_path_item(self, ref: str, base: Path, pointer: str) -> Any:
        location, _, fragment = ref.partition("#")
        target_path = self._file(base, location, ref, pointer) if location else base
        target = self._check_exists(target_path, fragment, ref, base, pointer)
        if target_path != self.root_path:
            self.foreign.add(pointer)
        return self._walk(target, target_path, fragment, "schemas")

    def _file(self, base: Path, location: str, ref: str, pointer: str) -> Path:
        """The file a ref's location names, relative to the file the ref is in.

        Refused, the same way whether it exists or not, when it lies outside the allowed
        folders: the error names the ref, never what is (or is not) at that place.
        """
        try:
            path = (base.parent / location).resolve()
        except (OSError, ValueError):
            path = None  # a name the OS refuses (NUL, too long)
        if path is not None and not any(path.is_relative_to(root) for root in self.ref_roots):
            raise SpecError(
                self._display(base),
                join_pointer(pointer, "$ref"),
                f"$ref {ref!r} points outside the spec's folder; external refs resolve only "
                "inside it (add folders with `ref_roots` in [tool.sdkforge])",
            )
        try:
            if path is None:
                raise ValueError(location)
            path.is_file()  # a name the OS refuses fails here
        except (OSError, ValueError):
            raise SpecError(
                self._display(base),
                join_pointer(pointer, "$ref"),
                f"$ref {ref!r} is not a valid file reference",
            ) from None
        return path

    def _check_exists(self, path: Path, fragment: str, ref: str, base: Path, pointer: str) -> Any:
        document = self._document(path, base, pointer, ref)
        try:
            return resolve_pointer(document, fragment)
        except KeyError:
            raise SpecError(
                self._display(base),
                join_pointer(pointer, "$ref"),
                f"$ref {ref!r} points to nothing",
            ) from None

    def _document(self, path: Path, base: Path, pointer: str, ref: str) -> Any:
        if path not in self.documents:
            if not path.is_file():
                raise SpecError(
                    self._display(base),
                    join_pointer(pointer, "$ref"),
                    f"$ref {ref!r}: file {self._display(path)} not found",
                )
            shown = self._display(path)
            found: list[SpecWarning] = []
            self.documents[path] = read_document(path, shown, found)
            # (pointers into that file, not the root document)
            self.warnings.extend(
                SpecWarning(warning.pointer, f"in {shown}: {warning.message}") for warning in found
            )
        return self.documents[path]

    def _unique_name(self, kind: str, name: str) -> str:
        existing = set(((self.root.get("components") or {}).get(kind) or {}).keys())
        if "swagger" in self.root and kind in _SWAGGER2_SECTIONS:
            # a 2.0 root: its own `definitions` etc. become these components afterwards
            section = self.root.get(_SWAGGER2_SECTIONS[kind])
            if isinstance(section, dict):
                existing |= set(section)
        existing |= set(self.added.get(kind, {}))
        candidate, counter = name, 2
        while candidate in existing:
            candidate = f"{name}{counter}"
            counter += 1
        return candidate


def _is_parameter(target: Any) -> bool:
    """A parameter object (`{name, in, schema}`), where a schema was expected."""
    return isinstance(target, dict) and "in" in target and isinstance(target.get("schema"), dict)


def _is_example_map(value: Any) -> bool:
    return isinstance(value, dict) and all(isinstance(v, dict) for v in value.values())


_MAP_KEYS = {
    "responses": "responses",
    "headers": "headers",
    "examples": "examples",
    "links": "links",
    "callbacks": "callbacks",
}


def _child_kind(key: str, kind: str, pointer: str) -> str:
    """What a `$ref` found at the child `key` would stand for (a component kind)."""
    if kind.startswith("map:"):
        return kind[4:]
    if pointer == "/components":
        return "map:" + key
    if key in _MAP_KEYS:
        return "map:" + _MAP_KEYS[key]
    if key == "paths" and not pointer:
        return "map:pathItems"
    if key == "parameters" and not pointer:
        return "map:parameters"  # Swagger 2.0's shared parameters
    if key == "parameters":
        return "parameters"
    if key == "requestBody":
        return "requestBodies"
    return "schemas"


def _placement(fragment: str, path: Path, kind: str) -> tuple[str, str]:
    tokens = split_pointer(fragment) if fragment.startswith("/") else []
    if (
        len(tokens) == len(("components", "kind", "name"))
        and tokens[0] == "components"
        and (tokens[1] in _COMPONENT_KINDS)
    ):
        return tokens[1], tokens[2]
    kind = kind.removeprefix("map:")
    if tokens:
        return kind, tokens[-1]
    return kind, path.stem


def confine_root(
    spec: Path, project: Path, ref_roots: Sequence[Path], display: str, kind: str = "spec"
) -> None:
    """The spec file itself, like every `$ref`, is read only inside the folder tree it is
    named from, symlinks resolved: `project` (the config's folder, or the current one) when
    the path as written lies inside it, else the folder the path names; or a `ref_roots`
    folder. A link committed as `api.yaml` (or a linked folder) to a file elsewhere on the
    machine is refused before it is read: a drift check would quote it. Overlay files
    (`kind` "overlay") are confined the same way."""
    written = Path(os.path.abspath(spec))
    folder = project if written.is_relative_to(os.path.abspath(project)) else written.parent
    real = spec.resolve()
    if not any(real.is_relative_to(root.resolve()) for root in (folder, *ref_roots)):
        raise SpecError(
            display,
            "",
            f"the {kind} file is a symlink (or lies in a linked folder) to a file outside the "
            f"folder tree it is named from; {kind}s are read only inside it (add folders with "
            "`ref_roots` in [tool.sdkforge] or --ref-root)",
        )


@dataclass(frozen=True)
class Bundled:
    document: Any
    warnings: list[SpecWarning]
    # pointers (in `document`) of what came from other files
    foreign: frozenset[str]


def bundle_document(
    path: Path, document: Any, display: str, ref_roots: Sequence[Path] = ()
) -> Bundled:
    """The document with every `$ref` local, and what was worked around on the way."""
    bundler = Bundler(path, document, display, ref_roots)
    bundled = bundler.bundle()
    return Bundled(bundled, bundler.warnings, frozenset(bundler.foreign))
