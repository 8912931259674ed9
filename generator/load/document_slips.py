"""Vendor slips outside schemas, read as what they clearly mean, each with a warning.

The OpenAPI validator refuses a whole document for a slip that leaves no doubt about the
API: `version: 1` read by YAML as a number, an `info` without `title`, a response without
the `description` OpenAPI requires, a server entry without `url`. On a public fixture set
these were most of the refusals. Each is rewritten in place with a warning at the pointer
the user wrote ("fail only when nothing sensible can be"); what cannot be read (a server
with no address) is skipped, and the warning says so.

Runs on the bundled document before Swagger 2.0 conversion, so that pointers are the ones
the user wrote.
"""

from __future__ import annotations

from pathlib import PurePath
from typing import Any

from generator.errors import SpecWarning, join_pointer

_METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")


def fix_document_slips(
    document: dict[str, Any], file: str, swagger2: bool, warnings: list[SpecWarning]
) -> None:
    """Rewrite the slips above in place; `file` names the spec (an `info.title` fallback)."""
    _fix_info(document, file, warnings)
    if swagger2:
        return  # responses without description: the conversion reads them; no servers
    _fix_servers(document, "", warnings)
    for pointer, operation in _operations(document):
        _fix_responses(operation.get("responses"), join_pointer(pointer, "responses"), warnings)
        _fix_servers(operation, pointer, warnings)
    components = document.get("components")
    if isinstance(components, dict):
        _fix_responses(components.get("responses"), "/components/responses", warnings)


def _fix_info(document: dict[str, Any], file: str, warnings: list[SpecWarning]) -> None:
    info = document.get("info")
    if not isinstance(info, dict):
        return
    version = info.get("version")
    if isinstance(version, (int, float)) and not isinstance(version, bool):
        info["version"] = str(version)
        warnings.append(
            SpecWarning(
                "/info/version",
                f"info.version is a number ({version!r}), not a string (YAML reads `1` or "
                f"`1.0` unquoted as one); read as {info['version']!r}",
            )
        )
    if "title" not in info:
        info["title"] = PurePath(file).stem
        warnings.append(
            SpecWarning(
                "/info",
                f"info has no 'title'; the file's name {info['title']!r} is used instead",
            )
        )


def _fix_servers(owner: dict[str, Any], pointer: str, warnings: list[SpecWarning]) -> None:
    """Servers give the client its default base URL only: one without an address is
    skipped (the caller passes `base_url`)."""
    servers = owner.get("servers")
    if servers is None:
        return
    at = join_pointer(pointer, "servers")
    if not isinstance(servers, list):
        warnings.append(
            SpecWarning(at, "servers is not a list of server objects; skipped", skipped="server")
        )
        del owner["servers"]
        return
    kept = []
    for index, server in enumerate(servers):
        if not isinstance(server, dict):
            why = "server is not an object with a 'url'"
        elif not isinstance(server.get("url"), str):
            why = "server has no 'url'"
        else:
            kept.append(server)
            continue
        warnings.append(SpecWarning(join_pointer(at, index), f"{why}; skipped", skipped="server"))
    owner["servers"] = kept


def _fix_responses(responses: Any, pointer: str, warnings: list[SpecWarning]) -> None:
    if not isinstance(responses, dict):
        return
    for status, response in responses.items():
        if isinstance(response, dict) and "$ref" not in response and "description" not in response:
            response["description"] = ""
            warnings.append(
                SpecWarning(
                    join_pointer(pointer, status),
                    "response has no 'description' (OpenAPI requires one); read as empty",
                )
            )


def _operations(document: dict[str, Any]) -> list[tuple[str, dict[str, Any]]]:
    """Every operation object with its pointer: under paths, webhooks, path-item components
    and the callbacks of those, and path items' own servers (as operations: same keys)."""
    found: list[tuple[str, dict[str, Any]]] = []
    pending: list[tuple[str, Any]] = []
    for section in ("paths", "webhooks"):
        items = document.get(section)
        if isinstance(items, dict):
            pending.extend((join_pointer("", section, key), item) for key, item in items.items())
    components = document.get("components")
    if isinstance(components, dict) and isinstance(components.get("pathItems"), dict):
        pending.extend(
            (join_pointer("/components/pathItems", key), item)
            for key, item in components["pathItems"].items()
        )
    while pending:
        pointer, item = pending.pop(0)
        if not isinstance(item, dict):
            continue
        found.append((pointer, item))  # a path item: its `servers` only
        for method in _METHODS:
            operation = item.get(method)
            if not isinstance(operation, dict):
                continue
            at = join_pointer(pointer, method)
            found.append((at, operation))
            callbacks = operation.get("callbacks")
            if isinstance(callbacks, dict):
                for name, callback in callbacks.items():
                    if isinstance(callback, dict):
                        pending.extend(
                            (join_pointer(at, "callbacks", name, expression), nested)
                            for expression, nested in callback.items()
                        )
    return found
