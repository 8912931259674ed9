"""Import openapi-pydantic's OpenAPI 3.1 models without building its 3.0 models too.

`import openapi_pydantic.v3.v3_1` runs the package's `__init__` first, and that imports
both the 3.0 and the 3.1 models (for its `parse_obj`): pydantic builds some 35 model
classes the generator never uses, about 55 ms of every run's start-up (3.0 documents are
read through the 3.1 models, see generator.load.document).

So the two parent packages are put in place as empty packages that can find their
submodules; the first attribute anyone asks of one of them runs its real `__init__` in
it, so code that does use `openapi_pydantic.X` or `openapi_pydantic.v3.X` still gets the
whole package.
"""

from __future__ import annotations

import importlib.util
import sys
import types
from typing import Any

_PARENTS = ("openapi_pydantic", "openapi_pydantic.v3")


class _DeferredPackage(types.ModuleType):
    """A package whose `__init__` runs on the first attribute asked of it."""

    def __getattr__(self, name: str) -> Any:
        spec = self.__dict__.get("__spec__")
        if spec is None or spec.loader is None:
            raise AttributeError(f"module {self.__name__!r} has no attribute {name!r}")
        self.__class__ = types.ModuleType  # type: ignore[assignment]  # runs once: a plain module now
        spec.loader.exec_module(self)
        return getattr(self, name)


def defer_openapi_pydantic_init() -> None:
    """Install the deferred parents, unless the package is already imported (then: no-op)."""
    if any(name in sys.modules for name in _PARENTS):
        return
    for name in _PARENTS:
        spec = importlib.util.find_spec(name)
        if spec is None or spec.loader is None or spec.submodule_search_locations is None:
            return  # not installed as expected: let the ordinary import say what is wrong
        module = _DeferredPackage(name)
        module.__spec__ = spec
        module.__path__ = list(spec.submodule_search_locations)
        module.__file__ = spec.origin
        module.__package__ = name
        module.__loader__ = spec.loader
        sys.modules[name] = module
        if "." in name:
            parent, _, child = name.rpartition(".")
            sys.modules[parent].__dict__[child] = module
