"""Stand-in for the `_version.py` each SDK gets from its API description's `info.version`.

Not copied into SDKs: it is here so that the runtime's `from .._version import __version__`
type-checks inside this package.
"""

__version__ = "0.0.0"
