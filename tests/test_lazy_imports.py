"""A generated SDK imports a model when a call needs it, not before.

Each check runs in a fresh interpreter: what counts is what `import` and the first call
load into `sys.modules`.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

PROBE = """
import sys
import httpx
import petstore

def models():
    return sorted(m for m in sys.modules if m.startswith("petstore.models."))

def canned(request):
    body = b'{"id": 1, "name": "Rex"}' if request.method == "GET" else b'{"message": "no"}'
    return httpx.Response(200 if request.method == "GET" else 404, content=body,
                          headers={"content-type": "application/json"})

client = petstore.Client(
    base_url="http://127.0.0.1:1", max_retries=0,
    http_client=httpx.Client(transport=httpx.MockTransport(canned)),
)
print("client", models())
pets = client.pets  # imports the resource module, with the Endpoint tables of every operation
print("resource", models())
pet = pets.retrieve("1")
print("call", models(), type(pet).__name__, pet.name)
try:
    pets.delete("1")
except petstore.errors.NotFoundError as error:
    print("error", models(), type(error.body).__name__)
"""


def _lines() -> dict[str, str]:
    output = subprocess.run(
        [sys.executable, "-c", PROBE],
        cwd=ROOT,
        env={"PYTHONPATH": str(ROOT / "generated" / "petstore"), "PATH": "/usr/bin:/bin"},
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    return dict(line.split(" ", 1) for line in output.splitlines())


def test_models_are_imported_by_the_call_that_reads_them() -> None:
    lines = _lines()
    assert lines["client"] == "[]"
    # the resource's tables name Pet, NewPet and Error: none of them is imported yet
    assert lines["resource"] == "[]"
    # the first call imports the model of the response it read, and only that one
    assert lines["call"] == "['petstore.models.pet'] Pet Rex"
    # an error response imports its declared model when it arrives
    assert lines["error"] == "['petstore.models.error', 'petstore.models.pet'] Error"


CONSTRUCT_PROBE = """
import sys
import petstore

before = set(sys.modules)
client = petstore.Client(base_url="http://127.0.0.1:1")
async_client = petstore.AsyncClient(base_url="http://127.0.0.1:1")
print(sorted(m for m in sys.modules if m.split(".")[0] in ("httpcore", "h11")
             or m == "pydantic.main"))
print(sorted(set(sys.modules) - before))
"""


def test_import_and_client_load_no_model_machinery_and_no_connection_pool() -> None:
    # `import <sdk>; Client()` costs about `import httpx, pydantic`: pydantic's BaseModel
    # comes with the first model, httpcore and the SSL context with the first request
    output = subprocess.run(
        [sys.executable, "-c", CONSTRUCT_PROBE],
        cwd=ROOT,
        env={"PYTHONPATH": str(ROOT / "generated" / "petstore"), "PATH": "/usr/bin:/bin"},
        capture_output=True,
        text=True,
        check=True,
    ).stdout.splitlines()
    assert output == ["[]", "[]"]
