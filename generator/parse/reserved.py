"""The names a spec must not take, read from what really exists.

A generated client, resource or page class extends a runtime class, and its attributes
live beside the runtime's: a tag or an operation named like a runtime method would
override it (an untagged `fetchPage` once broke every paginated call). So the reserved
names are read from the runtime's source with `ast`, the public names of each class body
and of its bases inside the runtime, and from the tables of what the generated modules
import (a class attribute named like an import shadows it in the class body). The runtime
cannot gain a method that a spec name then silently overrides.
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import cache

from generator.generated_imports import MODEL_IMPORTS, OPERATION_IMPORTS, OPERATION_STUB_IMPORTS
from generator.runtime_source import call_options, runtime_attributes

# Attributes every generated client and resource class defines itself (the response views).
VIEW_ATTRIBUTES = frozenset({"with_raw_response", "with_streaming_response"})
# What every generated client defines itself besides (templates/package/_client.py.jinja:
# its copy with other settings and credentials, which the runtime does not declare).
CLIENT_ATTRIBUTES = frozenset({"copy", "with_options"})


def _union(*groups: Iterable[str]) -> frozenset[str]:
    return frozenset(name for group in groups for name in group)


# Client and resource classes: what their runtime bases define, the views they define
# themselves, and the module-level names their class bodies use.
_OPERATION_MODULE_NAMES = _union(OPERATION_IMPORTS, OPERATION_STUB_IMPORTS)


# The keywords a method with a body takes for it besides the body's keys (the whole body,
# further keys: see generator.parse.request_shapes).
BODY_KEYWORDS = ("body", "extra_body")
# Functions of the client and resource modules that a method's body calls: an argument of
# the same name would hide them.
METHOD_BODY_CALLS = ("adapter_for", "body_from", "with_switch", "refuse_unknown")
# The `**` parameter of a method with a stream switch: the keywords it does not take
# (generator.render.methods.UNKNOWN_KEYWORDS).
UNKNOWN_KEYWORDS = "unknown"


@cache
def argument_reserved() -> frozenset[str]:
    """The names a method's own argument must not take (it is renamed, its wire name kept):
    `self`, the body's keywords, the per-call options (the fields of the runtime's
    `RequestOptions`, which every method takes too), the functions its body calls and the
    name of the keywords it does not take."""
    options = (option.name for option in call_options())
    return _union({"self", UNKNOWN_KEYWORDS}, BODY_KEYWORDS, options, METHOD_BODY_CALLS)


@cache
def client_reserved() -> frozenset[str]:
    # the top-level resources and operations are attributes of the test kit's MockAPI too
    return _union(
        runtime_attributes("SyncAPIClient"),
        runtime_attributes("AsyncAPIClient"),
        runtime_attributes("MockAPIBase"),
        VIEW_ATTRIBUTES,
        CLIENT_ATTRIBUTES,
        _OPERATION_MODULE_NAMES,
    )


@cache
def resource_reserved() -> frozenset[str]:
    return _union(
        runtime_attributes("SyncResource"),
        runtime_attributes("AsyncResource"),
        VIEW_ATTRIBUTES,
        _OPERATION_MODULE_NAMES,
    )


@cache
def page_reserved() -> frozenset[str]:
    """What a page class has besides the fields of its response model."""
    return _union(runtime_attributes("SyncPage"), runtime_attributes("AsyncPage"))


# Classes the client and resource modules define or import (a resource or page class
# must not take one of these names).
OPERATION_MODULE_CLASSES = _union(_OPERATION_MODULE_NAMES, {"Client", "AsyncClient"})
# Names a model module imports: a schema's class must not take one.
MODEL_MODULE_NAMES = frozenset(MODEL_IMPORTS)


def forget() -> None:
    """Drop the derived names (for tests that change the runtime's sources)."""
    for derived in (client_reserved, resource_reserved, page_reserved, argument_reserved):
        derived.cache_clear()
