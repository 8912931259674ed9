"""Stage 1: read a spec file, resolve external `$ref`s, validate it."""

from generator.load.document import LoadedSpec, load_spec

__all__ = ["LoadedSpec", "load_spec"]
