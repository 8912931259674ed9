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
   (`customers.delete_discount`). So is a last segment that starts with a verb, with or
   without operations on the path before it (`uploads.cancel`), and an RPC call in a segment
   (`{name}:cancel`, `#X-Amz-Target=Service.DescribeThings`).
4. Where these do not apply: the operationId without the resource's own words and without
   FastAPI's `_<path>_<method>` tail (`create_flow_flows__post` -> `create`), or the HTTP
   method when there is no operationId. A name that starts with an HTTP verb sends it.
5. Where names clash: words before numbers (see NamingPlanner._alternatives), and every
   name a clash changed in one warning.

`naming = "operation-id"` keeps the older scheme: resources by tag, untagged operations on the
client, methods named after the operationId.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from typing import Literal

from generator.config import NamingMode
from generator.errors import ConfigError, SpecError, SpecWarning, join_pointer
from generator.parse.names import (
    NameRegistry,
    safe_identifier,
    snake_case,
    words_of,
)
from generator.parse.naming_words import (
    ACTION_VERBS,
    METHOD_WORDS,
    custom_method,
    method_name,
    sends_its_verb,
    tag_singular,
)
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
_UNDER_ANOTHER = 2  # segments an action needs: itself and what it acts on
_METHOD_ORDER = {"GET": 0, "PATCH": 1, "PUT": 2, "POST": 3, "DELETE": 4}

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
    """Lower-case words, never shortened (a long operationId loses its resource's words
    first, see NamingPlanner._operation_id_name)."""
    return [word.lower() for word in words_of(text)]


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
    tag_words = [tag_singular(w) for w in _words(tag)]
    if not tag_words:
        return None
    for index, segment in enumerate(statics):
        words = [tag_singular(w) for w in _words(segment)]
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
            both = words + [tag_singular(w) for w in _words(statics[index + 1])]
            if both == tag_words:
                return index + 1
    return None


@dataclass(frozen=True)
class _Wanted:
    """Where the rules put one operation; `alternatives`: the names to try in turn when
    `method` is taken; `instead_of`: the name a clash moved it from."""

    chain: tuple[str, ...]
    method: str
    source: NameSource
    labels: tuple[str, ...] = ()
    alternatives: tuple[str, ...] = ()
    instead_of: str | None = None


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
            many = len(renamed) != 1
            warnings.append(
                SpecWarning(
                    "/paths",
                    f"{len(renamed)} name{'s' if many else ''} clashed and "
                    f"{'were' if many else 'was'} renamed (override with x-sdkforge-name): "
                    + "; ".join(renamed),
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
        where = ".".join(("client", *chain))
        children: dict[str, Node] = {}
        for attr, child in node.children.items():
            # a name the client or the generated module needs: the attribute takes PEP 8's
            # trailing underscore (`bytes_`), not a number
            claimed = registry.claim_first([attr, attr + "_"] if attr in reserved else [attr])
            if claimed != attr:
                renamed.append(f"resource {where}.{claimed} (not {attr})")
            child.attr = claimed
            children[claimed] = child
        node.children = children
        rank = {"override": 0, "verb": 1, "action": 1, "operation_id": 2}
        order = sorted(node.operations, key=lambda i: (rank[wanted[i].source], i))
        for index in order:
            want = wanted[index]
            candidates = [safe_identifier(name, "op") for name in (want.method, *want.alternatives)]
            if candidates[0] in reserved:  # the client's own `get`: `get_`, as for resources
                candidates.append(candidates[0] + "_")
            method = registry.claim_first(candidates)
            first = want.instead_of or candidates[0]
            if method != first or want.instead_of is not None:
                raw = self.raws[index]
                renamed.append(f"{raw.http_method} {raw.path}: {where}.{method} (not {first})")
            placements[index] = Placement(chain, method, want.source)
        for attr, child in node.children.items():
            self._claim_node(child, (*chain, attr), wanted, placements, renamed)

    # -- one operation -------------------------------------------------------------------

    def _wanted(self, raw: RawOperation) -> _Wanted:
        override = self._override(raw)
        if override is not None:
            return override
        want = self._computed(raw)
        want = replace(want, method=sends_its_verb(want.method, raw.http_method))
        alternatives = (
            sends_its_verb(name, raw.http_method) for name in self._alternatives(raw, want)
        )
        return replace(
            want, alternatives=tuple(n for n in dict.fromkeys(alternatives) if n != want.method)
        )

    def _alternatives(self, raw: RawOperation, want: _Wanted) -> list[str]:
        """Names for an operation whose own is taken, words before numbers: its operationId's
        name; the word of its HTTP method where the rule's verb is another method's
        (`replace`); an action with the verb it combines with (`create_runs`); on a
        collection, one named after its HTTP method for want of an operationId is `delete_all`;
        the whole operationId; then `<name>_by_<what its path adds>`."""
        names: list[str] = []
        operation_id = raw.operation.operationId
        if operation_id and want.source != "operation_id":
            names.append(self._operation_id_name(raw, want.chain))
        if want.source == "verb" and raw.http_method in METHOD_WORDS:
            names.append(METHOD_WORDS[raw.http_method])
        if want.source == "action" and raw.http_method in _SINGLETON_VERBS:
            names.append(f"{_SINGLETON_VERBS[raw.http_method]}_{want.method}")
        segments = _segments(raw.path)
        bare = want.source == "operation_id" and not raw.operation.operationId
        if bare and segments and not _is_param(segments[-1]):
            names.append(f"{want.method}_all")
        if operation_id:  # all of it, the resource's words too (`create_batch_payment`)
            names.append(method_name(_words(operation_id)))
        names += [f"{want.method}_by_{word}" for word in self._path_words(raw, want.chain)]
        return [name for name in names if name and name != want.method]

    def _path_words(self, raw: RawOperation, chain: tuple[str, ...]) -> list[str]:
        """What an operation's path says beyond its resource, last first: the segments that
        are not the resource's, a parameter as the thing before it names it
        (`/users/{id}/permissions` -> `user`) or as itself (`{algorithm}`)."""
        segments = _segments(raw.path)[self.drop :]
        words: list[str] = []
        for position in range(len(segments) - 1, -1, -1):
            segment = segments[position]
            before = segments[position - 1] if position else None
            if not _is_param(segment):
                if _attr(segment) not in chain:
                    words.append(_singular_attr(segment))
            elif before is not None and not _is_param(before) and _attr(before) not in chain:
                words.append(_singular_attr(before))
            else:
                words.append(_attr(segment.strip("{}")))
        return list(dict.fromkeys(words))

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
        custom = custom_method(segments[-1])
        if custom is not None:  # RPC: `/{name}:cancel`, `/#X-Amz-Target=Service.Describe`
            return _rpc_call(segments[:-1], custom, prefix, labels)
        last = segments[-1]
        if not _is_param(last) and (self._is_singleton(raw) or self._is_verb_action(raw, segments)):
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

    def _is_verb_action(self, raw: RawOperation, segments: list[str]) -> bool:
        """A last segment that starts with a verb (`cancel`, `run`), under another segment
        and with no deeper paths: an action of the resource before it, whether or not
        that path has operations of its own."""
        words = _words(segments[-1])
        if len(segments) < _UNDER_ANOTHER or not words or words[0] not in ACTION_VERBS:
            return False
        if not any(not _is_param(s) for s in segments[:-1]) and raw.tag is None:
            return False  # nothing to be an action of
        deeper = self._key(raw) + "/"
        return not any(other.startswith(deeper) for other in self.all_paths)

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
            return method_name(_words(operation_id)) or snake_case(operation_id)
        # FastAPI's tail spells the path with or without the prefix it is mounted under
        unprefixed = "/" + "/".join(_segments(raw.path)[self.drop :])
        for path in dict.fromkeys((raw.path, unprefixed)):
            tail = re.sub(r"\W", "_", path) + "_" + raw.http_method.lower()
            if operation_id.endswith(tail) and len(operation_id) > len(tail):
                operation_id = operation_id[: -len(tail)]
                break
        words = _words(operation_id)
        resource_words = {w for attr in chain for w in attr.split("_") if w}
        resource_words |= {tag_singular(w) for w in resource_words}
        kept = [
            w for w in words if w not in resource_words and tag_singular(w) not in resource_words
        ]
        return method_name(kept or words)

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
        """Operations a rule gives the same name (PUT and PATCH on one item are both
        `update`): with an operationId each, all are named from them; else one keeps the
        name (the shortest path, then PATCH, PUT, POST) and the others take their first
        alternative, `replace` for PUT, `retrieve_by_algorithm` for a longer path."""
        seen: dict[tuple[tuple[str, ...], str], list[int]] = {}
        for index, want in enumerate(wanted):
            if want.source in ("verb", "action"):
                seen.setdefault((want.chain, want.method), []).append(index)
        result = list(wanted)
        for indices in seen.values():
            if len(indices) == 1:
                continue
            raws = [self.raws[index] for index in indices]
            if all(raw.operation.operationId for raw in raws):
                names = [
                    self._operation_id_name(raw, wanted[i].chain)
                    for i, raw in zip(indices, raws, strict=True)
                ]
                if len(set(names)) == len(names):
                    for index, raw_name in zip(indices, names, strict=True):
                        name = sends_its_verb(raw_name, self.raws[index].http_method)
                        rest = tuple(n for n in wanted[index].alternatives if n != name)
                        result[index] = replace(
                            wanted[index], method=name, source="operation_id", alternatives=rest
                        )
                    continue
            keeper = min(indices, key=self._keeps_the_name)
            for index in indices:
                want = wanted[index]
                if index != keeper and want.alternatives:
                    result[index] = replace(
                        want,
                        method=want.alternatives[0],
                        alternatives=want.alternatives[1:],
                        instead_of=want.method,
                    )
        return result

    def _keeps_the_name(self, index: int) -> tuple[int, int, int]:
        raw = self.raws[index]
        return (len(_segments(raw.path)), _METHOD_ORDER.get(raw.http_method, 9), index)


def _rpc_call(
    before: list[str], call: tuple[str, str], prefix: tuple[str, ...], labels: tuple[str, ...]
) -> _Wanted:
    """An RPC call in the last segment: a method of the resource the segments before it
    (and what the call names before its verb, `topics` in `topics:publish`) make."""
    base, action = call
    segments = [*before, *([base] if base else [])]
    chain = prefix + tuple(_attr(s) for s in segments if not _is_param(s))
    return _Wanted(chain, _attr(action), "action", labels)


def _singular_attr(segment: str) -> str:
    words = _words(segment)
    if words:
        words[-1] = tag_singular(words[-1])
    return _attr("_".join(words))


def _dotted(value: object, fail: Callable[[str], Exception]) -> _Wanted:
    """`chat.completions.create` -> the chain (chat, completions) and the method `create`."""
    if not isinstance(value, str) or not value.strip():
        raise fail("expected a dotted name like 'chat.completions.create'")
    parts = value.strip().split(".")
    if any(not part.strip() for part in parts):
        raise fail(f"{value!r} is not a dotted name like 'chat.completions.create'")
    chain = tuple(_attr(part) for part in parts[:-1])
    return _Wanted(chain, snake_case(parts[-1]), "override", tuple(parts[:-1]))
