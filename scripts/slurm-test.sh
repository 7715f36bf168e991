#!/bin/bash
# End-to-end test of 'pnyx slurm' on a real single-node Slurm cluster started in a temporary folder:
# munged and slurmctld/slurmd with a private socket, ports and state, so nothing system-wide is touched.
# Runs a tiny experiment as a 3-task job array plus the dependent merge job, then checks that runs.csv
# and summary.csv equal those of a local 'pnyx sweep'.
#
# Needs Debian's slurm-wlm and munge (apt-get install slurm-wlm munge) and must run as root (the
# daemons run as root here). Exits 0 on success, 1 on a mismatch or failure, 77 when Slurm is missing.
# Usage: scripts/slurm-test.sh [path/to/pnyx.jar]   (default: target/pnyx.jar; build it with mvn package)
set -euo pipefail

cd "$(dirname "$0")/.."
JAR=$(readlink -f "${1:-target/pnyx.jar}")
for tool in munged slurmctld slurmd sbatch sinfo squeue; do
    if ! command -v "$tool" > /dev/null; then
        echo "slurm-test: skipped: $tool not found (apt-get install slurm-wlm munge)"
        exit 77
    fi
done
if [ "$(id -u)" != 0 ]; then
    echo "slurm-test: skipped: must run as root to start the Slurm daemons"
    exit 77
fi
[ -f "$JAR" ] || { echo "slurm-test: no jar at $JAR; run mvn -q package -DskipTests" >&2; exit 1; }

T=$(mktemp -d /tmp/pnyx-slurm.XXXXXX)
chmod 755 "$T"   # munged wants its socket folder open to all
PIDS=()
cleanup() {
    local rc=$?
    for pid in "${PIDS[@]}"; do kill "$pid" 2>/dev/null || true; done
    for pid in "${PIDS[@]}"; do wait "$pid" 2>/dev/null || true; done
    if [ -f "$T/munged.pid" ]; then
        local mpid
        mpid=$(cat "$T/munged.pid")
        kill "$mpid" 2>/dev/null || true
        for _ in $(seq 1 50); do kill -0 "$mpid" 2>/dev/null || break; sleep 0.1; done
    fi
    if [ $rc -ne 0 ]; then
        echo "slurm-test: FAILED; logs kept in $T" >&2
        tail -n 20 "$T"/*.log "$T"/res/slurm/*.out 2>/dev/null >&2 || true
    else
        rm -rf "$T"
    fi
}
trap cleanup EXIT

# munge: a fresh key and a private socket.
head -c 1024 /dev/urandom > "$T/munge.key"
chmod 600 "$T/munge.key"
munged --key-file="$T/munge.key" --socket="$T/munge.sock" --pid-file="$T/munged.pid" \
    --log-file="$T/munged.log" --seed-file="$T/munged.seed"

# Slurm: one node with this machine's CPUs, ports away from the defaults.
H=$(hostname -s)
mkdir -p "$T/state" "$T/spool"
cat > "$T/slurm.conf" <<CONF
ClusterName=pnyxtest
SlurmctldHost=$H
SlurmUser=root
AuthType=auth/munge
AuthInfo=socket=$T/munge.sock
CredType=cred/munge
SlurmctldPort=16817
SlurmdPort=16818
StateSaveLocation=$T/state
SlurmdSpoolDir=$T/spool
SlurmctldPidFile=$T/slurmctld.pid
SlurmdPidFile=$T/slurmd.pid
SlurmctldLogFile=$T/slurmctld.log
SlurmdLogFile=$T/slurmd.log
ProctrackType=proctrack/linuxproc
TaskPlugin=task/none
JobAcctGatherType=jobacct_gather/none
AccountingStorageType=accounting_storage/none
SchedulerType=sched/backfill
SelectType=select/cons_tres
SelectTypeParameters=CR_CPU
ReturnToService=2
MpiDefault=none
SwitchType=switch/none
NodeName=$H CPUs=$(nproc) State=UNKNOWN
PartitionName=test Nodes=$H Default=YES MaxTime=INFINITE State=UP
CONF
export SLURM_CONF="$T/slurm.conf"
slurmctld -D > "$T/slurmctld.out" 2>&1 & PIDS+=($!)
slurmd -D > "$T/slurmd.out" 2>&1 & PIDS+=($!)
for _ in $(seq 1 30); do
    sinfo -h -o %t 2>/dev/null | grep -q idle && break
    sleep 1
done
sinfo -h -o %t | grep -q idle || { echo "slurm-test: the node never became idle" >&2; exit 1; }

# A tiny experiment: 4 design points x 3 replications, 2 towns of 40 citizens, 30 weeks.
cat > "$T/tiny.yaml" <<YAML
name: tiny
steps: 30
municipalities: {count: 2, size: {dist: constant, mean: 40, min: 2, max: 1000}}
YAML
cat > "$T/exp.yaml" <<YAML
name: slurm-test
scenario: tiny.yaml
seed: 11
replications: 3
vary:
  bylaws.quorum: [0.05, 0.2]
  bylaws.decisionRule: [majority, consensus]
YAML

java -jar "$JAR" slurm "$T/exp.yaml" --shards 3 --out "$T/res" --threads 1 --jar "$JAR" \
    --java-options "-Xmx256m" > "$T/slurm-command.out"
jid=$(sbatch --parsable "$T/res/slurm/sweep.sbatch")
mid=$(sbatch --parsable --dependency=afterok:"$jid" "$T/res/slurm/merge.sbatch")
echo "slurm-test: submitted array $jid and merge $mid"
for _ in $(seq 1 120); do
    [ -z "$(squeue -h -j "$jid,$mid" 2>/dev/null)" ] && break
    sleep 1
done
[ -z "$(squeue -h -j "$jid,$mid" 2>/dev/null)" ] || { echo "slurm-test: jobs still queued after 120 s" >&2; exit 1; }
[ -f "$T/res/summary.csv" ] || { echo "slurm-test: the merge job wrote no summary.csv" >&2; exit 1; }

java -jar "$JAR" sweep "$T/exp.yaml" --out "$T/local" --quiet > /dev/null 2>&1
for f in runs.csv summary.csv design.csv; do
    cmp "$T/local/$f" "$T/res/$f" || { echo "slurm-test: $f differs from the local sweep" >&2; exit 1; }
done
echo "slurm-test: ok: 3 array tasks + merge on Slurm give the same runs.csv, summary.csv, design.csv as a local sweep"
