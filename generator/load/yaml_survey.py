"""Measure a YAML document from its parser events, before any loader builds it.

Aliases are the one way a small YAML text becomes a large document ("billion laughs"): a
loader that expands them (ryaml) runs out of memory before any check of its result could
run, and a consumer of a loader that shares them (PyYAML) expands them as it walks. So the
limits are checked here, on the events of libyaml's parser (PyYAML's C one where built),
which never expand an alias: each anchored node's expanded size is summed once, as its
events go by, and an alias (a merge key's too) adds the size of its anchor. Work and memory
are linear in the text whatever it holds.

The same pass says whether the document holds anything a loader could read its own way
(an anchor, an alias, a tag, a merge key): it is the tokenizer that decides, not a guess
from the text, so a `&` in prose is prose wherever it stands.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

import yaml

from generator.errors import SpecError
from generator.load.limits import ALIAS_EXPANSION, MAX_DEPTH, MAX_EXPANDED_SIZE
from generator.load.pointers import pointer_of

try:  # libyaml's parser: 5-10 times faster than PyYAML's own
    from yaml import CSafeLoader as _EventLoader
except ImportError:  # pragma: no cover - depends on how PyYAML was built
    from yaml import SafeLoader as _EventLoader  # type: ignore[assignment]


# An anchor, a tag or a plain `<<` key as libyaml (PyYAML's C parser, and ryaml's
# unsafe-libyaml) tokenizes them: an anchor's name is `[0-9A-Za-z_-]+` followed by a space,
# the end or one of `?:,]}%@`` `; a tag is `!<...>` or `!` and URI characters, followed by a
# space, the end or `,`. Anything else there is an error to libyaml, never a property.
_PROPERTY = re.compile(
    r"&[0-9A-Za-z_-]+(?=[\s?:,\]}%@`]|\Z)"
    r"|!(?:<[^>\s]*>|[0-9A-Za-z_\-;/?:@&=+$,.%!~*'()\[\]#]*)(?=[\s,]|\Z)"
    r"|<<(?=[\s:,\]}]|\Z)"
)
# What a token can start after, spaces and tabs aside: the start of a line (any line break,
# a BOM) or the end of a token that needs no space after it: a flow indicator, `?` and `:`
# (in flow), `-` and `.` (ends of `---` and `...`), a quoted scalar's quote. (A property
# after another one, `&a !t`, is found by the first.)
_TOKEN_BEFORE = frozenset("\r\n\x85\u2028\u2029\ufeff[]{},:?-.\"'")


def may_hold_node_properties(text: str) -> bool:
    """False when `text` surely has no anchor, alias, tag or merge key: no property form
    where libyaml could start a token (one scan; an alias needs an anchor)."""
    for match in _PROPERTY.finditer(text):
        before = match.start() - 1
        while before >= 0 and text[before] in " \t":
            before -= 1
        if before < 0 or text[before] in _TOKEN_BEFORE:
            return True
    return False


def holds_node_properties(text: str) -> bool:
    """Whether libyaml's tokenizer finds an anchor, alias, tag or plain `<<` key in the
    document; stops at the first. yaml.YAMLError when the text is not YAML."""
    loader = _EventLoader(text)
    # per open collection: -1 for a sequence, else how many nodes of the mapping were read
    # (an even count: the next is a key)
    read: list[int] = [-1]
    try:
        get_event = loader.get_event
        while True:
            event: Any = get_event()
            kind = type(event)
            if kind is yaml.ScalarEvent:
                if event.anchor is not None or event.tag is not None:
                    return True
                if event.value == "<<" and not event.style and read[-1] % 2 == 0:
                    return True  # a merge key (a `<<` value is text)
                if read[-1] >= 0:
                    read[-1] += 1
            elif kind is yaml.MappingStartEvent or kind is yaml.SequenceStartEvent:
                if event.anchor is not None or event.tag is not None:
                    return True
                read.append(0 if kind is yaml.MappingStartEvent else -1)
            elif kind is yaml.MappingEndEvent or kind is yaml.SequenceEndEvent:
                read.pop()
                if read[-1] >= 0:
                    read[-1] += 1
            elif kind is yaml.AliasEvent:
                return True
            elif kind is yaml.StreamEndEvent:
                return False
    finally:
        loader.dispose()


def survey(text: str, display: str) -> bool:
    """Whether the document is plain YAML: no anchor, alias, tag or merge key.

    Raises SpecError for a document that nests deeper than MAX_DEPTH, an alias inside its
    own anchor (a cycle), or aliases that expand the document past the limits, before
    anything is built; yaml.YAMLError (with a mark) for text that is not YAML.
    """
    limit = max(MAX_EXPANDED_SIZE, ALIAS_EXPANSION * len(text))
    sizes: dict[str, int] = {}  # anchor -> its node's expanded size, once closed
    # open collections: [size so far, anchor, is a mapping, children seen, last key]; the
    # first stands for the stream (its size is the document's)
    stack: list[list[Any]] = [[0, None, False, 0, ""]]
    plain = True
    events: Iterator[Any] = yaml.parse(text, Loader=_EventLoader)
    for event in events:
        kind = type(event)
        if kind is yaml.ScalarEvent:
            size = 1 + len(event.value)
            parent = stack[-1]
            if parent[2] and not parent[3] % 2:  # a key
                parent[4] = event.value
                if event.value == "<<" and not event.style:
                    plain = False
            if event.anchor is not None:
                sizes[event.anchor] = size
                plain = False
            if event.tag is not None:
                plain = False
        elif kind is yaml.AliasEvent:
            plain = False
            if event.anchor not in sizes:
                if any(frame[1] == event.anchor for frame in stack):
                    raise SpecError(
                        display,
                        _pointer(stack),
                        "a YAML alias refers to a node that contains it (a cycle); "
                        "expected a tree of mappings and lists",
                    )
                size = 1  # an undefined alias: the loader words the error
            else:
                size = sizes[event.anchor]
            parent = stack[-1]
            if parent[2] and not parent[3] % 2:
                parent[4] = "?"
        elif kind is yaml.MappingStartEvent or kind is yaml.SequenceStartEvent:
            if len(stack) > MAX_DEPTH:
                # the pointer of where it starts to be deep, not 400 tokens of it
                raise SpecError(
                    display,
                    _pointer(stack[:9]),
                    f"the document nests too deeply below this point (more than {MAX_DEPTH} "
                    "levels); expected an OpenAPI document",
                )
            if event.anchor is not None or event.tag is not None:
                plain = False
            stack.append([1, event.anchor, kind is yaml.MappingStartEvent, 0, ""])
            continue
        elif kind is yaml.MappingEndEvent or kind is yaml.SequenceEndEvent:
            closed = stack.pop()
            size = closed[0]
            if closed[1] is not None:
                sizes[closed[1]] = size
            parent = stack[-1]
            if parent[2] and not parent[3] % 2:
                parent[4] = "?"
        else:  # stream and document start and end
            continue
        parent[0] += size
        if parent[0] > limit:
            raise SpecError(
                display,
                _pointer(stack),
                f"YAML aliases expand {len(text)} characters into more than {limit} nodes "
                "and characters; refusing a document that large (a 'billion laughs' alias "
                "bomb?)",
            )
        parent[3] += 1
    return plain


def _pointer(stack: list[list[Any]]) -> str:
    """The pointer of the node being read: a key or an index for each open collection."""
    tokens = []
    for size, _anchor, is_mapping, seen, key in stack[1:]:
        del size
        tokens.append(str(key) if is_mapping else str(seen))
    return pointer_of(tokens)
