"""Stage 1: read a spec file, resolve external `$ref`s, validate it. Parse reads the
result through `LoadedSpec.openapi` (typed) and `LoadedSpec.view` (the plain data)."""

from generator.load.document import LoadedSpec, load_spec
from generator.load.pointers import split_pointer
from generator.load.view import SpecView

__all__ = ["LoadedSpec", "SpecView", "load_spec", "split_pointer"]
