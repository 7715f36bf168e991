#!/bin/bash
# Executes every notebook in notebooks/ headless on data made now by scripts/notebook-data.sh, and fails if a
# cell fails. Also checks that the notebooks are stored without outputs. Needs Debian's python3-pandas,
# python3-matplotlib, python3-nbconvert (jupyter-nbconvert) and python3-ipykernel; exits 77 (skipped)
# without them. The executed copies go to a temporary folder; notebooks/ is left as it is.
# Usage: scripts/notebook-test.sh [path/to/pnyx.jar]   (default: target/pnyx.jar)
set -euo pipefail

cd "$(dirname "$0")/.."
JAR=$(readlink -f "${1:-target/pnyx.jar}")
PY=/usr/bin/python3
[ -x "$PY" ] || PY=$(command -v python3 || true)
if [ -z "$PY" ] || ! "$PY" -c "import pandas, matplotlib, nbconvert, ipykernel" 2> /dev/null \
        || ! command -v jupyter > /dev/null; then
    echo "notebook-test: skipped: needs python3 with pandas, matplotlib, nbconvert and ipykernel, and jupyter"
    exit 77
fi

stored=$("$PY" - <<'PYEOF'
import json, pathlib
bad = []
for p in sorted(pathlib.Path("notebooks").glob("*.ipynb")):
    for i, c in enumerate(json.loads(p.read_text())["cells"]):
        if c["cell_type"] == "code" and (c.get("outputs") or c.get("execution_count") is not None):
            bad.append(f"{p}: cell {i + 1} has outputs; clear them before committing (jupyter nbconvert "
                       "--clear-output --inplace)")
print("\n".join(bad))
PYEOF
)
if [ -n "$stored" ]; then
    echo "$stored" >&2
    exit 1
fi

T=$(mktemp -d /tmp/pnyx-notebooks.XXXXXX)
trap 'rm -rf "$T"' EXIT
scripts/notebook-data.sh "$JAR" "$T/data"
export PNYX_NOTEBOOK_DATA="$T/data"   # the kernel draws with its inline backend, headless
failed=0
for nb in notebooks/*.ipynb; do
    if PATH="$(dirname "$PY"):$PATH" jupyter nbconvert --to notebook --execute --output-dir "$T/executed" \
            --ExecutePreprocessor.timeout=300 --ExecutePreprocessor.kernel_name=python3 "$nb" \
            > "$T/log" 2>&1; then
        echo "notebook-test: $nb ran"
    else
        echo "notebook-test: $nb FAILED" >&2
        tail -40 "$T/log" >&2
        failed=1
    fi
done
exit $failed
