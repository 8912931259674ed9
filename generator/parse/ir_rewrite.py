"""The one walk over the IR that the rewrite passes share (enum values, Markdown prose, the
config's mixins): every IR node below a root, children first, handed to the pass's `visit`.

A pass says what it changes by the node types its `visit` handles; anything it returns
unchanged keeps the walk from copying (a node whose children did not change is the same
object afterwards). Plain values and the IR types that hold nothing to rewrite are not
entered: big specs have tens of thousands of type references.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from functools import cache
from typing import Any, TypeVar

from generator import ir

_Node = TypeVar("_Node")
Visit = Callable[[Any], Any]

# values the walk passes by
LEAVES: tuple[type, ...] = (
    str,
    int,
    float,
    bool,
    type(None),
    ir.TypeRef,
    ir.Default,
    ir.Discriminator,
    ir.EnumMember,
)


_TUPLE = "tuple"  # a node kind: a tuple, rewritten item by item


def rewrite(
    node: _Node,
    visit: Visit,
    leaves: tuple[type, ...] = LEAVES,
    done: dict[int, Any] | None = None,
) -> _Node:
    """`node` with every dataclass in it, and then itself, replaced by what `visit`
    returns for it; values of a type in `leaves` are not entered. A node met again (the
    same object: a subclass's models share their base's fields) is rewritten once, into
    `done` (id -> result; the tree keeps every node alive meanwhile)."""
    seen: dict[int, Any] = {} if done is None else done
    # What to do with a value, by its type, decided once per type and walk: the walk meets
    # some 100,000 nodes of a few dozen types on a large spec, and asking `isinstance`
    # against the leaves and `is_dataclass` of each was most of its cost.
    kinds: dict[type, tuple[str, ...] | str | None] = {}
    slotted: set[type] = set()

    def kind_of(cls: type) -> tuple[str, ...] | str | None:
        if issubclass(cls, tuple):
            kind: tuple[str, ...] | str | None = _TUPLE
        elif issubclass(cls, leaves) or issubclass(cls, type) or not dataclasses.is_dataclass(cls):
            kind = None
        else:
            if cls.__dictoffset__ == 0:  # slotted: no instance dict to read the fields from
                slotted.add(cls)
            kind = field_names(cls)
        kinds[cls] = kind
        return kind

    def walk(item: Any) -> Any:
        cls = type(item)
        kind = kinds[cls] if cls in kinds else kind_of(cls)
        if kind is None:
            return item
        if kind is _TUPLE:
            if not item or isinstance(item[0], leaves):
                return item  # IR tuples hold one kind of thing: names, pairs of names, ...
            items = [walk(each) for each in item]
            changed = any(new is not old for new, old in zip(items, item, strict=True))
            return tuple(items) if changed else item
        key = id(item)
        if key in seen:
            return seen[key]
        changes: dict[str, Any] = {}
        # fields read from the instance's dict: no descriptor lookup each
        values = item.__dict__ if cls not in slotted else {n: getattr(item, n) for n in kind}
        for name in kind:
            value = values[name]
            of = type(value)
            if (kinds[of] if of in kinds else kind_of(of)) is None:
                continue  # most fields are strings and type references: no call for them
            new = walk(value)
            if new is not value:
                changes[name] = new
        rebuilt = dataclasses.replace(item, **changes) if changes else item
        result = visit(rebuilt)
        seen[key] = result
        return result

    rewritten: _Node = walk(node)
    return rewritten


@cache
def field_names(cls: type) -> tuple[str, ...]:
    return tuple(item.name for item in dataclasses.fields(cls))
