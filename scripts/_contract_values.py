"""Values for a contract run, built from an OpenAPI document (no network, no SDK needed).

- `prism_document`: the copy of a loaded (bundled) document that Prism gets: `$ref` keys
  inside examples and `x-*` extensions removed; the refs that are still not local listed.
- `schema_value`: a value that a schema accepts: its example, default or first enum value,
  else one synthesized from the type, format and bounds (required properties only).
- `parameter_value` / `media_value`: the same for a parameter or a request body media type,
  their own examples first.
"""

from __future__ import annotations

import base64
import re
from re import _parser  # type: ignore[attr-defined]  # re.compile's parser: its tree gives a match
from re._constants import MAXREPEAT as _MAXREPEAT  # type: ignore[import-not-found]
from typing import Any

MAX_DEPTH = 10


class Binary(bytes):
    """Bytes for a `format: binary` string (a file part or an octet-stream body)."""


def resolve(node: Any, document: dict[str, Any]) -> Any:
    """Follow local `$ref`s (a chain of them too); other refs are returned as they are."""
    seen: set[str] = set()
    while isinstance(node, dict) and isinstance(node.get("$ref"), str):
        ref = node["$ref"]
        if not ref.startswith("#") or ref in seen:
            return node
        seen.add(ref)
        node = _pointer(document, ref[1:])
    return node


def _pointer(document: Any, pointer: str) -> Any:
    node = document
    for escaped in pointer.split("/")[1:] if pointer else []:
        token = escaped.replace("~1", "/").replace("~0", "~")
        if isinstance(node, list):
            node = node[int(token)]
        elif isinstance(node, dict):
            node = node.get(token)
        else:
            return None
    return node


# -- the copy Prism gets -------------------------------------------------------------------

_VALUE_KEYS = ("example", "examples", "default", "const", "enum")


def prism_document(document: dict[str, Any]) -> tuple[dict[str, Any], list[str]]:
    """The document without `$ref` keys in example/extension values, and its remote refs.

    Prism resolves every `$ref` it sees, values included, and downloads the ones that are
    not local: it must get a document whose refs are all `#...`.
    """
    remote: list[str] = []

    def strip(value: Any) -> Any:  # inside a value: no key is a reference
        if isinstance(value, dict):
            return {k: strip(v) for k, v in value.items() if k != "$ref"}
        if isinstance(value, list):
            return [strip(v) for v in value]
        return value

    def walk(node: Any) -> Any:
        if isinstance(node, list):
            return [walk(item) for item in node]
        if not isinstance(node, dict):
            return node
        out: dict[str, Any] = {}
        for key, value in node.items():
            if key == "$ref" and isinstance(value, str):
                if not value.startswith("#"):
                    remote.append(value)
                out[key] = value
            elif key == "example" and value is None:
                # HubSpot writes `example: null` beside its schemas: Prism serves a bare
                # null; without it, Prism builds an example from the schema
                continue
            elif key.startswith("x-") or key in ("example", "default", "const", "enum"):
                out[key] = strip(value)
            elif key == "examples":
                out[key] = _strip_examples(value, strip, walk)
            elif key == "properties" and isinstance(value, dict):
                # property names are not keywords: a property may be called `example`
                out[key] = {name: walk(prop) for name, prop in value.items()}
            else:
                out[key] = walk(value)
        return out

    copied = walk(document)
    _json_for_wildcard_responses(copied)
    return copied, sorted(set(remote))


WILDCARD_MEDIA = ("*/*", "application/*")
HTTP_METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")


def _json_for_wildcard_responses(document: dict[str, Any]) -> None:
    """A response declared as `*/*` with a schema is JSON to the SDK (and to the real API),
    but Prism answers it 406 to `Accept: application/json` and 500 ("cannot serialise
    complex objects as text") to `*/*`: Prism's copy declares it `application/json`."""
    responses: list[Any] = list(
        ((document.get("components") or {}).get("responses") or {}).values()
    )
    for item in (document.get("paths") or {}).values():
        for method in HTTP_METHODS:
            operation = item.get(method) if isinstance(item, dict) else None
            if isinstance(operation, dict) and isinstance(operation.get("responses"), dict):
                responses.extend(operation["responses"].values())
    for response in responses:
        content = response.get("content") if isinstance(response, dict) else None
        if not isinstance(content, dict) or "application/json" in content:
            continue
        for media in WILDCARD_MEDIA:
            declared = content.get(media)
            schema = declared.get("schema") if isinstance(declared, dict) else None
            if isinstance(schema, dict) and schema.get("type") != "string":  # not a download
                content["application/json"] = content.pop(media)
                break


def _strip_examples(value: Any, strip: Any, walk: Any) -> Any:
    """`examples`: a schema's list of values, or a map of Example objects (or refs to them)."""
    if isinstance(value, list):
        return strip(value)
    if not isinstance(value, dict):
        return value
    out: dict[str, Any] = {}
    for name, example in value.items():
        if isinstance(example, dict) and set(example) == {"$ref"}:
            out[name] = walk(example)  # a reference to components/examples: keep it
        elif isinstance(example, dict):
            out[name] = {k: (strip(v) if k == "value" else v) for k, v in example.items()}
        else:
            out[name] = strip(example)
    return out


# -- values --------------------------------------------------------------------------------


_FORMATS: dict[str, Any] = {
    "date-time": "2024-01-02T03:04:05Z",
    "date": "2024-01-02",
    "time": "03:04:05",
    "uuid": "3fa85f64-5717-4562-b3fc-2c963f66afa6",
    "email": "user@example.com",
    "uri": "https://example.com/x",
    "url": "https://example.com/x",
    "uri-reference": "https://example.com/x",
    "iri": "https://example.com/x",
    "hostname": "example.com",
    "ipv4": "192.0.2.1",
    "ipv6": "2001:db8::1",
    "byte": base64.b64encode(b"contract").decode(),
    "password": "secret",
    "duration": "P1D",
}

_CANDIDATES = (
    "string",
    "abc",
    "a",
    "A",
    "1",
    "12",
    "123",
    "1234",
    "12345",
    "123456",
    "abc123",
    "ABC",
    "AB",
    "ab",
    "a1",
    "US",
    "USD",
    "en",
    "en-US",
    "2024-01-02",
    "2024-01-02T03:04:05Z",
    "user@example.com",
    "https://example.com/x",
    "3fa85f64-5717-4562-b3fc-2c963f66afa6",
    "a-b",
    "a_b",
    "a.b",
    "+1234567890",
    "0",
    "00",
)


def example_of(node: dict[str, Any], document: dict[str, Any]) -> tuple[bool, Any]:
    """A node's own example: `example`, else the first usable of `examples`."""
    if "example" in node:
        return True, node["example"]
    examples = node.get("examples")
    if isinstance(examples, list) and examples:
        return True, examples[0]
    if isinstance(examples, dict):
        for entry in examples.values():
            example = resolve(entry, document)
            if isinstance(example, dict) and "value" in example:
                return True, example["value"]
    return False, None


def string_value(schema: dict[str, Any]) -> Any:
    fmt = schema.get("format")
    if fmt == "binary":
        return Binary(b"contract")
    pattern = schema.get("pattern")
    low = int(schema.get("minLength", 0) or 0)
    high = schema.get("maxLength")
    candidates = [_FORMATS[fmt]] if fmt in _FORMATS else []
    if pattern is not None:
        built = from_pattern(str(pattern))
        if built is not None:
            candidates.append(built)
    candidates.extend(_CANDIDATES)
    for candidate in candidates:
        if len(candidate) < low or (high is not None and len(candidate) > high):
            continue
        if pattern is None or _matches(pattern, candidate):
            return candidate
    if pattern is None or low:
        text = (candidates[0] * (low // max(len(candidates[0]), 1) + 1))[: max(low, 6)]
        return text[:high] if high is not None else text
    return "string"  # a pattern none of the candidates meets: Prism may reject it


def from_pattern(pattern: str) -> str | None:
    """A string the regular expression matches, built from its parse tree (None if unsure)."""
    try:
        tree = _parser.parse(pattern)
        text = _build(tree)
    except (re.error, ValueError, TypeError, RecursionError, OverflowError):
        return None
    return text if text is not None and _matches(pattern, text) else None


def _build(items: Any) -> str | None:
    out: list[str] = []
    for op, arg in items:
        name = str(op)
        if name == "LITERAL":
            out.append(chr(arg))
        elif name == "NOT_LITERAL":
            out.append("a" if chr(arg) != "a" else "b")
        elif name == "ANY":
            out.append("a")
        elif name == "IN":
            char = _from_set(arg)
            if char is None:
                return None
            out.append(char)
        elif name in ("MAX_REPEAT", "MIN_REPEAT", "POSSESSIVE_REPEAT"):
            low, high, sub = arg
            count = max(low, 1) if high != 0 else 0
            if high is not None and high != _MAXREPEAT:
                count = min(count, high)
            part = _build(sub)
            if part is None:
                return None
            out.append(part * count)
        elif name == "SUBPATTERN":
            part = _build(arg[-1])
            if part is None:
                return None
            out.append(part)
        elif name == "BRANCH":
            part = _build(arg[1][0])
            if part is None:
                return None
            out.append(part)
        elif name == "AT":
            continue
        elif name == "CATEGORY":
            out.append(_CATEGORY.get(str(arg), "a"))
        elif name in ("ASSERT", "ASSERT_NOT"):
            continue
        else:  # GROUPREF and the rest: give up
            return None
    return "".join(out)


_CATEGORY = {
    "CATEGORY_DIGIT": "1",
    "CATEGORY_NOT_DIGIT": "a",
    "CATEGORY_WORD": "a",
    "CATEGORY_NOT_WORD": "-",
    "CATEGORY_SPACE": " ",
    "CATEGORY_NOT_SPACE": "a",
}


def _from_set(items: Any) -> str | None:
    if items and str(items[0][0]) == "NEGATE":
        for char in "aA1-_ .":
            if re.fullmatch(_set_regex(items), char):
                return char
        return None
    for op, arg in items:
        name = str(op)
        if name == "LITERAL":
            return chr(arg)
        if name == "RANGE":
            low, high = arg
            for char in "a1A":
                if low <= ord(char) <= high:
                    return char
            return chr(low)
        if name == "CATEGORY":
            return _CATEGORY.get(str(arg), "a")
    return None


def _set_regex(items: Any) -> str:
    parts = []
    for op, arg in items:
        name = str(op)
        if name == "LITERAL":
            parts.append(re.escape(chr(arg)))
        elif name == "RANGE":
            parts.append(re.escape(chr(arg[0])) + "-" + re.escape(chr(arg[1])))
        elif name == "CATEGORY":
            parts.append(
                {"CATEGORY_DIGIT": r"\d", "CATEGORY_WORD": r"\w", "CATEGORY_SPACE": r"\s"}.get(
                    str(arg), ""
                )
            )
    return "[^" + "".join(parts) + "]"


def _matches(pattern: str, text: str) -> bool:
    try:
        return re.search(pattern, text) is not None
    except (re.error, TypeError):
        return False


def number_value(schema: dict[str, Any], integer: bool) -> int | float:
    low = schema.get("minimum")
    high = schema.get("maximum")
    excl_low = schema.get("exclusiveMinimum")
    excl_high = schema.get("exclusiveMaximum")
    step = schema.get("multipleOf")
    # 3.0 booleans next to minimum/maximum, 3.1 numbers of their own
    if isinstance(excl_low, bool):
        excl_low = low if excl_low else None
        low = None if excl_low is not None else low
    if isinstance(excl_high, bool):
        excl_high = high if excl_high else None
        high = None if excl_high is not None else high
    value: float = 1
    if low is not None:
        value = max(value, low) if high is None or low > 0 else low
    if excl_low is not None and value <= excl_low:
        value = excl_low + 1
    if high is not None and value > high:
        value = high
    if excl_high is not None and value >= excl_high:
        value = excl_high - 1
    if isinstance(step, int | float) and step > 0 and value % step:
        value = (value // step + 1) * step
    return int(value) if integer else value


def _first_type(schema: dict[str, Any]) -> str | None:
    kind = schema.get("type")
    if isinstance(kind, list):
        kinds = [k for k in kind if k != "null"]
        return kinds[0] if kinds else None
    if kind is None:
        if "properties" in schema or "additionalProperties" in schema:
            return "object"
        if "items" in schema:
            return "array"
    return kind if isinstance(kind, str) else None


def merged_all_of(schema: dict[str, Any], document: dict[str, Any]) -> dict[str, Any]:
    """`allOf` folded into one schema: properties and `required` of every part."""
    out: dict[str, Any] = {k: v for k, v in schema.items() if k != "allOf"}
    properties: dict[str, Any] = dict(out.get("properties") or {})
    required: list[str] = list(out.get("required") or [])
    for declared in schema.get("allOf") or []:
        resolved = resolve(declared, document)
        if not isinstance(resolved, dict):
            continue
        part = merged_all_of(resolved, document) if "allOf" in resolved else resolved
        for key, value in part.items():
            if key == "properties" and isinstance(value, dict):
                properties = {**value, **properties}
            elif key == "required" and isinstance(value, list):
                required.extend(r for r in value if r not in required)
            elif key not in out:
                out[key] = value
    if properties:
        out["properties"] = properties
    if required:
        out["required"] = required
    if "type" not in out and properties:
        out["type"] = "object"
    return out


def schema_value(
    schema: Any,
    document: dict[str, Any],
    *,
    writing: bool = True,
    depth: int = 0,
    refs: tuple[str, ...] = (),
) -> Any:
    """A value the schema accepts; for a request (`writing`) readOnly properties are left out."""
    if isinstance(schema, dict) and isinstance(schema.get("$ref"), str):
        ref = schema["$ref"]
        if ref in refs or depth > MAX_DEPTH:
            return None
        refs = (*refs, ref)
    schema = resolve(schema, document)
    if schema is True or not isinstance(schema, dict):
        return "string"
    found, example = example_of(schema, document)
    if found and example is not None:
        return example
    if "const" in schema:
        return schema["const"]
    if "default" in schema and schema["default"] is not None:
        return schema["default"]
    enum = [value for value in schema.get("enum") or [] if value is not None]
    if enum:
        return enum[0]
    if "allOf" in schema:
        return schema_value(
            merged_all_of(schema, document), document, writing=writing, depth=depth + 1, refs=refs
        )
    for key in ("oneOf", "anyOf"):
        variants = schema.get(key)
        if isinstance(variants, list) and variants:
            return _variant_value(schema, variants, document, writing, depth, refs)
    kind = _first_type(schema)
    if kind == "object":
        return _object_value(schema, document, writing, depth, refs)
    if kind == "array":
        item = schema_value(
            schema.get("items", {}), document, writing=writing, depth=depth + 1, refs=refs
        )
        count = max(1, int(schema.get("minItems", 1) or 1))
        return [item] * count if item is not None else []
    if kind == "string":
        return string_value(schema)
    if kind in ("integer", "number"):
        return number_value(schema, kind == "integer")
    if kind == "boolean":
        return True
    if kind == "null":
        return None
    return "string"


def _variant_value(
    schema: dict[str, Any],
    variants: list[Any],
    document: dict[str, Any],
    writing: bool,
    depth: int,
    refs: tuple[str, ...],
) -> Any:
    chosen = next(
        (v for v in variants if _first_type(resolve(v, document) or {}) != "null"), variants[0]
    )
    # the variant's own schema, with the object's properties next to the oneOf merged in
    value = schema_value(chosen, document, writing=writing, depth=depth + 1, refs=refs)
    rest = {k: v for k, v in schema.items() if k not in ("oneOf", "anyOf", "discriminator")}
    if isinstance(value, dict) and rest.get("properties"):
        base = _object_value(rest, document, writing, depth, refs)
        value = {**base, **value}
    discriminator = schema.get("discriminator")
    if isinstance(value, dict) and isinstance(discriminator, dict):
        name = discriminator.get("propertyName")
        if isinstance(name, str):
            tag = _discriminator_tag(chosen, discriminator)
            if tag is not None:
                value[name] = tag
    return value


def _discriminator_tag(variant: Any, discriminator: dict[str, Any]) -> str | None:
    ref = variant.get("$ref") if isinstance(variant, dict) else None
    if not isinstance(ref, str):
        return None
    for tag, target in (discriminator.get("mapping") or {}).items():
        if target == ref or target == ref.rsplit("/", 1)[-1]:
            return str(tag)
    return ref.rsplit("/", 1)[-1]


def _object_value(
    schema: dict[str, Any],
    document: dict[str, Any],
    writing: bool,
    depth: int,
    refs: tuple[str, ...],
) -> dict[str, Any]:
    properties = schema.get("properties") or {}
    out: dict[str, Any] = {}
    for name in schema.get("required") or []:
        prop = properties.get(name)
        if prop is None:
            extra = schema.get("additionalProperties")
            out[name] = schema_value(
                extra if isinstance(extra, dict) else {"type": "string"},
                document,
                writing=writing,
                depth=depth + 1,
                refs=refs,
            )
            continue
        target = resolve(prop, document)
        if writing and isinstance(target, dict) and target.get("readOnly"):
            continue
        if not writing and isinstance(target, dict) and target.get("writeOnly"):
            continue
        value = schema_value(prop, document, writing=writing, depth=depth + 1, refs=refs)
        if value is None and depth >= MAX_DEPTH:
            continue
        out[name] = value
    # minProperties: optional properties next, then made-up keys when extras are allowed
    wanted = int(schema.get("minProperties", 0) or 0)
    for name, prop in properties.items():
        if len(out) >= wanted:
            break
        target = resolve(prop, document)
        if name not in out and not (
            writing and isinstance(target, dict) and target.get("readOnly")
        ):
            out[name] = schema_value(prop, document, writing=writing, depth=depth + 1, refs=refs)
    extra = schema.get("additionalProperties")
    while len(out) < wanted and extra is not False:
        out[f"key{len(out) + 1}"] = schema_value(
            extra if isinstance(extra, dict) else {"type": "string"},
            document,
            writing=writing,
            depth=depth + 1,
            refs=refs,
        )
    return out


def parameter_value(parameter: dict[str, Any], document: dict[str, Any]) -> tuple[bool, Any]:
    """(has an example of its own, value) for a Parameter object (resolved)."""
    found, example = example_of(parameter, document)
    if found and example is not None and _in_enum(example, parameter.get("schema"), document):
        return True, example
    content = parameter.get("content")
    if isinstance(content, dict) and content:
        media = resolve(next(iter(content.values())), document) or {}
        found, example = example_of(media, document)
        if found:
            return True, example
        return _schema_has_example(media.get("schema"), document), schema_value(
            media.get("schema", {}), document
        )
    schema = parameter.get("schema", {})
    return _schema_has_example(schema, document), schema_value(schema, document)


def _in_enum(value: Any, schema: Any, document: dict[str, Any]) -> bool:
    """False for an example outside its schema's enum (Box's `response_type` example is not
    the one value its enum allows): the run sends a value the spec allows instead."""
    schema = resolve(schema, document)
    enum = schema.get("enum") if isinstance(schema, dict) else None
    return not isinstance(enum, list) or value in enum


def _schema_has_example(schema: Any, document: dict[str, Any]) -> bool:
    schema = resolve(schema, document)
    if not isinstance(schema, dict):
        return False
    if example_of(schema, document)[0]:
        return True
    items = resolve(schema.get("items"), document)
    return isinstance(items, dict) and example_of(items, document)[0]


def media_value(media: dict[str, Any], document: dict[str, Any]) -> Any:
    """A request body for a Media Type object: its example, else one built from its schema."""
    found, example = example_of(media, document)
    if found and example is not None:
        return example
    return schema_value(media.get("schema", {}), document)
