"""The steps of scripts/corpus that run in a process of their own, one spec at a time.

    python scripts/_corpus_steps.py generate SPEC OUTPUT PACKAGE
    python scripts/_corpus_steps.py imports OUTPUT PACKAGE

Each prints one JSON object on its last stdout line and exits 0 when the step passed.
"""

from __future__ import annotations

import json
import sys
import time
import traceback
from pathlib import Path
from typing import Any


def one_line(error: BaseException, limit: int = 300) -> str:
    text = " ".join(f"{type(error).__name__}: {error}".split())
    return text if len(text) <= limit else text[: limit - 3] + "..."


def print_failure(error: Exception) -> None:
    """The JSON line of a failed generation: the one-line error, or where an internal one arose."""
    from generator.errors import SdkforgeError

    if isinstance(error, SdkforgeError):
        print(json.dumps({"ok": False, "error": " ".join(str(error).split())}))
        return
    frame = traceback.extract_tb(error.__traceback__)[-1]
    where = f" at {Path(frame.filename).name}:{frame.lineno}"
    print(json.dumps({"ok": False, "error": "internal error: " + one_line(error) + where}))


def generate(spec: str, output: str, package: str) -> int:
    from generator import ir
    from generator.output import write_tree
    from generator.pipeline import generate_files

    started = time.perf_counter()
    try:
        result = generate_files(Path(spec), package, display=Path(spec).name)
        write_tree(result.files, Path(output))
    except Exception as error:  # noqa: BLE001 - a generator bug too: report it, keep going
        print_failure(error)
        return 1
    seconds = time.perf_counter() - started
    api = result.api
    operations = len(api.client_operations) + sum(len(r.operations) for r in api.all_resources())
    models = sum(isinstance(item, ir.Model) for module in api.modules for item in module.models)
    lines = sum(text.count("\n") for path, text in result.files.items() if path.endswith(".py"))
    print(
        json.dumps(
            {
                "ok": True,
                "seconds": round(seconds, 3),
                "operations": operations,
                "models": models,
                "named_types": len(api.exports),
                "files": len(result.files),
                "lines": lines,
                "warnings": len(result.warnings),
            }
        )
    )
    return 0


def imports(output: str, package: str) -> int:
    """Import every module, build every model and type alias, make both clients."""
    import importlib
    import pkgutil

    sys.path.insert(0, output)
    started = time.perf_counter()
    failures: list[str] = []
    modules = 0
    root = importlib.import_module(package)
    names = [package] + [
        info.name for info in pkgutil.walk_packages(root.__path__, prefix=package + ".")
    ]
    for name in sorted(names):
        modules += 1
        try:
            importlib.import_module(name)
        except Exception as error:  # noqa: BLE001
            failures.append(f"import {name}: {one_line(error)}")
    built = 0
    if not failures:
        from pydantic import BaseModel, TypeAdapter

        models = importlib.import_module(package + ".models")
        for name in sorted(getattr(models, "__all__", [])):
            try:
                value = getattr(models, name)
                if isinstance(value, type) and issubclass(value, BaseModel):
                    value.model_rebuild(force=True, raise_errors=True)
                else:
                    TypeAdapter(value)
                built += 1
            except Exception as error:  # noqa: BLE001
                failures.append(f"build models.{name}: {one_line(error)}")
        try:
            client_module = importlib.import_module(package)
            for cls_name in ("Client", "AsyncClient"):
                client = getattr(client_module, cls_name)(base_url="http://127.0.0.1:9")
                for attr in dir(type(client)):
                    if not attr.startswith("_") and isinstance(
                        getattr(type(client), attr, None), property | _cached_property()
                    ):
                        getattr(client, attr)
        except Exception as error:  # noqa: BLE001
            failures.append(f"client: {one_line(error)}")
    print(
        json.dumps(
            {
                "ok": not failures,
                "modules": modules,
                "built": built,
                "seconds": round(time.perf_counter() - started, 3),
                "failures": failures[:20],
                "failure_count": len(failures),
            }
        )
    )
    return 0 if not failures else 1


def _cached_property() -> Any:
    from functools import cached_property

    return cached_property


def main(argv: list[str]) -> int:
    if argv[:1] == ["generate"] and len(argv) == 4:
        return generate(*argv[1:])
    if argv[:1] == ["imports"] and len(argv) == 3:
        return imports(*argv[1:])
    print(__doc__, file=sys.stderr)
    return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
