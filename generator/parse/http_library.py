"""The HTTP library an SDK is generated for (`http` in its config): its dependency line and
what its users need to know about it (which certificates it trusts by default).

The bounds are the ones the compatibility matrix (`scripts/matrix`) installs and tests at
both ends; the trust sentences are read from each library's own source (httpx2 2.17:
`httpcore2.default_ssl_context`; httpx 0.29: `httpx._config.create_ssl_context`).
"""

from __future__ import annotations

from generator import ir
from generator.config import HttpLibraryName

_ENVIRONMENT = (
    " `SSL_CERT_FILE` or `SSL_CERT_DIR`, when set, replace it (unless the HTTP client is made"
    " with `trust_env=False`)."
)

LIBRARIES: dict[HttpLibraryName, ir.HttpLibrary] = {
    "httpx2": ir.HttpLibrary(
        module="httpx2",
        transport="httpcore2",
        requirement="httpx2>=2.16,<3",
        tls_trust=(
            "httpx2 verifies servers against the operating system's trust store: through"
            " `truststore` on macOS and Windows, the system's OpenSSL CA files on Linux. A"
            " company CA installed in the system is trusted; certifi's bundle is not used."
            + _ENVIRONMENT
        ),
    ),
    "httpx": ir.HttpLibrary(
        module="httpx",
        transport="httpcore",
        requirement="httpx>=0.27,<1",
        tls_trust=(
            "httpx verifies servers against certifi's CA bundle (Mozilla's list), not the"
            " operating system's trust store: a company CA installed in the system is not"
            " trusted until you pass it (`verify=ssl.create_default_context(cafile=...)` on"
            " the HTTP client)." + _ENVIRONMENT
        ),
    ),
}


def http_library(name: HttpLibraryName) -> ir.HttpLibrary:
    return LIBRARIES[name]
