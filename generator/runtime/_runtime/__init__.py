"""Runtime of the generated SDK: HTTP, serialisation and model base classes (internal)."""
