"""Package list for setuptools: everything under generator/ is discovered, and templates/
ships inside it as generator.templates (mapped in pyproject.toml), which discovery alone
cannot express. All other metadata is in pyproject.toml."""

from setuptools import find_packages, setup

setup(packages=[*find_packages(include=["generator", "generator.*"]), "generator.templates"])
