"""Each operation's pagination, decided as the operation is typed: its marking (the config,
`x-sdkforge-pagination`, Speakeasy's or Fern's) or else detection, resolved once against the
page model as it will be. A page model whose fields are named like a page's methods gets
them renamed in a model of its own (`models`), which later passes read over the parser's."""

from __future__ import annotations

from collections import ChainMap
from collections.abc import Mapping
from dataclasses import replace
from typing import Any

from generator import ir
from generator.errors import ConfigError, SpecError, SpecWarning, join_pointer
from generator.load import LoadedSpec
from generator.parse import reserved
from generator.parse.names import NameRegistry
from generator.parse.operation_base import RawOperation
from generator.parse.pagination import Fail, PaginationResolver, check_marking
from generator.parse.pagination_detect import declares_link_header, detect
from generator.parse.pagination_vendors import (
    FERN,
    SPEAKEASY,
    Unreadable,
    from_fern,
    from_speakeasy,
)
from generator.parse.schemas import NamedType

PAGINATION_EXTENSION = "x-sdkforge-pagination"


class Pages:
    """Gives the operations marked in the spec or in the config (or detected) their pages."""

    def __init__(
        self,
        spec: LoadedSpec,
        named: dict[str, NamedType],
        pointers: Mapping[str, str],
        class_names: NameRegistry,
        configured: Mapping[str, Any],
        warnings: list[SpecWarning],
    ) -> None:
        """`named`: the parser's named types (read as they grow); `class_names`: where a
        page class claims its name, beside the resources'."""
        self.spec = spec
        self.warnings = warnings
        # the page models with renamed fields, in place of the parser's
        self.models: dict[str, NamedType] = {}
        self.named = ChainMap(self.models, named)
        self.pointers = pointers
        self.resolver = PaginationResolver(self.named)
        self.class_names = class_names
        self.configured = configured
        self.used: set[str] = set()

    def pagination(self, operation: ir.Operation, raw: RawOperation) -> ir.Pagination | None:
        """The pagination that the operation's marking (first found of: the config,
        `x-sdkforge-pagination`, `x-speakeasy-pagination`, `x-fern-pagination`) or else
        detection gives it; a marking `false` turns pagination off."""
        operation_id = raw.operation.operationId
        node = self.spec.view.mapping_at(raw.pointer)
        if operation_id is not None and operation_id in self.configured:
            self.used.add(operation_id)
            where = f"[tool.sdkforge] pagination.{operation_id}"

            def fail(key: str, message: str) -> Exception:
                return ConfigError(f"{where}{'.' + key if key else ''}: {message}")

            marking = self.configured[operation_id]
        elif node.get(PAGINATION_EXTENSION) is not None:
            marking = node[PAGINATION_EXTENSION]
            pointer = join_pointer(raw.pointer, PAGINATION_EXTENSION)

            def fail(key: str, message: str) -> Exception:
                return SpecError(
                    self.spec.file, join_pointer(pointer, key) if key else pointer, message
                )
        else:
            return self._unmarked(operation, raw, node)
        if marking is False:
            return None  # pagination turned off: not even detected
        checked = check_marking(marking, fail)
        if operation.event_type is not None:
            raise fail("", "an event stream cannot be paginated")
        return self._resolved(operation, checked, fail)

    def _resolved(
        self, operation: ir.Operation, marking: dict[str, str], fail: Fail, detected: bool = False
    ) -> ir.Pagination:
        """The marking resolved once, against the page model as it will be (its fields freed
        from the names of a page's methods); that model is kept only when it resolves."""
        freed, renames = self._free_page_fields(operation)
        resolver = self.resolver
        if freed is not None:
            resolver = PaginationResolver(self.named.new_child({freed.name: freed}))
        pagination = resolver.resolve(marking, operation, fail)
        if freed is not None:
            self.models[freed.name] = freed
            self.warnings.extend(renames)
        page_class = self.class_names.claim(pagination.page_class)
        self.class_names.claim("Async" + page_class)
        return replace(pagination, page_class=page_class, detected=detected)

    def _unmarked(
        self, operation: ir.Operation, raw: RawOperation, node: Mapping[str, Any]
    ) -> ir.Pagination | None:
        """Another generator's marking, read as ours; else what detection finds."""
        for extension in (SPEAKEASY, FERN):
            if extension not in node:
                continue
            pointer = join_pointer(raw.pointer, extension)
            try:
                if extension == SPEAKEASY:
                    marking = from_speakeasy(node[extension])
                else:
                    marking = from_fern(node[extension], self.spec.view.top(FERN))
                checked = check_marking(marking, _unreadable)
                if operation.event_type is not None:
                    raise Unreadable("an event stream cannot be paginated")
                return self._resolved(operation, checked, _unreadable)
            except Unreadable as error:
                self.warnings.append(
                    SpecWarning(pointer, f"not read ({error}); pagination is detected instead")
                )
            break
        if operation.event_type is not None:
            return None
        found = detect(operation, self.resolver, declares_link_header(self.spec.view, node))
        if found is None:
            return None
        try:
            return self._resolved(operation, check_marking(found, _unreadable), _unreadable, True)
        except Unreadable:
            return None  # a shape detection cannot resolve is not paginated

    def _free_page_fields(
        self, operation: ir.Operation
    ) -> tuple[ir.Model | None, list[SpecWarning]]:
        """The page model with its fields that a page's own methods would hide renamed (a
        field `next_page` over `next_page()`), and the warnings that say so; None when the
        response is no such model."""
        model = self.named.get(self.resolver.unalias(operation.return_type).name or "")
        if not isinstance(model, ir.Model):
            return None, []
        page_names = reserved.page_reserved()
        if not any(f.name in page_names for f in model.fields):
            return None, []
        names = NameRegistry(page_names | {f.name for f in model.fields})
        fields = []
        renames = []
        for f in model.fields:
            if f.name not in page_names:
                fields.append(f)
                continue
            renamed = names.claim(f.name + "_")
            renames.append(
                SpecWarning(
                    self.pointers.get(model.name, ""),
                    f"field {f.wire_name!r} of {model.name} is {renamed!r}: the pages of "
                    f"{operation.method_name} have a method {f.name!r}",
                )
            )
            fields.append(replace(f, name=renamed))
        return replace(model, fields=tuple(fields)), renames

    def check_config_used(self) -> None:
        unknown = sorted(set(self.configured) - self.used)
        if unknown:
            raise ConfigError(
                f"[tool.sdkforge] pagination.{unknown[0]}: the spec has no operation with this operationId"
            )


def _unreadable(key: str, message: str) -> Exception:
    """The error of a marking sdkforge did not write (another tool's, or detection's)."""
    return Unreadable(f"{key}: {message}" if key else message)
