"""The words methods are named with: verbs that make a path segment an action, HTTP verbs a
name must send, the words of methods that share a rule's verb, RPC calls in a segment."""

from __future__ import annotations

import re
from collections.abc import Sequence

from generator.parse.names import fitted_forms, words_of

# The first word of a last path segment that makes it an action of the resource before it
# (`POST /uploads/{id}/cancel` is `uploads.cancel(id)`), where the path alone does not say so.
ACTION_VERBS = frozenset(
    """abort accept acknowledge activate add apply approve archive assign attach authorize
    block cancel capture check clone close commit complete confirm convert copy count create
    deactivate decline delete deploy detach disable dismiss download duplicate enable estimate
    execute expire export finalize follow generate get grant import invite invoke join leave
    list lock login logout mark merge move mute pause pay pin preview publish purge refresh
    refund register reject release reload remove rename render reopen replace rerun resend
    reset resolve restart restore resume retry reverse revoke rollback rotate run schedule
    search send set share sign start stop submit subscribe suspend sync test transfer trigger
    unarchive unassign unblock unfollow unlock unmute unpin unpublish unsubscribe unsuspend
    update upload validate verify void""".split()
)
# Method names that are HTTP verbs: such a name must send its verb (`cookies.delete()`
# that sends GET reads as a DELETE).
HTTP_VERB_WORDS = frozenset(
    {"get", "put", "post", "patch", "delete"}
)  # `options`, `head`: nouns too
# The word each HTTP method takes when the rule's verb is another method's on the same path
# (PATCH keeps `update`; PUT is `replace`, POST `create`).
METHOD_WORDS = {"PUT": "replace", "POST": "create", "PATCH": "update", "DELETE": "delete"}


def sends_its_verb(name: str, http_method: str) -> str:
    """A name that starts with an HTTP verb other than the one it sends gets the one it
    sends in front: `GET /cookies/delete` is `get_delete`, never a `delete()` that GETs."""
    first = name.split("_", 1)[0]
    if first in HTTP_VERB_WORDS and first != http_method.lower():
        return f"{http_method.lower()}_{name}"
    return name


# `{name}:cancel` (custom methods), `#X-Amz-Target=Service.DescribeThings` (a target in
# the fragment), `chat.postMessage`: an RPC call in a path segment
_CUSTOM = re.compile(r"^(?P<base>.*[^:]):(?P<action>[A-Za-z]\w*)$")
# (the query protocol's `#Action=X` is left alone: it sends GET and POST twins of each call)
_TARGET = re.compile(r"X-Amz-Target=(?:[\w-]+\.)*(?P<action>[A-Za-z]\w*)$", re.IGNORECASE)
_DOTTED = re.compile(r"^(?P<base>[A-Za-z]\w*)\.(?P<action>[A-Za-z]\w*)$")


def custom_method(segment: str) -> tuple[str, str] | None:
    """(the segment left, the action) when a segment names an RPC call, else None."""
    found = _CUSTOM.match(segment)
    if found:
        return found["base"], found["action"]
    found = _TARGET.search(segment)
    if found:
        return "", found["action"]
    found = _DOTTED.match(segment)
    if (
        found
        and _lower_words(found["action"])[:1]
        and _lower_words(found["action"])[0] in ACTION_VERBS
    ):
        return found["base"], found["action"]
    return None


def _lower_words(text: str) -> list[str]:
    return [word.lower() for word in words_of(text)]


def tag_singular(word: str) -> str:
    """Singular enough to match a tag against a path (`ips` stays: see _tag_position)."""
    if word.endswith("ies") and len(word) > len("ties"):
        return word[:-3] + "y"
    if word.endswith(("sses", "xes", "ches", "shes")):
        return word[:-2]
    if word.endswith("s") and not word.endswith("ss") and len(word) > len("bus"):
        return word[:-1]
    return word


def method_name(words: Sequence[str]) -> str:
    """Words as a method name, middle words left out when it is too long (never a hash)."""
    return "_".join(next(fitted_forms(words, separator="_"))) if words else ""
