"""The first call beside the vendor's own SDK: `scripts/bench`'s `users` section.

The same task with the SDK sdkforge generates from the vendor's spec and with the vendor's
official SDK, in fresh processes of one interpreter (the official SDK's venv, made once
with pinned versions in `.bench/official-venv`; the generated SDK is put on its path), A B
A B ... with the order alternating: import the SDK, construct its client, make one call
whose response model is large, answered by a canned body through a mock transport (no
network). Timed in CPU time (user + system of the process), which a loaded machine
disturbs less than wall time; wall time is kept beside it.

The pairs, and why each is fair or not:

- the AI platform (`openai`): the official SDK is generated too, typed with pydantic models,
  on httpx2 as the generated SDK is (it is generated for httpx2, the default, so both load
  the same HTTP library). The call is `responses.create`, whose `Response` is the largest
  model a daily call reads, answered with the API reference's own example.
- the payment platform's checkout (`Adyen`): its official SDK sends and returns plain dicts
  (no models, no validation, urllib), so it is the floor of any typed SDK rather than a
  peer; measured for the record. Its HTTP function is replaced by the canned answer, as the
  mock transport replaces ours.
"""

from __future__ import annotations

import shutil
import statistics
import subprocess
import sys
import textwrap
from dataclasses import dataclass
from pathlib import Path
from typing import Any

OFFICIAL_VENV = "official-venv"
OFFICIAL_TARGET = 1.0  # import + Client() + first call at most the official SDK's


@dataclass(frozen=True)
class Side:
    """One SDK's part of the task: `setup` imports and constructs (timed), `call` makes the
    call into `result` (timed), `check` is true when the canned answer came back."""

    setup: str
    call: str
    check: str


@dataclass(frozen=True)
class OfficialPair:
    case: str
    spec: str  # relative to the shared folder (the corpus's grandparent)
    official: str  # the official SDK, pinned
    body: bytes  # the canned answer (200, application/json)
    ours: Side
    theirs: Side


# the API reference's example of a `Response` (POST /responses)
OPENAI_RESPONSE = (
    b'{"id": "resp_67ccd2bed1ec8190b14f964abc0542670bb6a6b452d3795b", "object": "response",'
    b' "created_at": 1741476542, "status": "completed", "error": null,'
    b' "incomplete_details": null, "instructions": null, "max_output_tokens": null,'
    b' "model": "gpt-4.1-2025-04-14", "output": [{"type": "message",'
    b' "id": "msg_67ccd2bf17f0819081ff3bb2cf6508e60bb6a6b452d3795b", "status": "completed",'
    b' "role": "assistant", "content": [{"type": "output_text", "text": "In a peaceful grove'
    b" beneath a silver moon, a unicorn named Lumina discovered a hidden pool that reflected"
    b' the stars.", "annotations": []}]}], "parallel_tool_calls": true,'
    b' "previous_response_id": null, "reasoning": {"effort": null, "summary": null},'
    b' "store": true, "temperature": 1.0, "text": {"format": {"type": "text"}},'
    b' "tool_choice": "auto", "tools": [], "top_p": 1.0, "truncation": "disabled",'
    b' "usage": {"input_tokens": 36, "input_tokens_details": {"cached_tokens": 0},'
    b' "output_tokens": 87, "output_tokens_details": {"reasoning_tokens": 0},'
    b' "total_tokens": 123}, "user": null, "metadata": {}}'
)
# an authorised card payment as the checkout API answers it
ADYEN_PAYMENT = (
    b'{"additionalData": {"cvcResult": "1 Matches", "authCode": "065696",'
    b' "avsResult": "4 AVS not supported for this card type", "refusalReasonRaw": "AUTHORISED"},'
    b' "pspReference": "993617895204576J", "resultCode": "Authorised",'
    b' "amount": {"currency": "EUR", "value": 1000}, "merchantReference": "order-1"}'
)

# both SDKs on httpx2 take an httpx2 client whose mock transport gives the canned answer
HTTPX2_CANNED = """\
import httpx2

def canned(request):
    return httpx2.Response(200, content=BODY, headers={"content-type": "application/json"})

mocked = httpx2.Client(base_url="http://127.0.0.1:1", transport=httpx2.MockTransport(canned))
"""
# the generated SDK (package `pkg`), strict validation on: a body that did not fit the
# declared type would raise rather than be read leniently
OURS_SETUP = (
    HTTPX2_CANNED
    + "import pkg\n\nclient = pkg.Client(api_key='key', base_url='http://127.0.0.1:1',"
    " max_retries=0, strict_response_validation=True, http_client=mocked)\n"
)
CARD = (
    '{"type": "scheme", "encryptedCardNumber": "test_4111111111111111",'
    ' "encryptedExpiryMonth": "test_03", "encryptedExpiryYear": "test_2030",'
    ' "encryptedSecurityCode": "test_737"}'
)

# the same call and check on both sides: the official SDK is generated from the same spec
OPENAI_CALL = (
    'result = client.responses.create(model="gpt-4.1", input="Tell me a story")',
    'result.output[0].content[0].text.startswith("In a peaceful grove")',
)

PAIRS = (
    OfficialPair(
        case="AI platform: responses.create",
        spec="fixtures/heyapi-specs/3.1.x/openai.yaml",
        official="openai==3.51.0",
        body=OPENAI_RESPONSE,
        ours=Side(
            OURS_SETUP,
            *OPENAI_CALL,
        ),
        theirs=Side(
            HTTPX2_CANNED
            + "import openai\n\nclient = openai.OpenAI(api_key='key', base_url='http://127.0.0.1:1',"
            " max_retries=0, http_client=mocked)\n",
            *OPENAI_CALL,
        ),
    ),
    OfficialPair(
        case="payment checkout: payments.create",
        spec="corpus/specs/adyen__CheckoutService-v72.json",
        official="Adyen==16.0.0",
        body=ADYEN_PAYMENT,
        ours=Side(
            OURS_SETUP,
            "result = client.payments.create(amount={'currency': 'EUR', 'value': 1000},"
            f" merchant_account='TestMerchant', payment_method={CARD}, reference='order-1',"
            " return_url='https://example.com/return')",
            'result.psp_reference == "993617895204576J"',
        ),
        theirs=Side(
            """\
import Adyen

def canned(method, url, json=None, data=None, username="", password="", xapikey="", headers=None):
    return BODY.decode(), json, 200, {"content-type": "application/json"}

adyen = Adyen.Adyen(xapikey="key", platform="test")
adyen.client._init_http_client()
adyen.client.http_client.request = canned
""",
            "result = adyen.checkout.payments_api.payments({'amount': {'currency': 'EUR',"
            f" 'value': 1000}}, 'merchantAccount': 'TestMerchant', 'paymentMethod': {CARD},"
            " 'reference': 'order-1', 'returnUrl': 'https://example.com/return'})",
            'result.message["pspReference"] == "993617895204576J"',
        ),
    ),
)

PROBE = """\
import sys, time
BODY = {body!r}
c0, w0 = time.process_time(), time.perf_counter()
{setup}
c1 = time.process_time()
{call}
c2, w2 = time.process_time(), time.perf_counter()
assert {check}, "the canned answer did not come back"
print(c1 - c0, c2 - c1, w2 - w0, len(sys.modules))
"""


def probe_script(side: Side, body: bytes) -> str:
    """A fresh process's script: prints import + construct CPU s, first call CPU s, the
    whole in wall s, and the modules loaded."""
    return PROBE.format(
        body=body, setup=textwrap.dedent(side.setup), call=side.call, check=side.check
    )


def official_install(bench: Path) -> Path | None:
    """A venv with every pair's official SDK, and this venv's pydantic and HTTP libraries at
    the versions the generated SDKs are tested with (made once)."""
    import httpx
    import httpx2
    import pydantic

    pins = [pair.official for pair in PAIRS]
    pins += [f"httpx=={httpx.__version__}", f"httpx2=={httpx2.__version__}"]
    pins.append(f"pydantic=={pydantic.VERSION}")
    return pinned_venv(bench / OFFICIAL_VENV, pins, "the official SDKs")


def pinned_venv(venv: Path, pins: list[str], what: str) -> Path | None:
    """The python of a venv holding exactly `pins`, made once (a stamp file records them);
    None, with a line on stderr, when `what` cannot be installed."""
    python = venv / "bin" / "python"
    stamp = venv / "bench-pins.txt"
    if python.exists() and stamp.is_file() and stamp.read_text() == "\n".join(pins):
        return python
    try:
        shutil.rmtree(venv, ignore_errors=True)
        subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True)
        subprocess.run([str(python), "-m", "pip", "install", "--quiet", *pins], check=True)
    except (subprocess.CalledProcessError, OSError) as error:
        print(f"  ({what} could not be installed: {error})", file=sys.stderr)
        shutil.rmtree(venv, ignore_errors=True)
        return None
    stamp.write_text("\n".join(pins))
    return python


def run_side(python: Path, script: str, path: Path | None, env: dict[str, str]) -> list[float]:
    environment = dict(env)
    if path is not None:
        environment["PYTHONPATH"] = str(path)
    output = subprocess.run(
        [str(python), "-c", script], env=environment, capture_output=True, text=True, check=False
    )
    if output.returncode != 0:
        detail = (output.stderr.strip().splitlines() or ["?"])[-1]
        raise SystemExit(f"official comparison probe failed ({path}): {detail}")
    return [float(word) for word in output.stdout.split()]


def compare(
    pair: OfficialPair, python: Path, sdk: Path, reps: int, env: dict[str, str]
) -> dict[str, Any]:
    """Interleaved runs of both sides; medians, and the ratio taken run by run."""
    scripts = {
        "ours": (probe_script(pair.ours, pair.body), sdk),
        "theirs": (probe_script(pair.theirs, pair.body), None),
    }
    for script, path in scripts.values():  # bytecode and page cache warm for both
        run_side(python, script, path, env)
    runs: dict[str, list[list[float]]] = {"ours": [], "theirs": []}
    for i in range(reps):
        order = ["ours", "theirs"] if i % 2 == 0 else ["theirs", "ours"]
        for side in order:
            runs[side].append(run_side(python, *scripts[side], env))

    def median(side: str, index: int) -> float:
        return statistics.median(r[index] for r in runs[side]) * 1000

    totals = {side: [r[0] + r[1] for r in runs[side]] for side in runs}
    ratios = [a / b for a, b in zip(totals["ours"], totals["theirs"], strict=True)]
    walls = [a[2] / b[2] for a, b in zip(runs["ours"], runs["theirs"], strict=True)]
    return {
        "case": pair.case,
        "spec": pair.spec,
        "official": pair.official,
        "call": pair.ours.call.removeprefix("result = "),
        "construct_cpu_ms": median("ours", 0),
        "call_cpu_ms": median("ours", 1),
        "total_cpu_ms": statistics.median(totals["ours"]) * 1000,
        "official_construct_cpu_ms": median("theirs", 0),
        "official_call_cpu_ms": median("theirs", 1),
        "official_total_cpu_ms": statistics.median(totals["theirs"]) * 1000,
        "ratio_cpu": statistics.median(ratios),
        "ratio_cpu_range": [min(ratios), max(ratios)],
        "ratio_wall": statistics.median(walls),
        "modules": int(runs["ours"][0][3]),
        "official_modules": int(runs["theirs"][0][3]),
    }


def describe(row: dict[str, Any]) -> str:
    return (
        f"  {row['case']} vs {row['official']}: import + Client() + first call"
        f" {row['total_cpu_ms']:.0f} ms CPU ({row['construct_cpu_ms']:.0f} + "
        f"{row['call_cpu_ms']:.0f}) vs {row['official_total_cpu_ms']:.0f} ms"
        f" ({row['official_construct_cpu_ms']:.0f} + {row['official_call_cpu_ms']:.0f}):"
        f" x{row['ratio_cpu']:.2f} (runs {row['ratio_cpu_range'][0]:.2f}.."
        f"{row['ratio_cpu_range'][1]:.2f}, wall x{row['ratio_wall']:.2f});"
        f" {row['modules']} modules loaded vs {row['official_modules']}"
    )


def official_rows(rows: list[dict[str, Any]]) -> list[tuple[str, str, str, str, str]]:
    """The closing table's rows: each pair's whole task beside the official SDK's."""
    table = []
    for row in rows:
        met = row["ratio_cpu"] <= OFFICIAL_TARGET
        table.append(
            (
                f"import + Client() + first call: {row['case']}",
                f"{row['total_cpu_ms']:.0f} ms CPU",
                f"{row['official']} {row['official_total_cpu_ms']:.0f} ms",
                f"x{row['ratio_cpu']:.2f} (wall x{row['ratio_wall']:.2f})",
                f"<= {OFFICIAL_TARGET:.0f}x: {'met' if met else 'MISSED'}",
            )
        )
    return table
