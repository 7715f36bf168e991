#!/bin/bash
# Sweep benchmark: the 200-run baseline sweep (pnyx bench-sweep), then the 1- versus 2-thread speed-up
# measured in alternating rounds, so that other load on a shared machine falls on both alike.
# Usage: scripts/bench-sweep.sh [rounds] [runs per round]   (defaults 4 and 60; needs target/pnyx.jar)
set -euo pipefail
cd "$(dirname "$0")/.."
JAR=target/pnyx.jar
ROUNDS=${1:-4}
RUNS=${2:-60}
[ -f "$JAR" ] || { echo "bench-sweep: build the jar first: mvn -q package -DskipTests" >&2; exit 1; }

java -jar "$JAR" bench-sweep --runs 200
echo
echo "Alternating rounds of $RUNS runs (1 thread, then 2 threads), $ROUNDS times:"
t1=0; t2=0
for r in $(seq 1 "$ROUNDS"); do
    for t in 1 2; do
        line=$(java -jar "$JAR" bench-sweep --runs "$RUNS" --threads "$t" --skip-bare | grep 'runs/s,')
        rate=$(echo "$line" | sed -E 's/.*: +([0-9.]+) runs\/s.*/\1/')
        secs=$(echo "$RUNS / $rate" | bc -l)
        if [ "$t" = 1 ]; then t1=$(echo "$t1 + $secs" | bc -l); else t2=$(echo "$t2 + $secs" | bc -l); fi
        printf '  round %d, %d thread(s): %s runs/s  (load %s)\n' "$r" "$t" "$rate" \
            "$(cut -d' ' -f1 /proc/loadavg)"
    done
done
total=$((ROUNDS * RUNS))
printf 'Total: 1 thread %.2f runs/s, 2 threads %.2f runs/s, speed-up %.2fx\n' \
    "$(echo "$total / $t1" | bc -l)" "$(echo "$total / $t2" | bc -l)" "$(echo "$t1 / $t2" | bc -l)"
