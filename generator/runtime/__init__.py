"""The runtime every generated SDK carries, as plain Python (see README.md beside this file).

This package stands in for a generated SDK package, so that the runtime type-checks and
lints like any other code: `_runtime/` is copied verbatim into each SDK's `<package>/_runtime/`,
`errors.py` becomes the SDK's `errors.py` (its first line names the API), and `_version.py`
stands in for the SDK's own. The generator reads these files as package data and never
imports them (they need httpx, which the generator does not).
"""
