# Shared by scripts/generate and scripts/test: make .venv if missing, install the project.
# Usage: source scripts/_venv.sh [extras]
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
PYTHON="${PYTHON:-python3.11}"
command -v "$PYTHON" >/dev/null 2>&1 || PYTHON=python3
if [ ! -x "$ROOT/.venv/bin/python" ]; then
  "$PYTHON" -m venv "$ROOT/.venv"
  "$ROOT/.venv/bin/python" -m pip install --quiet --upgrade pip
fi
extras="${1:-}"
target="$ROOT"
[ -n "$extras" ] && target="$ROOT[$extras]"
# Editable, so a change to generator/ or templates/ is live without reinstalling.
"$ROOT/.venv/bin/python" -m pip install --quiet --disable-pip-version-check -e "$target"
