"""The resources below a client or a resource, imported on first access.

`client.pets` is a `ChildResource`: the first access imports the resource's module and
makes the resource, later accesses find it in the instance (a `cached_property`).
Declared as data rather than as one method each, a client of a thousand resources costs
`import <sdk>` a few milliseconds instead of tens; the stubs (.pyi) give each one its
type, and the string below each one (an attribute docstring, which costs nothing at run
time) says what it holds.
"""

from __future__ import annotations

import importlib
from functools import cached_property
from typing import Any


class ChildResource(cached_property[Any]):
    """A resource below a client (`client.pets`) or below a resource
    (`client.chat.completions`: `of_resource=True`, which passes its client on).

    `module` is relative to the package of the class it is declared in.
    """

    def __init__(
        self,
        module: str,
        class_name: str,
        *,
        of_resource: bool = False,
    ) -> None:
        super().__init__(self._make)
        self._module = module
        self._class_name = class_name
        self._of_resource = of_resource
        self._package = ""

    def __set_name__(self, owner: type[Any], name: str) -> None:
        super().__set_name__(owner, name)
        self._package = owner.__module__.rpartition(".")[0]

    def _make(self, instance: Any) -> Any:
        module = importlib.import_module(self._module, self._package)
        client = instance._client if self._of_resource else instance
        return getattr(module, self._class_name)(client)


class ResourceView(cached_property[Any]):
    """`client.with_raw_response.pets`: the view (`with_raw_response` or
    `with_streaming_response`) of the resource of the same name below the view's owner."""

    def __init__(self, view: str) -> None:
        super().__init__(self._make)
        self._view = view

    def _make(self, instance: Any) -> Any:
        assert self.attrname is not None  # set when the class was made
        return getattr(getattr(instance._owner, self.attrname), self._view)
