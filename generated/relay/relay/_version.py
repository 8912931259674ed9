"""Version of this SDK package (from the API description's `info.version`)."""

__version__ = "1.0.0"
