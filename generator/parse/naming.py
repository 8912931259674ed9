"""Where each operation goes: the resource tree (from tags and paths) and its method name.

The rules, in the order they are tried for an operation:

1. An override: `x-sdkforge-name: chat.completions.create`, the config's `names` table
   (operationId -> the same dotted form), or the names other tools' users already wrote
   (`x-speakeasy-group` + `x-speakeasy-name-override`, `x-fern-sdk-group-name` +
   `x-fern-sdk-method-name`).
2. The resource: the first tag, then the static path segments after the one that names the
   tag (`/chat/completions` under tag Chat is `chat.completions`); without tags the static
   path segments alone. Leading segments every path shares that are a version (`v1`), `api`
   or the server's base path again are dropped.
3. The method: on a collection (the path ends in a static segment) GET is `list` and POST
   `create`; on an item (it ends in a parameter) GET is `retrieve`, PUT/PATCH/POST `update`,
   DELETE `delete`. A last static segment with no deeper paths under a path that has
   operations of its own is a singleton of the resource before it: a lone POST or GET on it
   is an action named after it (`payment_intents.confirm`), other verbs combine with it
   (`customers.delete_discount`).
4. Where these clash or do not apply: the operationId without the resource's own words and
   without FastAPI's `_<path>_<method>` tail (`create_flow_flows__post` -> `create`), or the
   HTTP method when there is no operationId.

`naming = "operation-id"` keeps the older scheme: resources by tag, untagged operations on the
client, methods named after the operationId.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Literal

from generator.config import NamingMode
from generator.errors import ConfigError, SpecError, SpecWarning, join_pointer
from generator.parse.names import NameRegistry, safe_identifier, snake_case
from generator.parse.operation_base import RawOperation
from generator.parse.operations import default_method_name

NameSource = Literal["verb", "action", "operation_id", "override"]

NAME_EXTENSION = "x-sdkforge-name"
SPEAKEASY_GROUP = "x-speakeasy-group"
SPEAKEASY_NAME = "x-speakeasy-name-override"
FERN_GROUP = "x-fern-sdk-group-name"
FERN_METHOD = "x-fern-sdk-method-name"

# v1, v2.1, v1beta2, and dated versions (2010-04-01)
_VERSION = re.compile(r"^(v\d+([._-]?\d+)*([a-z]+\d*)?|\d{4}-\d{2}-\d{2})$", re.IGNORECASE)
# a format suffix says nothing about the resource: /Accounts.json is accounts
_FORMAT_SUFFIX = re.compile(r"\.(json|xml|ya?ml|csv|txt|html?)$", re.IGNORECASE)
_DROPPABLE = frozenset({"api", "rest"})
_COLLECTION_VERBS = {"GET": "list", "POST": "create"}
_ITEM_VERBS = {"GET": "retrieve", "PUT": "update", "PATCH": "update", "POST": "update"}
_ITEM_VERBS["DELETE"] = "delete"
_SINGLETON_VERBS = {
    "GET": "retrieve",
    "PUT": "update",
    "PATCH": "update",
    "POST": "create",
    "DELETE": "delete",
}
# Lower-case names the generated modules use in annotations: a method or sub-resource of
# that name would shadow them for the rest of the class body (`list` is allowed: the
# renderer puts it after the other methods).
ANNOTATION_NAMES = frozenset(
    {"str", "int", "float", "bool", "bytes", "dict", "dt", "httpx", "self"}
)


@dataclass(frozen=True)
class Placement:
    """Where one operation lands: the attribute chain of its resource from the client
    (`()` is the client itself), its method name and which rule gave the name."""

    resource: tuple[str, ...]
    method: str
    source: NameSource


@dataclass
class Node:
    """A resource of the tree while it is built: its attribute, label and children."""

    attr: str
    label: str
    description: str | None = None
    children: dict[str, Node] = field(default_factory=dict)
    operations: list[int] = field(default_factory=list)  # indices into the raw operations

    def walk(self) -> Iterable[Node]:
        yield self
        for child in self.children.values():
            yield from child.walk()


@dataclass(frozen=True)
class Plan:
    """The tree (its root is the client) and one placement per raw operation, in order."""

    root: Node
    placements: tuple[Placement, ...]


def _words(text: str) -> list[str]:
    return [w for w in snake_case(text).split("_") if w]


def _singular(word: str) -> str:
    if word.endswith("ies") and len(word) > len("ties"):
        return word[:-3] + "y"
    if word.endswith(("sses", "xes", "ches", "shes")):
        return word[:-2]
    if word.endswith("s") and not word.endswith("ss") and len(word) > len("bus"):
        return word[:-1]
    return word


def _segments(path: str) -> list[str]:
    """The path's segments, static ones without a format suffix (`Accounts.json`)."""
    return [
        segment if "{" in segment else _FORMAT_SUFFIX.sub("", segment)
        for segment in path.split("/")
        if segment
    ]


def _is_param(segment: str) -> bool:
    return "{" in segment


def _attr(text: str) -> str:
    return safe_identifier(snake_case(text), "r")


def shared_prefix(paths: Sequence[str], server_paths: Iterable[str]) -> int:
    """How many leading segments every path shares that are a version, `api` or the
    server's base path again (those are dropped from resource names)."""
    droppable = set(_DROPPABLE)
    for server_path in server_paths:
        droppable.update(segment.lower() for segment in _segments(server_path))
    split = [_segments(path) for path in paths]
    if not split:
        return 0
    count = 0
    while True:
        heads = {parts[count] if len(parts) > count + 1 else None for parts in split}
        if len(heads) != 1:
            return count
        head = heads.pop()
        if head is None or _is_param(head):
            return count
        if not (_VERSION.match(head) or head.lower() in droppable):
            return count
        count += 1


def _tag_position(tag: str, statics: list[str]) -> int | None:
    """Index of the last static segment that names the tag (`chat` for tag Chat, `admin`
    for tag store-admin, `repos`+`issues`... for tag issues), or None."""
    tag_words = [_singular(w) for w in _words(tag)]
    if not tag_words:
        return None
    for index, segment in enumerate(statics):
        words = [_singular(w) for w in _words(segment)]
        if not words:
            continue
        if (
            words == tag_words
            or tag_words[-len(words) :] == words
            or tag_words[: len(words)] == words
        ):
            return index
        # two segments that spell the tag together: /chat/completions for "Chat Completions"
        if index + 1 < len(statics):
            both = words + [_singular(w) for w in _words(statics[index + 1])]
            if both == tag_words:
                return index + 1
    return None


@dataclass(frozen=True)
class _Wanted:
    chain: tuple[str, ...]
    method: str
    source: NameSource
    labels: tuple[str, ...] = ()


class NamingPlanner:
    def __init__(
        self,
        raws: Sequence[RawOperation],
        file: str,
        *,
        mode: NamingMode = "resources",
        names: Mapping[str, str] | None = None,
        server_paths: Iterable[str] = (),
        tag_descriptions: Mapping[str, str | None] | None = None,
        tag_order: Sequence[str] = (),
        client_reserved: frozenset[str] = frozenset(),
        resource_reserved: frozenset[str] = frozenset(),
    ) -> None:
        self.raws = raws
        self.file = file
        self.mode = mode
        self.names = dict(names or {})
        self.tag_descriptions = dict(tag_descriptions or {})
        self.tag_order = {tag: index for index, tag in enumerate(tag_order)}
        self.client_reserved = client_reserved
        self.resource_reserved = resource_reserved | ANNOTATION_NAMES
        self.drop = shared_prefix([raw.path for raw in raws], server_paths)
        self.paths_with_operations = {raw.path.rstrip("/") or "/" for raw in raws}
        self.all_paths = sorted({raw.path.rstrip("/") or "/" for raw in raws})
        self.operations_per_path: dict[str, int] = {}
        for raw in raws:
            key = raw.path.rstrip("/") or "/"
            self.operations_per_path[key] = self.operations_per_path.get(key, 0) + 1

    # -- the plan ------------------------------------------------------------------------

    def plan(self, warnings: list[SpecWarning]) -> Plan:
        wanted = [self._wanted(raw) for raw in self.raws]
        self._check_names_used()
        wanted = self._fall_back_on_clashes(wanted)
        root = Node(attr="", label="")
        for index, want in enumerate(wanted):
            node = root
            for depth, attr in enumerate(want.chain):
                child = node.children.get(attr)
                if child is None:
                    label = want.labels[depth] if depth < len(want.labels) else attr
                    child = node.children[attr] = Node(attr=attr, label=label)
                    if depth == 0:
                        child.description = self.tag_descriptions.get(label)
                node = child
            node.operations.append(index)
        # top-level resources in the order of the spec's `tags` list, then as they come
        ranked = sorted(
            enumerate(root.children.items()),
            key=lambda item: (self.tag_order.get(item[1][1].label, len(self.tag_order)), item[0]),
        )
        root.children = dict(pair for _, pair in ranked)
        return Plan(root, self._claim(root, wanted, warnings))

    def _claim(
        self, root: Node, wanted: list[_Wanted], warnings: list[SpecWarning]
    ) -> tuple[Placement, ...]:
        """Unique names in every node: sub-resources first, then overrides and rule names,
        then operationId names; what had to change is listed in one warning."""
        placements: dict[int, Placement] = {}
        renamed: list[str] = []
        self._claim_node(root, (), wanted, placements, renamed)
        if renamed:
            warnings.append(
                SpecWarning(
                    "/paths",
                    f"{len(renamed)} method name{'s' if len(renamed) != 1 else ''} clashed and "
                    "got a number (override with x-sdkforge-name): " + "; ".join(renamed),
                )
            )
        return tuple(placements[index] for index in range(len(wanted)))

    def _claim_node(
        self,
        node: Node,
        chain: tuple[str, ...],
        wanted: list[_Wanted],
        placements: dict[int, Placement],
        renamed: list[str],
    ) -> None:
        reserved = self.client_reserved if not chain else self.resource_reserved
        registry = NameRegistry(reserved)
        children: dict[str, Node] = {}
        for attr, child in node.children.items():
            claimed = registry.claim(attr)
            child.attr = claimed
            children[claimed] = child
        node.children = children
        rank = {"override": 0, "verb": 1, "action": 1, "operation_id": 2}
        order = sorted(node.operations, key=lambda i: (rank[wanted[i].source], i))
        for index in order:
            want = wanted[index]
            name = safe_identifier(want.method, "op")
            method = registry.claim(name)
            if method != name:
                where = ".".join(("client", *chain))
                raw = self.raws[index]
                renamed.append(f"{raw.http_method} {raw.path}: {where}.{method}")
            placements[index] = Placement(chain, method, want.source)
        for attr, child in node.children.items():
            self._claim_node(child, (*chain, attr), wanted, placements, renamed)

    # -- one operation -------------------------------------------------------------------

    def _wanted(self, raw: RawOperation) -> _Wanted:
        override = self._override(raw)
        return override if override is not None else self._computed(raw)

    def _computed(self, raw: RawOperation) -> _Wanted:
        """The placement the rules give, overrides aside."""
        if self.mode == "operation-id":
            return _Wanted(
                (_attr(raw.tag),) if raw.tag else (),
                self._operation_id_name(raw, ()),
                "operation_id",
                (raw.tag,) if raw.tag else (),
            )
        segments = _segments(raw.path)[self.drop :]
        prefix: tuple[str, ...] = ()
        labels: tuple[str, ...] = ()
        if raw.tag is not None:
            prefix, labels = (_attr(raw.tag),), (raw.tag,)
            statics = [(i, s) for i, s in enumerate(segments) if not _is_param(s)]
            position = _tag_position(raw.tag, [s for _, s in statics])
            if position is not None:
                # the segments up to the tag's own are the tag: /repos/{o}/{r}/issues -> issues
                segments = segments[statics[position][0] + 1 :]
        statics_left = [segment for segment in segments if not _is_param(segment)]
        if not segments:
            if not prefix:  # the API's root: no resource, no rule
                return _Wanted((), self._operation_id_name(raw, ()), "operation_id")
            # the tag's own path: a collection of the resource itself
            return self._named(raw, prefix, labels, _COLLECTION_VERBS.get(raw.http_method))
        last = segments[-1]
        if not _is_param(last) and self._is_singleton(raw):
            chain: tuple[str, ...] = prefix + tuple(_attr(s) for s in statics_left[:-1])
            action = _attr(last)
            alone = self.operations_per_path[self._key(raw)] == 1
            if alone and raw.http_method in ("GET", "POST"):
                return _Wanted(chain, action, "action", labels)
            verb = _SINGLETON_VERBS.get(raw.http_method)
            if verb is not None:
                return _Wanted(chain, f"{verb}_{action}", "action", labels)
        chain = prefix + tuple(_attr(s) for s in statics_left)
        verbs = _ITEM_VERBS if _is_param(last) else _COLLECTION_VERBS
        return self._named(raw, chain, labels, verbs.get(raw.http_method))

    def _named(
        self, raw: RawOperation, chain: tuple[str, ...], labels: tuple[str, ...], verb: str | None
    ) -> _Wanted:
        if verb is not None:
            return _Wanted(chain, verb, "verb", labels)
        return _Wanted(chain, self._operation_id_name(raw, chain), "operation_id", labels)

    def _key(self, raw: RawOperation) -> str:
        return raw.path.rstrip("/") or "/"

    def _is_singleton(self, raw: RawOperation) -> bool:
        """A last static segment with no deeper paths, under a path with operations."""
        path = self._key(raw)
        parent = path.rsplit("/", 1)[0] or "/"
        if len(_segments(parent)) <= self.drop:
            return False  # the parent is a dropped prefix (/v1), not a resource
        if parent not in self.paths_with_operations:
            return False
        deeper = path + "/"
        return not any(other.startswith(deeper) for other in self.all_paths)

    def _operation_id_name(self, raw: RawOperation, chain: tuple[str, ...]) -> str:
        """The operationId without FastAPI's tail and the resource's words; the HTTP method
        (and what the path adds to the resource) when there is no operationId."""
        operation_id = raw.operation.operationId
        if not operation_id:
            if self.mode == "operation-id":
                return default_method_name(raw)
            return raw.http_method.lower()
        if self.mode == "operation-id":
            return snake_case(operation_id)
        tail = re.sub(r"\W", "_", raw.path) + "_" + raw.http_method.lower()
        if operation_id.endswith(tail) and len(operation_id) > len(tail):
            operation_id = operation_id[: -len(tail)]
        words = _words(operation_id)
        resource_words = {w for attr in chain for w in attr.split("_") if w}
        resource_words |= {_singular(w) for w in resource_words}
        kept = [w for w in words if w not in resource_words and _singular(w) not in resource_words]
        return "_".join(kept or words)

    # -- overrides -----------------------------------------------------------------------

    def _override(self, raw: RawOperation) -> _Wanted | None:
        operation_id = raw.operation.operationId
        extensions = raw.operation.model_extra or {}
        if operation_id is not None and operation_id in self.names:
            where = f"[tool.sdkforge] names.{operation_id}"
            return _dotted(self.names[operation_id], lambda m: ConfigError(f"{where}: {m}"))
        pointer = raw.pointer
        if NAME_EXTENSION in extensions:
            at = join_pointer(pointer, NAME_EXTENSION)
            return _dotted(extensions[NAME_EXTENSION], lambda m: SpecError(self.file, at, m))
        for group_key, method_key in ((SPEAKEASY_GROUP, SPEAKEASY_NAME), (FERN_GROUP, FERN_METHOD)):
            if group_key not in extensions and method_key not in extensions:
                continue
            group = extensions.get(group_key)
            method = extensions.get(method_key)
            if isinstance(group, list) and all(isinstance(part, str) for part in group):
                group = ".".join(group)  # Fern's list form: ["chat", "completions"]
            for key, value in ((group_key, group), (method_key, method)):
                if value is not None and (not isinstance(value, str) or not value.strip()):
                    raise SpecError(self.file, join_pointer(pointer, key), "expected a name")
            computed = self._computed(raw)
            parts = tuple(part for part in (group or "").split(".") if part)
            chain = tuple(_attr(part) for part in parts) if group else computed.chain
            name = snake_case(method) if method else computed.method
            return _Wanted(chain, name, "override", parts if group else computed.labels)
        return None

    def _check_names_used(self) -> None:
        known = {raw.operation.operationId for raw in self.raws}
        unknown = sorted(set(self.names) - known)
        if unknown:
            raise ConfigError(
                f"[tool.sdkforge] names.{unknown[0]}: the spec has no operation with this operationId"
            )

    # -- clashes -------------------------------------------------------------------------

    def _fall_back_on_clashes(self, wanted: list[_Wanted]) -> list[_Wanted]:
        """Two operations a rule gives the same name (PUT and PATCH on one item are both
        `update`) are both named from their operationIds instead."""
        seen: dict[tuple[tuple[str, ...], str], list[int]] = {}
        for index, want in enumerate(wanted):
            if want.source in ("verb", "action"):
                seen.setdefault((want.chain, want.method), []).append(index)
        result = list(wanted)
        for indices in seen.values():
            if len(indices) == 1:
                continue
            for index in indices:
                want = wanted[index]
                raw = self.raws[index]
                name = self._operation_id_name(raw, want.chain)
                if not raw.operation.operationId:
                    name = f"{raw.http_method.lower()}_{want.method}"
                result[index] = _Wanted(want.chain, name, "operation_id", want.labels)
        return result


def _dotted(value: object, fail: Callable[[str], Exception]) -> _Wanted:
    """`chat.completions.create` -> the chain (chat, completions) and the method `create`."""
    if not isinstance(value, str) or not value.strip():
        raise fail("expected a dotted name like 'chat.completions.create'")
    parts = value.strip().split(".")
    if any(not part.strip() for part in parts):
        raise fail(f"{value!r} is not a dotted name like 'chat.completions.create'")
    chain = tuple(_attr(part) for part in parts[:-1])
    return _Wanted(chain, snake_case(parts[-1]), "override", tuple(parts[:-1]))
