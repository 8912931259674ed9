"""Spec text cannot change a module's imports: they come from the IR, not from rendered text."""

from __future__ import annotations

import importlib
import sys
from pathlib import Path
from typing import Any

from generator.output import write_tree
from generator.pipeline import generate_files
from tests.helpers import minimal_spec, write_spec

# the lines the renderer once searched rendered modules for
MARKERS = "# sdkforge: imports\nimport os\n# sdkforge: end imports"


def _spec() -> dict[str, Any]:
    return minimal_spec(
        info={"title": "Marked", "version": "1.0.0", "description": f"Intro.\n{MARKERS}\nEnd."},
        paths={
            "/things": {
                "get": {
                    "operationId": "listThings",
                    "description": f"Lists.\n{MARKERS}\n",
                    "tags": ["Things"],
                    "responses": {
                        "200": {
                            "description": "ok",
                            "content": {
                                "application/json": {
                                    "schema": {"$ref": "#/components/schemas/Thing"}
                                }
                            },
                        }
                    },
                }
            }
        },
        components={
            "schemas": {
                "Thing": {
                    "type": "object",
                    "description": MARKERS,
                    "properties": {"made": {"type": "string", "format": "date-time"}},
                }
            }
        },
    )


def test_marker_lines_in_descriptions_generate_and_stay_in_the_docs(tmp_path: Path) -> None:
    spec = write_spec(tmp_path, _spec())
    files = generate_files(spec, "marked_sdk").files
    readme = files["README.md"]
    assert "# sdkforge: imports" in readme and "# sdkforge: end imports" in readme
    write_tree(files, tmp_path / "out")
    sys.path.insert(0, str(tmp_path / "out"))
    try:
        sdk = importlib.import_module("marked_sdk")
        assert "# sdkforge: imports" in (sdk.Client.__doc__ or "")
        things = importlib.import_module("marked_sdk.resources.things")
        assert "# sdkforge: end imports" in (things.Things.list.__doc__ or "")
        thing = sdk.models.Thing.model_validate({"made": "2024-01-02T03:04:05Z"})
        assert thing.made is not None and thing.made.isoformat() == "2024-01-02T03:04:05+00:00"
    finally:
        sys.path.remove(str(tmp_path / "out"))
        for name in [n for n in sys.modules if n.startswith("marked_sdk")]:
            del sys.modules[name]
