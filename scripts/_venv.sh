# Shared by scripts/generate and scripts/test: make .venv if missing, install the project.
# Usage: source scripts/_venv.sh EXTRAS  (always pass it, "" for none: a sourced file
# otherwise sees the caller's own arguments)
#
# The install is editable, so a change to generator/ or templates/ is live without
# reinstalling; it runs again only when pyproject.toml (dependencies, entry points) or the
# requested extras changed since the last install. Its output goes to .venv/install.log and
# is shown only when the install fails.
#
# The packages are installed by uv (itself installed by pip into .venv first) when it can:
# on a fresh machine with an empty cache it installs the test extras in about a quarter of
# pip's time (downloads in parallel), which is most of a clean CI run's set-up. Where uv
# cannot be had or fails, pip does the install as before.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
PYTHON="${PYTHON:-python3.11}"
command -v "$PYTHON" >/dev/null 2>&1 || PYTHON=python3
extras="${1:-}"
log="$ROOT/.venv/install.log"

_sdkforge_pip() {
  if ! "$ROOT/.venv/bin/python" -m pip "$@" >>"$log" 2>&1; then
    echo "installing into .venv failed; pip said:" >&2
    tail -n 30 "$log" >&2
    exit 1
  fi
}

if [ ! -x "$ROOT/.venv/bin/python" ]; then
  echo "creating .venv and installing sdkforge (first run only)..." >&2
  "$PYTHON" -m venv "$ROOT/.venv"
  : >"$log"
  # uv installs what follows; without it, a current pip does
  "$ROOT/.venv/bin/python" -m pip install --quiet --disable-pip-version-check uv >>"$log" 2>&1 ||
    _sdkforge_pip install --quiet --disable-pip-version-check --upgrade pip
fi

_sdkforge_install() {
  if [ -x "$ROOT/.venv/bin/uv" ] &&
    "$ROOT/.venv/bin/uv" pip install --quiet --python "$ROOT/.venv/bin/python" "$@" >>"$log" 2>&1; then
    return
  fi
  _sdkforge_pip install --quiet --disable-pip-version-check "$@"
}

stamp="$ROOT/.venv/.sdkforge-installed"
want="$(sha256sum "$ROOT/pyproject.toml" | cut -d' ' -f1) extras=$extras"
# an install with the test extras also serves a run that asks for none
have="$(cat "$stamp" 2>/dev/null || true)"
if [ "$have" != "$want" ] && { [ -n "$extras" ] || [ "${have% extras=*}" != "${want% extras=*}" ]; }; then
  target="$ROOT"
  [ -n "$extras" ] && target="$ROOT[$extras]"
  _sdkforge_install -e "$target"
  echo "$want" >"$stamp"
fi
