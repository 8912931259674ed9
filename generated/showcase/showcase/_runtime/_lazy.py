"""The resources below a client or a resource, imported on first access.

`client.pets` is a `ChildResource`: the first access imports the resource's module and
makes the resource, kept in the instance for later accesses. Declared as data rather
than as one method each, a client of a thousand resources costs `import <sdk>` a few
milliseconds instead of tens; the stubs (.pyi) give each one its type, and the string
below each one (an attribute docstring, which costs nothing at run time) says what it
holds. These are small slotted descriptors rather than `functools.cached_property`
subclasses, whose making costs seven times as much (a lock and a bound method each).
"""

from __future__ import annotations

import importlib
from typing import Any


class _Cached:
    """A value made on first access and kept in the instance's `__dict__`, like
    `functools.cached_property` (assigning or deleting the attribute works as it does)."""

    __slots__ = ("_name",)

    def __set_name__(self, owner: type[Any], name: str) -> None:
        self._name = name

    def __get__(self, instance: Any, owner: type[Any] | None = None) -> Any:
        if instance is None:
            return self
        cache = instance.__dict__
        try:
            return cache[self._name]
        except KeyError:
            # two threads may both make one: the first one kept is the one used
            return cache.setdefault(self._name, self._make(instance))

    def __set__(self, instance: Any, value: Any) -> None:
        instance.__dict__[self._name] = value

    def __delete__(self, instance: Any) -> None:
        instance.__dict__.pop(self._name, None)

    def _make(self, instance: Any) -> Any:
        raise NotImplementedError


class ChildResource(_Cached):
    """A resource below a client (`client.pets`) or below a resource
    (`client.chat.completions`: `of_resource=True`, which passes its client on); with
    `standalone=True` an object made without the client (`client.webhooks`).

    `module` is relative to the package of the class it is declared in.
    """

    __slots__ = ("_class_name", "_module", "_of_resource", "_package", "_standalone")

    def __init__(
        self,
        module: str,
        class_name: str,
        *,
        of_resource: bool = False,
        standalone: bool = False,
    ) -> None:
        self._module = module
        self._class_name = class_name
        self._of_resource = of_resource
        self._standalone = standalone

    def __set_name__(self, owner: type[Any], name: str) -> None:
        self._name = name
        self._package = owner.__module__.rpartition(".")[0]

    def _make(self, instance: Any) -> Any:
        module = importlib.import_module(self._module, self._package)
        if self._standalone:
            return getattr(module, self._class_name)()
        client = instance._client if self._of_resource else instance
        return getattr(module, self._class_name)(client)


class ResourceView(_Cached):
    """`client.with_raw_response.pets`: the view (`with_raw_response` or
    `with_streaming_response`) of the resource of the same name below the view's owner."""

    __slots__ = ("_view",)

    def __init__(self, view: str) -> None:
        self._view = view

    def _make(self, instance: Any) -> Any:
        return getattr(getattr(instance._owner, self._name), self._view)
