"""JSON Schemas -> named types (models, enums, aliases) and type references.

Every `components.schemas` entry becomes a named type, named first so that the spec's own
names win. Inline objects and enums become named types too, named after where they sit: an
object by its place alone when that name is free (`message` -> `Message`, the items of
`choices` -> `Choice`), else with its parent's (`ChatCompletionMessage`); an enum always with
its owner's (`Pet` + `status` -> `PetStatus`); a union arm by what tells it apart (its
discriminator value, title, the `$ref` it extends or a property of its own). A `$ref`
anywhere becomes a reference to the named type of its target, so recursive schemas are
references, never expanded.

Each kind of schema has a module of its own, and `SchemaParser` is all of them:
`schema_core` (the state, components, `$ref`s, named types), `schema_inline` (scalars,
lists, maps, objects and enums in place), `schema_unions`, `schema_models`, `schema_enums`,
`schema_defaults` and `schema_access` (`readOnly`/`writeOnly`); `schema_shapes` holds what
they ask of a schema node without defining anything.
"""

from __future__ import annotations

from generator.parse.schema_access import Access
from generator.parse.schema_defaults import Defaults
from generator.parse.schema_enums import Enums
from generator.parse.schema_models import Models
from generator.parse.schema_shapes import ANY, NamedType, SchemaNode, ref_target, union_of
from generator.parse.schema_unions import Unions

__all__ = ["ANY", "NamedType", "SchemaNode", "SchemaParser", "ref_target", "union_of"]


class SchemaParser(Unions, Models, Enums, Defaults, Access):
    """JSON Schemas -> named types (`named`, in `order`) and the `TypeRef`s that use them."""
