"""The one walk over the IR that the rewrite passes share (request shapes, enum values,
Markdown prose): every IR node below a root, children first, handed to the pass's `visit`.

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
    if done is None:
        done = {}
    if isinstance(node, tuple):
        if not node or isinstance(node[0], leaves):
            return node  # IR tuples hold one kind of thing: names, pairs of names, ...
        items = [rewrite(item, visit, leaves, done) for item in node]
        changed = any(new is not old for new, old in zip(items, node, strict=True))
        return tuple(items) if changed else node  # type: ignore[return-value]
    if isinstance(node, leaves) or not dataclasses.is_dataclass(node) or isinstance(node, type):
        return node
    if id(node) in done:
        earlier: _Node = done[id(node)]
        return earlier
    changes: dict[str, Any] = {}
    for name in field_names(type(node)):
        value = getattr(node, name)
        if not isinstance(value, leaves):
            new = rewrite(value, visit, leaves, done)
            if new is not value:
                changes[name] = new
    rebuilt = dataclasses.replace(node, **changes) if changes else node
    result: _Node = visit(rebuilt)
    done[id(node)] = result
    return result


@cache
def field_names(cls: type) -> tuple[str, ...]:
    return tuple(item.name for item in dataclasses.fields(cls))
