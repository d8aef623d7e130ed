#!/usr/bin/env bash
# Event propagation only: bench/run.sh without the wrk part (start-up and idle memory are measured
# on the way, as in every run).
#
#   bench/propagation.sh [APPROVALS]     (default 500)
#
# Same servers, services and probe (bench/Propagation) as the full run; the dated section it writes
# to docs/benchmarks.md has the start-up, memory and propagation tables. BENCH_* tunables apply.
set -euo pipefail
BENCH_PARTS=propagation BENCH_APPROVALS="${1:-${BENCH_APPROVALS:-500}}" \
  exec "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")/run.sh"
