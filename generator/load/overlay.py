"""OpenAPI Overlays (Overlay Specification 1.0): the owner's fixes to a vendor's spec,
applied to the document as read, before anything else looks at it.

An overlay is a document `{overlay: 1.0.x, info: {title, version}, actions: [...]}`; each
action has a `target` (a JSONPath, RFC 9535, evaluated by `jsonpath-rfc9535`) and either
`update` (merged into every object or array the target selects) or `remove: true` (every
selected node leaves its parent). Actions run in order, each on the result of the ones
before, and overlays run in the order they are listed.

A target that selects nothing is not an error in the Overlay Specification (an action may
be written for a version of the spec that has the node); it is a warning here, so that a
fix that silently stopped applying after the vendor's next release is seen.
"""

from __future__ import annotations

import copy
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from generator.errors import SpecError, SpecWarning, join_pointer
from generator.load.reader import read_document

_VERSIONS = ("1.0",)


def apply_overlays(
    document: Any, overlays: Sequence[Path], warnings: list[SpecWarning], shown: Sequence[str]
) -> Any:
    """`document` with every overlay applied in order (in place where the root stays);
    `shown` is how each overlay file is named in errors and warnings."""
    for path, display in zip(overlays, shown, strict=True):
        found: list[SpecWarning] = []
        overlay = read_document(path, display, found)
        warnings.extend(
            SpecWarning(item.pointer, f"in overlay {display}: {item.message}") for item in found
        )
        for index, action in enumerate(_actions(overlay, display)):
            document = _apply(document, action, display, join_pointer("/actions", index), warnings)
    return document


def _actions(overlay: Any, display: str) -> list[dict[str, Any]]:
    if not isinstance(overlay, dict):
        raise SpecError(display, "", "an overlay must be a mapping with 'overlay' and 'actions'")
    version = overlay.get("overlay")
    if not isinstance(version, str) or not version.startswith(_VERSIONS):
        raise SpecError(
            display, "/overlay", f"unsupported overlay version {version!r}; expected 1.0.x"
        )
    actions = overlay.get("actions")
    if not isinstance(actions, list) or not actions:
        raise SpecError(display, "/actions", "'actions' must be a non-empty list")
    for index, action in enumerate(actions):
        at = join_pointer("/actions", index)
        if not isinstance(action, dict) or not isinstance(action.get("target"), str):
            raise SpecError(display, at, "an action needs a 'target' (a JSONPath string)")
        if action.get("remove") not in (None, True, False):
            raise SpecError(display, join_pointer(at, "remove"), "'remove' must be true or false")
        if "update" not in action and action.get("remove") is not True:
            raise SpecError(display, at, "an action needs 'update' or 'remove: true'")
    return actions


def _apply(
    document: Any, action: dict[str, Any], display: str, at: str, warnings: list[SpecWarning]
) -> Any:
    # imported here: a run without overlays (most) never pays for the JSONPath engine
    import jsonpath_rfc9535 as jsonpath

    target = action["target"]
    try:
        nodes = jsonpath.find(target, document)
    except jsonpath.JSONPathError as error:
        raise SpecError(
            display, join_pointer(at, "target"), f"invalid JSONPath {target!r}: {error}"
        ) from None
    if not nodes:
        warnings.append(
            SpecWarning(
                join_pointer(at, "target"),
                f"in overlay {display}: target {target!r} selects nothing; the action is "
                "skipped (the Overlay Specification allows this)",
            )
        )
        return document
    if action.get("remove") is True:
        # deepest and last first: removing one node leaves the places of the others valid
        for node in sorted(nodes, key=lambda n: n.location, reverse=True):
            _remove(document, node.location, display, at)
        return document
    update = action["update"]
    for node in nodes:
        if isinstance(node.value, dict) and isinstance(update, dict):
            _merge(node.value, update)
        elif isinstance(node.value, list):
            node.value.extend(copy.deepcopy(update if isinstance(update, list) else [update]))
        else:
            raise SpecError(
                display,
                join_pointer(at, "update"),
                f"target {target!r} selects {_pointer(node.location)}, which is not an object "
                "or array to update (an update merges an object into an object)",
            )
    return document


def _merge(target: dict[str, Any], update: dict[str, Any]) -> None:
    """Objects merge key by key, arrays are appended to, anything else is replaced."""
    for key, value in update.items():
        current = target.get(key)
        if isinstance(current, dict) and isinstance(value, dict):
            _merge(current, value)
        elif isinstance(current, list) and isinstance(value, list):
            current.extend(copy.deepcopy(value))
        else:
            target[key] = copy.deepcopy(value)  # one update may land on many targets


def _remove(document: Any, location: tuple[str | int, ...], display: str, at: str) -> None:
    if not location:
        raise SpecError(display, join_pointer(at, "target"), "an action cannot remove the root")
    parent = document
    for part in location[:-1]:
        parent = parent[part]
    del parent[location[-1]]


def _pointer(location: tuple[str | int, ...]) -> str:
    return "#" + (join_pointer("", *location) or "/")
