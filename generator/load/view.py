"""The loaded spec's plain data, read-only, for what its typed OpenAPI objects do not keep.

Parse reads the typed objects first; it comes here for extensions (`x-...` markings on an
operation or at the top), `default`, `readOnly` and `writeOnly` written beside a `$ref`
(3.1 allows them; the typed `Reference` drops them), targets of local `$ref`s (response
headers, security schemes, schemas named by a pointer) and what a converted Swagger 2.0
response `produces`. Nothing here changes the document.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from generator.load.pointers import resolve_pointer
from generator.load.swagger2 import PRODUCES_EXTENSION

# a chain of local `$ref`s longer than this is taken for a loop
_REF_CHAIN = 8


class SpecView:
    """Read-only lookups into one loaded document by JSON pointer."""

    __slots__ = ("_document",)

    def __init__(self, document: Mapping[str, Any]) -> None:
        self._document = document

    def top(self, key: str) -> Any:
        """A top-level entry (`security`, `components`, an extension); None when absent."""
        return self._document.get(key)

    def at(self, pointer: str) -> Any:
        """The value at `pointer`; KeyError when there is none."""
        return resolve_pointer(self._document, pointer)

    def mapping_at(self, pointer: str) -> Mapping[str, Any]:
        """The mapping at `pointer` (its extensions, keywords beside a `$ref`); empty when
        there is none or the value is not a mapping."""
        try:
            node = self.at(pointer)
        except KeyError:
            return {}
        return node if isinstance(node, dict) else {}

    def follow(self, node: Any) -> Any:
        """`node`, or what its chain of local `$ref`s ends at; None when a link points
        nowhere, outside the document, or the chain is a loop."""
        for _ in range(_REF_CHAIN):
            if not (isinstance(node, dict) and isinstance(node.get("$ref"), str)):
                return node
            ref = node["$ref"]
            if not ref.startswith("#"):
                return None
            try:
                node = self.at(ref[1:])
            except (KeyError, IndexError, ValueError, TypeError):
                return None
        return None

    @staticmethod
    def produced(response_extensions: Mapping[str, Any] | None) -> list[str]:
        """The media types a converted Swagger 2.0 response without a schema is produced
        as (its operation's `produces`), from the response's extensions; empty otherwise."""
        produced = (response_extensions or {}).get(PRODUCES_EXTENSION)
        if not isinstance(produced, list):
            return []
        return [media for media in produced if isinstance(media, str)]
