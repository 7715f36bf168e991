#!/bin/bash
# Makes the small data set the notebooks in notebooks/ read, with the jar given (default target/pnyx.jar):
#   OUT/runs/baseline, OUT/runs/regime-<name>   single runs (5 years, 5 towns), with the charts
#   OUT/collapse-replications                     the bundled replication sweep (30 runs, time series kept)
#   OUT/morris                                    a reduced Morris screening (6 trajectories) and its indices
# OUT defaults to results/notebooks. About a minute on two cores. The notebooks find it through
# PNYX_NOTEBOOK_DATA (default: ../results/notebooks, as seen from notebooks/).
# Usage: scripts/notebook-data.sh [path/to/pnyx.jar] [OUT]
set -euo pipefail

cd "$(dirname "$0")/.."
JAR=$(readlink -f "${1:-target/pnyx.jar}")
OUT=${2:-results/notebooks}
[ -f "$JAR" ] || { echo "notebook-data: no jar at $JAR; run mvn -q package -DskipTests" >&2; exit 1; }
rm -rf "$OUT"
mkdir -p "$OUT/runs"
LOG="$OUT/log.txt"
pnyx() { java -jar "$JAR" "$@" >> "$LOG" 2>&1; }
trap 'echo "notebook-data: failed; the end of $LOG:" >&2; tail -20 "$LOG" >&2' ERR
SHORT=(--set steps=260 --set municipalities.count=5)
pnyx run scenarios/baseline.yaml "${SHORT[@]}" --out "$OUT/runs/baseline" --charts
for regime in municipalized syndicalist capitalist state-socialist; do
    pnyx run "scenarios/regime-$regime.yaml" "${SHORT[@]}" --out "$OUT/runs/regime-$regime"
done

pnyx sweep scenarios/experiments/collapse-replications.yaml --out "$OUT/collapse-replications" --quiet
pnyx chart "$OUT/collapse-replications"

# The Morris screening of docs/SENSITIVITY.md with 6 trajectories instead of 20 (72 runs instead of 240).
sed -e "s|^scenario: \.\./|scenario: $PWD/scenarios/|" -e 's/trajectories: 20/trajectories: 6/' \
    -e 's/^name: collapse-morris/name: morris/' scenarios/experiments/collapse-morris.yaml > "$OUT/morris.yaml"
pnyx sensitivity sample "$OUT/morris.yaml" --out "$OUT/morris-design.csv"
pnyx sweep "$OUT/morris.yaml" --design "$OUT/morris-design.csv" --out "$OUT/morris" --quiet
pnyx sensitivity analyze "$OUT/morris"
echo "notebook-data: wrote $OUT"
