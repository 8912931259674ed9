"""`allOf` flattening, each `$ref` target flattened once.

A model's fields are its own properties and those of every schema it `allOf`s, followed
through `$ref`s. A chain of N models, each `allOf` the one before, would walk the chain again
for each model: N² steps, each resolving a reference and building pointers (400 models: most
of 17 s). The properties a target gives are the same wherever it is reached, so they are
kept and laid over the model's, as the walk itself would have laid them, whenever the walk
would have taken the same path: when none of the targets it went through has been seen on
the way there (a diamond, two parts reaching one schema, keeps its first-seen-wins walk; a
cycle back to a target still being walked is walked in place, as before).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Generic, TypeVar

Prop = TypeVar("Prop")
# (properties, required, seen) -> None: the walk of one target, filling the three
Walk = Callable[[dict[str, Prop], set[str], set[str]], None]


@dataclass(frozen=True)
class _Flattened(Generic[Prop]):
    properties: dict[str, Prop]
    required: frozenset[str]
    reached: frozenset[str]  # the `$ref` targets the walk went through, the target aside


class FlattenedTargets(Generic[Prop]):
    def __init__(self) -> None:
        self._done: dict[str, _Flattened[Prop]] = {}
        # targets whose first walk is under way: reached again (a cycle), walked in place
        self._walking: set[str] = set()

    def lay_over(
        self,
        target: str,
        properties: dict[str, Prop],
        required: set[str],
        seen: set[str],
        walk: Walk[Prop],
    ) -> None:
        """What walking `target` (already in `seen`) adds to `properties`, `required` and
        `seen`: from the first walk of it when that is the same, else walked again."""
        done = self._done.get(target)
        if done is None and target not in self._walking:
            own: dict[str, Prop] = {}
            own_required: set[str] = set()
            reached = {target}
            self._walking.add(target)
            try:
                walk(own, own_required, reached)
            finally:
                self._walking.discard(target)
            done = _Flattened(own, frozenset(own_required), frozenset(reached - {target}))
            self._done[target] = done
        if done is None or not done.reached.isdisjoint(seen):
            walk(properties, required, seen)
            return
        for wire, prop in done.properties.items():
            properties.pop(wire, None)  # a later part overrides, and moves it last
            properties[wire] = prop
        required.update(done.required)
        seen.update(done.reached)
