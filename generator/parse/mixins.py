"""Config `extend`: hand-written classes that generated classes inherit (mixins).

The owner's helpers (a computed property of a model, a method of a resource or a client)
live in modules of their own, `<package>/lib/...`, which `generate` never touches; the
generated class names them first among its bases, in the module and in its stub, so they
work at run time and type-check. Keys name a generated class as the SDK's user does:
`models.<Model>`, `resources.<Resource class>` (`resources.AsyncPets` for the async one),
`Client`, `AsyncClient`.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping
from typing import Any

from generator import ir
from generator.errors import ConfigError
from generator.parse.ir_rewrite import rewrite

_ALIAS = "_mixin_"  # no generated name starts so: an alias never shadows one


def with_mixins(api: ir.Api, extend: Mapping[str, tuple[str, ...]]) -> ir.Api:
    if not extend:
        return api
    classes = _generated_classes(api)
    unknown = sorted(set(extend) - classes)
    if unknown:
        examples = ", ".join(sorted(classes, key=lambda name: (name.count("."), name))[:4])
        raise ConfigError(
            f"extend: {unknown[0]!r} is not a class of the generated {api.package}"
            f" (models.<Model>, resources.<Resource class>, Client or AsyncClient: {examples}, ...)"
        )
    mixins = _named(extend)

    def visit(node: Any) -> Any:
        if isinstance(node, ir.Model) and f"models.{node.name}" in mixins:
            return dataclasses.replace(node, mixins=mixins[f"models.{node.name}"])
        if isinstance(node, ir.Resource):
            sync = mixins.get(f"resources.{node.class_name}", ())
            async_ = mixins.get(f"resources.Async{node.class_name}", ())
            if sync or async_:
                return dataclasses.replace(node, mixins=sync, async_mixins=async_)
        return node

    return dataclasses.replace(
        rewrite(api, visit),
        client_mixins=mixins.get("Client", ()),
        async_client_mixins=mixins.get("AsyncClient", ()),
    )


def _generated_classes(api: ir.Api) -> set[str]:
    classes = {"Client", "AsyncClient"}
    for module in api.modules:
        classes |= {f"models.{model.name}" for model in module.models}
    for resource in api.all_resources():
        classes |= {f"resources.{resource.class_name}", f"resources.Async{resource.class_name}"}
    return classes


def _named(extend: Mapping[str, tuple[str, ...]]) -> dict[str, tuple[ir.Mixin, ...]]:
    """Each mixin with its alias: `_mixin_<class>`, numbered when two modules' classes share
    a name (in the order of their modules)."""
    spelled = sorted({text.partition(":")[::2] for texts in extend.values() for text in texts})
    made: dict[str, ir.Mixin] = {}
    taken: set[str] = set()
    for module, name in spelled:
        alias, number = f"{_ALIAS}{name}", 1
        while alias in taken:
            number += 1
            alias = f"{_ALIAS}{name}_{number}"
        taken.add(alias)
        made[f"{module}:{name}"] = ir.Mixin(module, name, alias)
    return {target: tuple(made[text] for text in texts) for target, texts in extend.items()}
