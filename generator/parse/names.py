"""Turning spec strings into safe, readable, unique Python identifiers.

Every identifier in generated code comes from here: the output is always a valid ASCII
identifier, never a keyword, so no spec string reaches code unescaped through a name.
"""

from __future__ import annotations

import hashlib
import keyword
import re
import unicodedata
from collections.abc import Iterator, Sequence
from functools import lru_cache

MAX_IDENTIFIER = 80
# RFC 9110 token: what a header name (and a cookie name) may be; a spec name that is not
# one could split a header or a cookie, so it is refused rather than sent.
HTTP_TOKEN = re.compile(r"^[!#$%&'*+.^_`|~0-9A-Za-z-]+$")

# Names that generated model and method code uses for types and helpers: a field or
# parameter with one of these names would shadow them, so it gets a trailing underscore.
SHADOWING = frozenset(
    {
        "str",
        "int",
        "float",
        "bool",
        "bytes",
        "list",
        "dict",
        "dt",
        "httpx",
        "self",
        "cls",
        # the runtime's SDKModel methods (a test holds the runtime to this list)
        "to_dict",
        "to_json",
        # pydantic.BaseModel attributes
        "model_config",
        "model_fields",
        "model_computed_fields",
        "model_extra",
        "model_fields_set",
        "model_construct",
        "model_copy",
        "model_dump",
        "model_dump_json",
        "model_json_schema",
        "model_parametrized_name",
        "model_post_init",
        "model_rebuild",
        "model_validate",
        "model_validate_json",
        "model_validate_strings",
        "json",
        "parse_obj",
        "parse_raw",
        "parse_file",
        "from_orm",
        "construct",
        "copy",
        "schema",
        "schema_json",
        "validate",
        "update_forward_refs",
        "fields",
        "register",
    }
)


_LOWER_UPPER = re.compile(r"([a-z0-9])([A-Z])")
_ACRONYM_WORD = re.compile(r"([A-Z]+)([A-Z][a-z])")
_SEPARATORS = re.compile(r"[^A-Za-z0-9]+")


# Large specs repeat the same property and schema names thousands of times.
@lru_cache(maxsize=65536)
def _ascii_words(text: str) -> tuple[str, ...]:
    folded = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    # split camelCase and acronyms: "HTTPResponseCode" -> HTTP Response Code
    spaced = _LOWER_UPPER.sub(r"\1 \2", folded)
    spaced = _ACRONYM_WORD.sub(r"\1 \2", spaced)
    return tuple(word for word in _SEPARATORS.split(spaced) if word)


def _fallback(text: str) -> str:
    """A stable name for text with no ASCII letters or digits at all (no word to use)."""
    return "x" + hashlib.sha256(text.encode("utf-8")).hexdigest()[:8]


def _length(words: Sequence[str], separator: str) -> int:
    return sum(map(len, words)) + len(separator) * max(len(words) - 1, 0)


def _without_repeats(words: Sequence[str]) -> list[str]:
    """`Category Category Subcategory` -> `Category Subcategory`."""
    kept: list[str] = []
    for word in words:
        if not kept or kept[-1].lower() != word.lower():
            kept.append(word)
    return kept


def fitted_forms(
    words: Sequence[str], limit: int = MAX_IDENTIFIER, separator: str = ""
) -> Iterator[list[str]]:
    """The words of a name that fit in `limit` characters, shortest change first: all of
    them when they fit; else without a word said twice in a row, then the first words and
    the last ones (what the name starts from and what it ends in) with the middle left out;
    then, for a name that is taken, forms that keep one more of the middle words each."""
    if _length(words, separator) <= limit:
        yield list(words)
        return
    words = _without_repeats(words)
    if _length(words, separator) <= limit:
        yield words
        return
    head: list[str] = []
    for word in words[:-1]:
        if _length([*head, word], separator) > limit // 2:
            break
        head.append(word)
    head = head or [words[0][:limit]]
    rest = words[len(head) :]
    first = _with_tail(head, rest, limit, separator)
    yield first
    dropped = len(rest) - (len(first) - len(head))
    for index in reversed(range(dropped)):
        yield _with_tail([*head, rest[index]], rest[index + 1 :], limit, separator)


def _with_tail(head: list[str], rest: Sequence[str], limit: int, separator: str) -> list[str]:
    tail: list[str] = []
    for word in reversed(rest):
        if _length([*head, word, *tail], separator) > limit:
            break
        tail.insert(0, word)
    if not tail and rest:  # one last word longer than the room left: cut it
        room = limit - _length(head, separator) - len(separator)
        tail = [rest[-1][:room]] if room > 0 else []
    return [*head, *tail]


def _shorten(words: Sequence[str], separator: str) -> str:
    return separator.join(next(fitted_forms(words, MAX_IDENTIFIER, separator)))


def snake_case(text: str) -> str:
    words = _ascii_words(text)
    if not words:
        return _fallback(text)
    return _shorten([word.lower() for word in words], "_")


def pascal_case(text: str) -> str:
    words = _ascii_words(text)
    if not words:
        return _fallback(text).upper()
    return _shorten([word[:1].upper() + word[1:] for word in words], "")


def words_of(text: str) -> tuple[str, ...]:
    """The ASCII words of `text` as written (`HTTPResponseCode` -> HTTP, Response, Code)."""
    return _ascii_words(text)


def upper_snake(text: str) -> str:
    return snake_case(text).upper()


# Python 3.11's soft keywords, fixed: the running Python's list would make the output depend
# on the Python that runs the generator (3.12 added `type`, which stays a field's name).
SOFT_KEYWORDS = frozenset({"_", "case", "match"})


def safe_identifier(name: str, prefix: str, avoid: frozenset[str] = frozenset()) -> str:
    """Make `name` usable: no leading digit or underscore, not a keyword, not in `avoid`."""
    if not name or name[0].isdigit() or name.startswith("_"):
        name = f"{prefix}_{name.lstrip('_')}" if name.lstrip("_") else prefix
    if keyword.iskeyword(name) or name in SOFT_KEYWORDS or name in avoid:
        name += "_"
    return name


def class_name(text: str, prefix: str = "Model") -> str:
    name = pascal_case(text)
    if name[0].isdigit():
        name = prefix + name
    if keyword.iskeyword(name) or name in {"None", "True", "False"}:
        name += "_"
    return name


def class_name_forms(text: str, prefix: str = "Model") -> list[str]:
    """`class_name(text)` and, for a name too long to keep whole, its other readable
    shortenings (see fitted_forms), to try in turn when the first is taken."""
    words = _ascii_words(text)
    if not words:
        return [class_name(text, prefix)]
    forms = fitted_forms([word[:1].upper() + word[1:] for word in words])
    return list(dict.fromkeys(class_name("_".join(form), prefix) for form in forms))


class NameRegistry:
    """Hands out names unique within one scope, deterministically (first come, first served)."""

    def __init__(self, taken: frozenset[str] | set[str] = frozenset()) -> None:
        self._taken: set[str] = set(taken)
        self._folded: set[str] = {name.lower() for name in taken}
        # the next suffix to try for a name: names are never given back, so the suffixes
        # below it are taken (retrying from 2 each time made 5,000 equal names quadratic)
        self._next: dict[tuple[str, bool], int] = {}

    def claim(self, name: str, *, case_insensitive: bool = False) -> str:
        key = (name, case_insensitive)
        counter = self._next.get(key)
        if counter is None and self._free(name, case_insensitive):
            self._next[key] = 2
            return self._take(name)
        counter = counter or 2
        while not self._free(self._suffixed(name, counter), case_insensitive):
            counter += 1
        self._next[key] = counter + 1
        return self._take(self._suffixed(name, counter))

    def claim_first(self, candidates: Sequence[str]) -> str:
        """The first of `candidates` that is free, else the first one numbered."""
        for candidate in candidates:
            if self._free(candidate, False):
                return self.claim(candidate)
        return self.claim(candidates[0])

    def _free(self, candidate: str, case_insensitive: bool) -> bool:
        if candidate in self._taken:
            return False
        return not (case_insensitive and candidate.lower() in self._folded)

    def _take(self, name: str) -> str:
        self._taken.add(name)
        self._folded.add(name.lower())
        return name

    @staticmethod
    def _suffixed(name: str, counter: int) -> str:
        return f"{name}_{counter}" if name.endswith(tuple("0123456789")) else f"{name}{counter}"

    def __contains__(self, name: str) -> bool:
        return name in self._taken


# Plurals that the suffix rules below would get wrong, and words that are their own
# singular (or are mass nouns: `data` is kept, not turned into `datum`).
_IRREGULAR_PLURALS = {
    "people": "person",
    "children": "child",
    "men": "man",
    "women": "woman",
    "feet": "foot",
    "teeth": "tooth",
    "mice": "mouse",
    "geese": "goose",
    "indices": "index",
    "vertices": "vertex",
    "matrices": "matrix",
    "appendices": "appendix",
    "criteria": "criterion",
    "phenomena": "phenomenon",
    "analyses": "analysis",
    "bases": "base",
    "cookies": "cookie",
    "movies": "movie",
    "lives": "life",
    "wives": "wife",
    "knives": "knife",
    "leaves": "leaf",
    "halves": "half",
    "shelves": "shelf",
}
_UNCOUNTABLE = frozenset(
    {
        "data",
        "metadata",
        "media",
        "news",
        "series",
        "species",
        "status",
        "bonus",
        "campus",
        "virus",
        "census",
        "corpus",
        "alias",
        "canvas",
        "gas",
        "bias",
        "chassis",
        "analysis",
        "basis",
        "axis",
        "thesis",
        "info",
        "equipment",
        "information",
        "software",
        "hardware",
        "feedback",
        "settings",
        "access",
        "address",
        "process",
        "class",
        "success",
        "progress",
        "business",
    }
)
_PLURAL_ACRONYM = re.compile(r"(?:^|[^A-Z])[A-Z]{2,}s$")
_ES_AFTER = ("sses", "shes", "ches", "xes", "zzes")


# words this short are kept as they are ("bus", "gas" and "is" are no plurals)
_SHORTEST_PLURAL = 3


def singular_word(word: str) -> str:
    """The singular of one lower- or mixed-case English word, by the common rules."""
    lower = word.lower()
    if lower in _UNCOUNTABLE or len(lower) < _SHORTEST_PLURAL:
        return word
    if lower in _IRREGULAR_PLURALS:
        return _same_case(word, _IRREGULAR_PLURALS[lower])
    if lower.endswith("ies") and len(lower) > len("ties"):
        return word[:-3] + ("Y" if word[-3:].isupper() else "y")
    if lower.endswith(("uses", "ases")) and lower[:-2] in _UNCOUNTABLE | {"bus"}:
        return word[:-2]
    if lower.endswith(_ES_AFTER):
        return word[:-2]
    if lower.endswith("s") and not lower.endswith(("ss", "us", "is", "ous")):
        return word[:-1]
    return word


def _same_case(original: str, replacement: str) -> str:
    if original.isupper():
        return replacement.upper()
    if original[:1].isupper():
        return replacement[:1].upper() + replacement[1:]
    return replacement


def singular_class_name(text: str) -> str:
    """`line_items` -> `LineItem`, `entries` -> `Entry`, `data` -> `Data`: the name of one
    element of a list held under `text`."""
    if _PLURAL_ACRONYM.search(text):  # `URLs`, `IPs`
        return class_name(text[:-1])
    words = list(_ascii_words(text))
    if not words:
        return class_name(text)
    words[-1] = singular_word(words[-1])
    return class_name("_".join(words))
