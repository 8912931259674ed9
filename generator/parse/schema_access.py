"""`readOnly` and `writeOnly`: where a property declares them, and required fields relaxed in
the models one direction only uses."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import replace

from openapi_pydantic.v3.v3_1 import Schema

from generator import ir
from generator.errors import SpecError
from generator.parse.schema_core import SchemaCore
from generator.parse.schema_shapes import (
    NamedType,
    Property,
    SchemaNode,
    names_in,
    ref_target,
)


class Access(SchemaCore):
    """Which fields are read- or write-only, and which of those stay required."""

    def _access(self, prop: Property) -> tuple[bool, bool]:
        """(readOnly, writeOnly) of a property: on it, beside its `$ref`, or on the target."""
        node: SchemaNode | None = prop.node
        beside = self.view.mapping_at(prop.pointer)
        read_only = beside.get("readOnly") is True
        write_only = beside.get("writeOnly") is True
        target = ref_target(prop.node) if not isinstance(prop.node, bool) else None
        if target is not None and target.startswith("#"):
            try:
                node = self._schema_at(target[1:], prop.pointer)
            except SpecError:
                node = None
        if isinstance(node, Schema):
            read_only = read_only or node.readOnly is True
            write_only = write_only or node.writeOnly is True
        return read_only, write_only

    def relaxed(
        self,
        request_roots: set[str],
        response_roots: set[str],
        replaced: Mapping[str, NamedType] | None = None,
    ) -> dict[str, NamedType]:
        """The named types with required `readOnly` fields optional in models that requests
        use, required `writeOnly` fields in models that responses use: one class serves both
        directions. The parser's own types stay as they are; `replaced`: models that stand
        in for the parser's (a page model whose fields a page's methods renamed)."""
        settled = {**self.named, **(replaced or {})}
        requests = _reachable(settled, request_roots)
        responses = _reachable(settled, response_roots)
        for name in self.order:
            named = settled[name]
            if not isinstance(named, ir.Model):
                continue
            fields = tuple(
                replace(field, required=False)
                if field.required
                and (
                    (field.read_only and name in requests)
                    or (field.write_only and name in responses)
                )
                else field
                for field in named.fields
            )
            if fields != named.fields:
                settled[name] = replace(named, fields=fields)
        return settled


def _reachable(named_types: Mapping[str, NamedType], roots: set[str]) -> set[str]:
    seen: set[str] = set()
    pending = sorted(roots)
    while pending:
        name = pending.pop()
        if name in seen or name not in named_types:
            continue
        seen.add(name)
        named = named_types[name]
        if isinstance(named, ir.Model):
            refs = [field.type for field in named.fields]
        elif isinstance(named, ir.Alias):
            refs = [named.type]
        else:
            refs = []
        for ref in refs:
            pending.extend(names_in(ref))
    return seen
