#!/usr/bin/env bash
# BfcNetwork benchmark, one command (see bench/README.md):
#
#   bench/run.sh        (from any directory; root, or a user with sudo when something must be installed)
#
# In one run, on one throwaway PostgreSQL and RabbitMQ on 127.0.0.1: builds the four services, the
# gateway, DevTokens and the propagation probe in Release; launches the five processes at once and
# times whole-system start-up (until every /health answers 200); records idle RSS; then for each
# service a read (GET by id) and a write (POST create) with wrk, direct and through the gateway,
# alternated in rounds, with the peak RSS under that load; then event propagation Solidarity →
# Mobility against the raw RabbitMQ floor. Prepends a dated section to docs/benchmarks.md (earlier
# runs stay below it) and keeps raw outputs and logs in bench/results/<run>/. Everything it started
# is stopped on exit, whatever happens.
#
# Tunables (environment; quick development run: BENCH_DURATION=5s BENCH_ROUNDS=1 BENCH_APPROVALS=100 BENCH_RECORD=0):
#   BENCH_DURATION (10s per measurement)   BENCH_ROUNDS (2)        BENCH_WARMUP (10s per path)
#   BENCH_THREADS (2)  BENCH_CONNECTIONS (32)   BENCH_APPROVALS (500)   BENCH_SETTLE (15 s before idle RSS)
#   BENCH_SERVICES ("solidarity crossborder investment mobility": those loaded with wrk)
#   BENCH_PARTS ("http propagation": start-up and idle memory are always measured)
#   BENCH_QUIET_WAIT (60 s at most waiting for other processes to leave the CPU)
#   BENCH_TIME_LIMIT (900 s watchdog)   BENCH_RECORD (1: prepend the section to docs/benchmarks.md; 0: only bench/results)
#   BENCH_SERVICE_ENV (extra KEY=VALUE words for every .NET process, e.g. "DOTNET_gcServer=0", to compare runtime settings)
#   BENCH_LABEL (a note for the section title, e.g. "before: Server GC")
set -euo pipefail

BENCH_DIR="$(cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")" && pwd)"
ROOT="$(dirname "${BENCH_DIR}")"
# shellcheck source=bench/lib.sh
source "${BENCH_DIR}/lib.sh"

DOC="${ROOT}/docs/benchmarks.md"
LUA_SCRIPT="${BENCH_DIR}/create.lua"
BUILD_DIR="${BENCH_DIR}/results/build" # git-ignored; kept between runs so builds are incremental
RUN_STAMP="$(date -u +%Y%m%dT%H%M%SZ)"
RUN_DIR="${BENCH_DIR}/results/${RUN_STAMP}"
TMP_DIR=""

THREADS="${BENCH_THREADS:-2}"
CONNECTIONS="${BENCH_CONNECTIONS:-32}"
DURATION="${BENCH_DURATION:-10s}"
WARMUP="${BENCH_WARMUP:-10s}"
ROUNDS="${BENCH_ROUNDS:-2}"
APPROVALS="${BENCH_APPROVALS:-500}"
SETTLE="${BENCH_SETTLE:-15}"
QUIET_WAIT="${BENCH_QUIET_WAIT:-60}"
TIME_LIMIT="${BENCH_TIME_LIMIT:-900}"
RECORD="${BENCH_RECORD:-1}"
PARTS=" ${BENCH_PARTS:-http propagation} "
read -r -a LOADED_SERVICES <<<"${BENCH_SERVICES:-solidarity crossborder investment mobility}"
read -r -a SERVICE_ENV <<<"${BENCH_SERVICE_ENV:-}"
LABEL="${BENCH_LABEL:-}"

# Targets of issue 7 (2-core machines).
TARGET_READ_RATIO=90    # gateway ≥ 90 % of direct read throughput
TARGET_EVENT_P50=25     # ms
TARGET_EVENT_P99=100    # ms
TARGET_STARTUP=20       # s
TARGET_IDLE_RSS=120     # MB per service

ISSUER=bfcnetwork-dev
AUDIENCE=bfcnetwork
SIGNING_KEY=bfcnetwork-local-development-signing-key-not-for-production

# The system: the four services in the order of run.sh, then the gateway.
SERVICES=(solidarity crossborder investment mobility)
PROCESSES=("${SERVICES[@]}" gateway)
declare -A PROJECT=([solidarity]=Solidarity [crossborder]=CrossBorder [investment]=Investment [mobility]=Mobility [gateway]=Gateway)
declare -A TITLE=([solidarity]=Solidarity [crossborder]=CrossBorder [investment]=Investment [mobility]=Mobility [gateway]=Gateway)
declare -A DATABASE=([solidarity]=solidaritydb [crossborder]=crossborderdb [investment]=investmentdb [mobility]=mobilitydb)
# What wrk creates (POST) and then reads back by id (GET PATH/{id}), with a user allowed to do both.
declare -A RESOURCE_PATH=([solidarity]=/api/solidarity/projects [crossborder]=/api/crossborder/projects
  [investment]=/api/investment/leads [mobility]=/api/mobility/exchanges)
declare -A TOKEN_ARGS=([solidarity]="--role coordinator --org amadea-franche-comte" [crossborder]="--role regional-officer"
  [investment]="--role investment-officer" [mobility]="--role mobility-coordinator --org bench-mobility")

export DOTNET_NOLOGO=1 DOTNET_CLI_TELEMETRY_OPTOUT=1

cleanup() {
  local status=$?
  trap - EXIT INT TERM
  set +e
  stop_watchdog
  say "Stopping everything"
  stop_registered
  stop_servers
  [[ -n ${TMP_DIR} && -d ${TMP_DIR} ]] && rm -rf "${TMP_DIR}"
  say "Total duration: $((SECONDS - START_SECONDS)) s (exit status ${status})"
  exit "${status}"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM
start_watchdog "${TIME_LIMIT}"

for service in "${LOADED_SERVICES[@]}"; do
  [[ -n ${DATABASE[${service}]:-} ]] || die "BENCH_SERVICES: unknown service '${service}' (known: ${SERVICES[*]})"
done

# ---------------------------------------------------------------------------------------------
# 1. Prerequisites, servers, build
# ---------------------------------------------------------------------------------------------
mkdir -p "${RUN_DIR}" "$(dirname "${DOC}")"
say "Run ${RUN_STAMP}: raw outputs in ${RUN_DIR}"
ensure_prerequisites

TMP_DIR="$(mktemp -d /tmp/bfcbench.XXXXXX)"
chmod 755 "${TMP_DIR}" # the postgres OS user must reach its data folder
# Ports well away from run.sh's (5433/5673/5101-5104/5080) and never in 35672-35682.
pick_port PG_PORT 5740
pick_port AMQP_PORT 5750
say "Starting PostgreSQL ($("${PG_BIN}/postgres" --version))"
start_postgres
for service in "${SERVICES[@]}"; do
  psql_as_postgres postgres "CREATE DATABASE ${DATABASE[${service}]}" >/dev/null || die "could not create database ${DATABASE[${service}]}"
done
say "Starting RabbitMQ on port ${AMQP_PORT}"
start_rabbitmq

declare -A PORT URL PID
for process in "${PROCESSES[@]}"; do
  pick_port "PORT[${process}]" 5760
  URL[${process}]="http://${LOOPBACK}:${PORT[${process}]}"
done
say "Ports: PostgreSQL ${PG_PORT}, AMQP ${AMQP_PORT}, $(for p in "${PROCESSES[@]}"; do printf '%s %s ' "${p}" "${PORT[${p}]}"; done)"

built_dir() { printf '%s/bin/%s/release\n' "${BUILD_DIR}" "$1"; }
# build FOLDER NAME: one project (FOLDER relative to the root). One build at a time in the shared
# build folder should two runs overlap (flock -o: the lock is not inherited by the build); no
# MSBuild node or compiler server is left running after the build.
build() {
  say "dotnet build -c Release $2"
  mkdir -p "${BUILD_DIR}"
  flock -o -w 600 "${BUILD_DIR}/.lock" timeout 400 dotnet build "${ROOT}/$1/$2.csproj" -c Release --artifacts-path "${BUILD_DIR}" \
    -nologo -v q -nodeReuse:false -p:UseSharedCompilation=false >"${RUN_DIR}/build-$2.log" 2>&1 || {
    tail -n 40 "${RUN_DIR}/build-$2.log" >&2
    die "build of $2 failed"
  }
}
for process in "${PROCESSES[@]}"; do build "src/BfcNetwork.${PROJECT[${process}]}" "BfcNetwork.${PROJECT[${process}]}"; done
build src/BfcNetwork.DevTokens BfcNetwork.DevTokens
if [[ ${PARTS} == *" propagation "* ]]; then build bench/Propagation Propagation; fi

# ---------------------------------------------------------------------------------------------
# 2. Start-up: the five processes launched together, each timed until its /health answers 200
# ---------------------------------------------------------------------------------------------
# A clean environment for the .NET processes: only what they need, nothing inherited by accident
# (no OTEL_* exporter, no stray ASPNETCORE_* or DOTNET_* setting), plus BENCH_SERVICE_ENV.
AUTH_ENV=(Authentication__Issuer="${ISSUER}" Authentication__Audience="${AUDIENCE}" Authentication__SigningKey="${SIGNING_KEY}")
BASE_ENV=(PATH="${PATH}" HOME="${HOME:-/root}" DOTNET_NOLOGO=1 DOTNET_CLI_TELEMETRY_OPTOUT=1
  ${DOTNET_ROOT:+DOTNET_ROOT="${DOTNET_ROOT}"} "${AUTH_ENV[@]}" ASPNETCORE_ENVIRONMENT=Development
  Logging__LogLevel__Default=Warning Logging__LogLevel__MassTransit=Warning "${SERVICE_ENV[@]}")
MESSAGING="amqp://guest:guest@${LOOPBACK}:${AMQP_PORT}/"

process_env() { # one KEY=VALUE per line: what Aspire (or run.sh) would give that process
  local process=$1 service
  printf '%s\n' "ASPNETCORE_URLS=${URL[${process}]}"
  if [[ ${process} == gateway ]]; then
    # The limiter stays in the pipeline but never rejects a benchmark request.
    printf '%s\n' Gateway__RateLimitPermits=100000000
    for service in "${SERVICES[@]}"; do printf '%s\n' "services__${service}__http__0=${URL[${service}]}"; done
  else
    printf '%s\n' "ConnectionStrings__${DATABASE[${process}]}=$(pg_connection_string "${DATABASE[${process}]}")" \
      "ConnectionStrings__messaging=${MESSAGING}"
  fi
}

say "Launching ${PROCESSES[*]} together (Development: migrations and demo data on empty databases)"
STARTUP_T0="$(now)"
for process in "${PROCESSES[@]}"; do
  mapfile -t extra < <(process_env "${process}")
  (
    cd "$(built_dir "BfcNetwork.${PROJECT[${process}]}")"
    exec env -i "${BASE_ENV[@]}" "${extra[@]}" dotnet "BfcNetwork.${PROJECT[${process}]}.dll"
  ) >"${RUN_DIR}/${process}.log" 2>&1 </dev/null &
  PID[${process}]=$!
  register_pid "${PID[${process}]}" "${TITLE[${process}]}"
  LOG_FILES+=("${RUN_DIR}/${process}.log")
done

declare -A HEALTHY_AFTER
waiting=("${PROCESSES[@]}")
while [[ ${#waiting[@]} -gt 0 ]]; do
  still=()
  for process in "${waiting[@]}"; do
    kill -0 "${PID[${process}]}" 2>/dev/null || die "${TITLE[${process}]} exited during start-up"
    if [[ "$(curl -s -o /dev/null -m 2 -w '%{http_code}' "${URL[${process}]}/health" || true)" == 200 ]]; then
      HEALTHY_AFTER[${process}]="$(calc '%.1f' "$(now) - ${STARTUP_T0}")"
    else
      still+=("${process}")
    fi
  done
  waiting=("${still[@]}")
  [[ ${#waiting[@]} -eq 0 ]] && break
  [[ "$(calc '%d' "$(now) - ${STARTUP_T0} < 120")" -eq 1 ]] || die "no /health 200 after 120 s from: ${waiting[*]}"
  sleep 0.1
done
STARTUP="$(calc '%.1f' "$(now) - ${STARTUP_T0}")"
say "Every /health answers 200 after ${STARTUP} s"

# Startup peak, then idle RSS once background start-up work (bus, outbox, JIT tiering) has settled.
declare -A STARTUP_PEAK IDLE_RSS IDLE_PSS LOADED_RSS
for process in "${PROCESSES[@]}"; do STARTUP_PEAK[${process}]="$(rss_mb "${PID[${process}]}" VmHWM)"; done
say "Letting start-up settle for ${SETTLE} s before reading idle RSS"
sleep "${SETTLE}"
alive_or_die() { local p; for p in "${PROCESSES[@]}"; do kill -0 "${PID[${p}]}" 2>/dev/null || die "${TITLE[${p}]} exited $1"; done; }
alive_or_die "after start-up"
PEAK_RESET=1
for process in "${PROCESSES[@]}"; do
  IDLE_RSS[${process}]="$(rss_mb "${PID[${process}]}")"
  IDLE_PSS[${process}]="$(pss_mb "${PID[${process}]}")"
  reset_peak_rss "${PID[${process}]}" || PEAK_RESET=0
done
say "Idle RSS (MB): $(for p in "${PROCESSES[@]}"; do printf '%s %s  ' "${p}" "${IDLE_RSS[${p}]}"; done)"

# ---------------------------------------------------------------------------------------------
# 3. Tokens, one resource per service, sanity checks
# ---------------------------------------------------------------------------------------------
declare -A TOKEN SEED_ID
body_of() { sed "s/@ID@/$2/g" "${BENCH_DIR}/bodies/$1.json"; }
for service in "${LOADED_SERVICES[@]}"; do
  # shellcheck disable=SC2086 # TOKEN_ARGS holds several words on purpose
  TOKEN[${service}]="$(cd "$(built_dir BfcNetwork.DevTokens)" && env -i "${BASE_ENV[@]}" dotnet BfcNetwork.DevTokens.dll \
    ${TOKEN_ARGS[${service}]} --sub "bench-${service}")" || die "BfcNetwork.DevTokens failed"
  [[ ${TOKEN[${service}]} == *.*.* ]] || die "BfcNetwork.DevTokens printed no JWT: ${TOKEN[${service}]}"
  response="$(body_of "${service}" seed | curl -s -m 30 -w '\n%{http_code}' -X POST -H "Authorization: Bearer ${TOKEN[${service}]}" \
    -H 'Content-Type: application/json' --data-binary @- "${URL[gateway]}${RESOURCE_PATH[${service}]}")" ||
    die "POST ${RESOURCE_PATH[${service}]} through the gateway failed (curl)"
  [[ ${response##*$'\n'} == 201 ]] || die "POST ${RESOURCE_PATH[${service}]} through the gateway answered ${response##*$'\n'}: ${response%$'\n'*}"
  SEED_ID[${service}]="$(grep -o '"id" *: *"[0-9a-fA-F-]\{36\}"' <<<"${response%$'\n'*}" | head -n 1 | grep -o '[0-9a-fA-F-]\{36\}')" ||
    die "no id in the create response: ${response%$'\n'*}"
  for base in "${URL[${service}]}" "${URL[gateway]}"; do
    code="$(curl -s -o "${RUN_DIR}/sanity-${service}.json" -m 10 -w '%{http_code}' -H "Authorization: Bearer ${TOKEN[${service}]}" \
      "${base}${RESOURCE_PATH[${service}]}/${SEED_ID[${service}]}" || true)"
    [[ ${code} == 200 ]] || die "GET ${base}${RESOURCE_PATH[${service}]}/${SEED_ID[${service}]} answered ${code}: $(head -c 500 "${RUN_DIR}/sanity-${service}.json")"
  done
  code="$(curl -s -o /dev/null -m 10 -w '%{http_code}' "${URL[gateway]}${RESOURCE_PATH[${service}]}/${SEED_ID[${service}]}" || true)"
  [[ ${code} == 401 ]] || warn "GET through the gateway without a token answered ${code}, expected 401"
  say "${TITLE[${service}]}: created ${SEED_ID[${service}]} through the gateway, read it back on both paths"
done

# ---------------------------------------------------------------------------------------------
# 4. Measurements
# ---------------------------------------------------------------------------------------------
# CPU of each process of ours, in this order, in every sample.
CPU_PIDS=()
for process in "${PROCESSES[@]}"; do CPU_PIDS+=("${PID[${process}]}"); done
CPU_PIDS+=("${PG_MASTER_PID:--1}" "${RABBITMQ_PID:--1}")
# cpu_column DELTA NAME: one figure of a cpu_delta line (busy, children, other, a process, postgres, rabbitmq).
declare -A CPU_FIELD=([busy]=0 [children]=1 [other]=2 [postgres]=$((3 + ${#PROCESSES[@]})) [rabbitmq]=$((4 + ${#PROCESSES[@]})))
for i in "${!PROCESSES[@]}"; do CPU_FIELD[${PROCESSES[i]}]=$((3 + i)); done
cpu_column() {
  local -a f
  read -r -a f <<<"$1"
  printf '%s' "${f[${CPU_FIELD[$2]}]}"
}

# Other work on the machine (builds, tests) steals CPU from the system under test: wait a little for
# it to calm down, then measure anyway and report what was seen.
QUIET_NOTE=""
wait_for_quiet() {
  local deadline=$((SECONDS + QUIET_WAIT)) before after other
  while :; do
    before="$(cpu_sample "${CPU_PIDS[@]}")"
    sleep 3
    after="$(cpu_sample "${CPU_PIDS[@]}")"
    other="$(cpu_column "$(cpu_delta "${before}" "${after}")" other)"
    if [[ "$(calc '%d' "${other} < 0.2")" -eq 1 ]]; then
      say "Machine quiet enough (other processes: ${other} cores)"
      QUIET_NOTE="Just before the measurements, other processes used ${other} cores."
      return 0
    fi
    if [[ ${SECONDS} -ge ${deadline} ]]; then
      say "Other processes still use ${other} cores after ${QUIET_WAIT} s of waiting: measuring anyway"
      QUIET_NOTE="The run waited ${QUIET_WAIT} s for the machine to calm down; other processes still used ${other} cores when the measurements started."
      return 0
    fi
    say "Other processes use ${other} cores: waiting for a quieter machine"
  done
}

declare -A CPU
RUNS=()
WRK_RUN=0
run_wrk() { # name service duration [wrk arguments...] url
  local name=$1 service=$2 duration=$3 before after
  shift 3
  say "wrk ${name} (${duration})"
  before="$(cpu_sample "${CPU_PIDS[@]}")"
  timeout 300 wrk -t"${THREADS}" -c"${CONNECTIONS}" --latency --timeout 10s -H "Authorization: Bearer ${TOKEN[${service}]}" \
    -d"${duration}" "$@" >"${RUN_DIR}/${name}.txt" 2>&1 || die "wrk ${name} failed: $(cat "${RUN_DIR}/${name}.txt")"
  after="$(cpu_sample "${CPU_PIDS[@]}")"
  CPU[${name}]="$(cpu_delta "${before}" "${after}")"
  printf 'cpu (busy%% children other %s postgres rabbitmq, in cores): %s\n' "${PROCESSES[*]}" "${CPU[${name}]}" >>"${RUN_DIR}/${name}.txt"
}
# measure NAME SERVICE OPERATION PATH DURATION: one wrk run of a read or write on the direct or gateway path.
measure() {
  local name=$1 service=$2 operation=$3 path=$4 duration=$5 base
  [[ ${path} == direct ]] && base="${URL[${service}]}" || base="${URL[gateway]}"
  WRK_RUN=$((WRK_RUN + 1))
  if [[ ${operation} == read ]]; then
    run_wrk "${name}" "${service}" "${duration}" "${base}${RESOURCE_PATH[${service}]}/${SEED_ID[${service}]}"
  else
    run_wrk "${name}" "${service}" "${duration}" -s "${LUA_SCRIPT}" "${base}${RESOURCE_PATH[${service}]}" \
      -- "${BENCH_DIR}/bodies/${service}.json" "r${WRK_RUN}"
  fi
}

PHASE_BEFORE=""
if [[ ${PARTS} == *" http "* || ${PARTS} == *" propagation "* ]]; then
  wait_for_quiet
  PHASE_BEFORE="$(cpu_sample "${CPU_PIDS[@]}")"
fi
PHASE_T0=${SECONDS}

if [[ ${PARTS} == *" http "* ]]; then
  for service in "${LOADED_SERVICES[@]}"; do
    for operation in read write; do
      for path in direct gateway; do measure "${service}-${operation}-${path}-warmup" "${service}" "${operation}" "${path}" "${WARMUP}"; done
    done
    for round in $(seq 1 "${ROUNDS}"); do
      for operation in read write; do
        for path in direct gateway; do
          measure "${service}-${operation}-${path}-${round}" "${service}" "${operation}" "${path}" "${DURATION}"
          RUNS+=("${service}-${operation}-${path}-${round}")
        done
      done
    done
    LOADED_RSS[${service}]="$(rss_mb "${PID[${service}]}" VmHWM)"
  done
  LOADED_RSS[gateway]="$(rss_mb "${PID[gateway]}" VmHWM)"
fi

declare -A EVENT
if [[ ${PARTS} == *" propagation "* ]]; then
  say "Event propagation: ${APPROVALS} approvals, Solidarity → RabbitMQ → Mobility, then the raw RabbitMQ floor"
  before="$(cpu_sample "${CPU_PIDS[@]}")"
  (
    cd "$(built_dir Propagation)"
    exec env -i "${BASE_ENV[@]}" BENCH_SOLIDARITY_URL="${URL[solidarity]}" \
      BENCH_SOLIDARITY_BODY="${BENCH_DIR}/bodies/solidarity.json" BENCH_AMQP_URI="${MESSAGING}" \
      BENCH_MOBILITY_DB="$(pg_connection_string mobilitydb)" timeout 600 dotnet Propagation.dll "${APPROVALS}"
  ) >"${RUN_DIR}/propagation.txt" 2>"${RUN_DIR}/propagation.log" || die "propagation probe failed: $(tail -n 20 "${RUN_DIR}/propagation.log")"
  CPU[propagation]="$(cpu_delta "${before}" "$(cpu_sample "${CPU_PIDS[@]}")")"
  while read -r series count p50 p95 p99 max; do
    EVENT[${series}]="${count} ${p50} ${p95} ${p99} ${max}"
  done <"${RUN_DIR}/propagation.txt"
  [[ -n ${EVENT[approval]:-} && -n ${EVENT[floor]:-} ]] || die "no result from the propagation probe: $(cat "${RUN_DIR}/propagation.txt")"
fi
PHASE_SECONDS=$((SECONDS - PHASE_T0))
PHASE_OTHER=""
[[ -n ${PHASE_BEFORE} ]] && PHASE_OTHER="$(cpu_column "$(cpu_delta "${PHASE_BEFORE}" "$(cpu_sample "${CPU_PIDS[@]}")")" other)"
alive_or_die "during the measurements"

# ---------------------------------------------------------------------------------------------
# 5. Results
# ---------------------------------------------------------------------------------------------
fmt() { calc '%.0f' "$1"; }
fmt1() { calc '%.1f' "$1"; }
fmt2() { calc '%.2f' "$1"; }
at_most() { [[ "$(calc '%d' "$1 <= $2")" -eq 1 ]] && printf 'met' || printf '**missed**'; }
at_least() { [[ "$(calc '%d' "$1 >= $2")" -eq 1 ]] && printf 'met' || printf '**missed**'; }

# A ratio of failed requests means nothing: the verdict says so instead of met or missed.
read_verdict() { # service ratio
  if [[ $((${NON2XX[$1-read-direct]} + ${NON2XX[$1-read-gateway]} + ${ERRORS[$1-read-direct]} + ${ERRORS[$1-read-gateway]})) -gt 0 ]]; then
    printf '**not valid: non-2xx or socket errors**'
  else
    at_least "$2" "${TARGET_READ_RATIO}"
  fi
}

# Per service, operation and path: medians over the rounds, sums of requests and failures.
declare -A RPS P50 P99 REQUESTS NON2XX ERRORS
for run in "${RUNS[@]}"; do
  key="${run%-*}"
  read -r r a b n x e < <(parse_wrk "${RUN_DIR}/${run}.txt")
  [[ -n ${r} && -n ${b} ]] || die "could not read wrk output ${RUN_DIR}/${run}.txt"
  RPS[${key}]+="${r} " P50[${key}]+="${a} " P99[${key}]+="${b} "
  REQUESTS[${key}]=$((${REQUESTS[${key}]:-0} + n)) NON2XX[${key}]=$((${NON2XX[${key}]:-0} + x)) ERRORS[${key}]=$((${ERRORS[${key}]:-0} + e))
done
# shellcheck disable=SC2086 # the lists are space-separated on purpose
for key in "${!RPS[@]}"; do
  RPS[${key}]="$(median ${RPS[${key}]})" P50[${key}]="$(median ${P50[${key}]})" P99[${key}]="$(median ${P99[${key}]})"
done

CPU_MODEL="$(awk -F': *' '/^model name/ { print $2; exit }' /proc/cpuinfo)"
RAM="$(awk '/^MemTotal:/ { printf "%.1f GiB", $2 / 1048576 }' /proc/meminfo)"
KERNEL="$(uname -sr)"
DOTNET_SDK="$(dotnet --version)"
ASPNET_RUNTIME="$(dotnet --list-runtimes | awk '/^Microsoft.AspNetCore.App/ { v = $2 } END { print v }')"
PG_VERSION="$("${PG_BIN}/postgres" --version | awk '{ print $3 }')"
RABBITMQ_VERSION="$(dpkg-query -W -f='${Version}' rabbitmq-server 2>/dev/null || echo unknown)"
WRK_VERSION="$(wrk -v 2>&1 | head -n 1 | awk '{ print $2 }' || true)"
COMMIT="$(git -C "${ROOT}" rev-parse --short HEAD 2>/dev/null || echo unknown)"
[[ -n "$(git -C "${ROOT}" status --porcelain -- src BfcNetwork.ServiceDefaults 2>/dev/null)" ]] && COMMIT+=", with uncommitted changes under src/"
GC_NOTE="runtime settings as committed (runtimeconfig of each project)"
[[ ${#SERVICE_ENV[@]} -gt 0 ]] && GC_NOTE="runtime settings as committed, overridden by \`${SERVICE_ENV[*]}\`"

# The largest share of CPU other processes took during any measurement.
max_other=0 max_other_run=""
for run in "${RUNS[@]}" propagation; do
  [[ -n ${CPU[${run}]:-} ]] || continue
  other="$(cpu_column "${CPU[${run}]}" other)"
  if [[ "$(calc '%d' "${other} > ${max_other}")" -eq 1 ]]; then max_other=${other} max_other_run=${run}; fi
done
if [[ "$(calc '%d' "${max_other} >= 0.15")" -eq 1 ]]; then
  noise="**The machine was not quiet**: other processes used on average ${PHASE_OTHER:-?} cores (of ${CORES}) over the measurements and up to ${max_other} during one (${max_other_run}): they took CPU from the system under test, so throughput is understated and tails are inflated. Re-run on an idle machine for clean figures."
else
  noise="The machine was quiet: other processes used on average ${PHASE_OTHER:-0} cores (of ${CORES}) over the measurements, at most ${max_other} during any one."
fi

SECTION="${RUN_DIR}/section.md"
{
  printf '## %s — %s, %s cores%s\n\n' "$(date -u '+%Y-%m-%d %H:%M UTC')" "${CPU_MODEL:-unknown CPU}" "${CORES}" "${LABEL:+ — ${LABEL}}"
  printf '_`bench/run.sh` at commit %s; raw outputs and logs in `bench/results/%s/` (git-ignored)._\n\n' "${COMMIT}" "${RUN_STAMP}"
  printf '**Machine**: %s, %s cores (`nproc`), %s RAM, %s; .NET SDK %s, ASP.NET Core runtime %s (Release builds, %s); PostgreSQL %s, RabbitMQ %s, wrk %s.\n' \
    "${CPU_MODEL:-unknown CPU}" "${CORES}" "${RAM}" "${KERNEL}" "${DOTNET_SDK}" "${ASPNET_RUNTIME}" "${GC_NOTE}" "${PG_VERSION}" "${RABBITMQ_VERSION}" "${WRK_VERSION}"
  printf '**Settings**: `wrk -t%s -c%s -d%s`, %s round(s) per path alternated direct/gateway, %s warm-up per path; %s approvals; idle RSS read %s s after the last /health 200; PostgreSQL max_connections %s. **Other processes**: %s %s\n\n' \
    "${THREADS}" "${CONNECTIONS}" "${DURATION}" "${ROUNDS}" "${WARMUP}" "${APPROVALS}" "${SETTLE}" "${PG_MAX_CONNECTIONS}" "${noise}" "${QUIET_NOTE}"

  printf '### Targets\n\n| Figure | Measured | Target | Ratio | Verdict |\n|---|---:|---:|---:|---|\n'
  printf '| Whole-system start-up (launch → every /health 200, migrations + demo data on empty databases) | %s s | ≤ %s s | %s %% of target | %s |\n' \
    "${STARTUP}" "${TARGET_STARTUP}" "$(fmt "100 * ${STARTUP} / ${TARGET_STARTUP}")" "$(at_most "${STARTUP}" "${TARGET_STARTUP}")"
  for process in "${PROCESSES[@]}"; do
    printf '| Idle RSS, %s | %s MB | ≤ %s MB | %s %% of target | %s |\n' "${TITLE[${process}]}" "${IDLE_RSS[${process}]}" "${TARGET_IDLE_RSS}" \
      "$(fmt "100 * ${IDLE_RSS[${process}]} / ${TARGET_IDLE_RSS}")" "$(at_most "${IDLE_RSS[${process}]}" "${TARGET_IDLE_RSS}")"
  done
  for service in "${LOADED_SERVICES[@]}"; do
    [[ -n ${RPS[${service}-read-direct]:-} ]] || continue
    ratio="$(calc '%.1f' "100 * ${RPS[${service}-read-gateway]} / ${RPS[${service}-read-direct]}")"
    printf '| %s read through the gateway vs direct (req/s) | %s vs %s | ≥ %s %% of direct | %s %% | %s |\n' "${TITLE[${service}]}" \
      "$(fmt "${RPS[${service}-read-gateway]}")" "$(fmt "${RPS[${service}-read-direct]}")" "${TARGET_READ_RATIO}" "${ratio}" "$(read_verdict "${service}" "${ratio}")"
  done
  if [[ -n ${EVENT[approval]:-} ]]; then
    read -r _ e50 _ e99 _ <<<"${EVENT[approval]}"
    read -r _ f50 _ f99 _ <<<"${EVENT[floor]}"
    printf '| Event propagation p50 (approval → Mobility host row) | %s ms | ≤ %s ms | %s %% of target; %s× the RabbitMQ floor | %s |\n' \
      "$(fmt2 "${e50}")" "${TARGET_EVENT_P50}" "$(fmt "100 * ${e50} / ${TARGET_EVENT_P50}")" "$(fmt "${e50} / ${f50}")" "$(at_most "${e50}" "${TARGET_EVENT_P50}")"
    printf '| Event propagation p99 | %s ms | ≤ %s ms | %s %% of target; %s× the RabbitMQ floor | %s |\n' \
      "$(fmt2 "${e99}")" "${TARGET_EVENT_P99}" "$(fmt "100 * ${e99} / ${TARGET_EVENT_P99}")" "$(fmt "${e99} / ${f99}")" "$(at_most "${e99}" "${TARGET_EVENT_P99}")"
  fi
  printf '\n'

  if [[ ${#RUNS[@]} -gt 0 ]]; then
    printf '### Reads and writes, direct and through the gateway\n\n'
    printf 'Median of the rounds (requests and failures summed). Read: `GET <resource>/{id}` of one resource created at start; write: `POST <resource>` with a unique valid body per request (`bench/create.lua`, `bench/bodies/`).\n\n'
    printf '| Service | Request | Path | Req/s | p50 (ms) | p99 (ms) | Requests | Non-2xx | Socket errors | Gateway / direct req/s | Gateway − direct p99 | Target | Verdict |\n'
    printf '|---|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---|---|\n'
    for service in "${LOADED_SERVICES[@]}"; do
      for operation in read write; do
        [[ ${operation} == read ]] && request="GET ${RESOURCE_PATH[${service}]}/{id}" || request="POST ${RESOURCE_PATH[${service}]}"
        for path in direct gateway; do
          key="${service}-${operation}-${path}"
          ratio="" diff="" target="" verdict=""
          if [[ ${path} == gateway ]]; then
            ratio="$(calc '%.1f' "100 * ${RPS[${key}]} / ${RPS[${service}-${operation}-direct]}") %"
            diff="$(calc '%+.2f' "${P99[${key}]} - ${P99[${service}-${operation}-direct]}") ms"
            if [[ ${operation} == read ]]; then
              target="≥ ${TARGET_READ_RATIO} %"
              verdict="$(read_verdict "${service}" "${ratio% %}")"
            else
              target="none"
              verdict="(reported)"
            fi
          fi
          printf '| %s | `%s` | %s | %s | %s | %s | %s | %s | %s | %s | %s | %s | %s |\n' "${TITLE[${service}]}" "${request}" "${path}" \
            "$(fmt "${RPS[${key}]}")" "$(fmt2 "${P50[${key}]}")" "$(fmt2 "${P99[${key}]}")" "${REQUESTS[${key}]}" "${NON2XX[${key}]}" "${ERRORS[${key}]}" \
            "${ratio}" "${diff}" "${target}" "${verdict}"
        done
      done
    done
    printf '\n'
  fi

  if [[ -n ${EVENT[approval]:-} ]]; then
    printf '### Event propagation: Solidarity approval → Mobility host catalogue\n\n'
    printf 'Each of %s solidarity projects (after warm-up ones) approved one at a time on Solidarity; the time from the approving response until the host row is in mobilitydb (polled with a prepared query). Floor: raw publish → consume round trips (durable queue, persistent message, manual ack) on the same broker. Targets: p50 ≤ %s ms, p99 ≤ %s ms.\n\n' \
      "${APPROVALS}" "${TARGET_EVENT_P50}" "${TARGET_EVENT_P99}"
    printf '| Series | Count | p50 (ms) | p95 (ms) | p99 (ms) | Max (ms) |\n|---|---:|---:|---:|---:|---:|\n'
    read -r c a b d m <<<"${EVENT[approval]}"
    printf '| Approval → host visible | %s | %s | %s | %s | %s |\n' "${c}" "${a}" "${b}" "${d}" "${m}"
    read -r c f50 f95 f99 fm <<<"${EVENT[floor]}"
    printf '| Raw RabbitMQ round trip (floor) | %s | %s | %s | %s | %s |\n' "${c}" "${f50}" "${f95}" "${f99}" "${fm}"
    printf '| Ratio to the floor | | %s× | %s× | %s× | %s× |\n\n' "$(fmt "${a} / ${f50}")" "$(fmt "${b} / ${f95}")" "$(fmt "${d} / ${f99}")" "$(fmt "${m} / ${fm}")"
  fi

  printf '### Start-up and memory\n\n'
  printf 'The five processes are launched together on empty databases; each time is from that launch to its first /health 200 (whole system: %s s, target ≤ %s s). RSS from `/proc/<pid>/status` (resident pages, shared framework files counted in full in every process; PSS, from `smaps_rollup`, shares them out): start-up peak (VmHWM when healthy), idle (VmRSS after %s s), loaded (VmHWM %s).\n\n' \
    "${STARTUP}" "${TARGET_STARTUP}" "${SETTLE}" \
    "$([[ ${PEAK_RESET} -eq 1 ]] && printf 'reset after the idle reading, read after the service'"'"'s own wrk runs; the gateway'"'"'s after all of them' || printf 'since start: the kernel refused the reset')"
  printf '| Process | /health 200 after (s) | Start-up peak RSS (MB) | Idle RSS (MB) | Idle target | Verdict | Idle PSS (MB) | Loaded peak RSS (MB) | Loaded / idle |\n'
  printf '|---|---:|---:|---:|---|---|---:|---:|---:|\n'
  for process in "${PROCESSES[@]}"; do
    loaded="${LOADED_RSS[${process}]:-}"
    printf '| %s | %s | %s | %s | ≤ %s MB | %s | %s | %s | %s |\n' "${TITLE[${process}]}" "${HEALTHY_AFTER[${process}]}" "${STARTUP_PEAK[${process}]}" \
      "${IDLE_RSS[${process}]}" "${TARGET_IDLE_RSS}" "$(at_most "${IDLE_RSS[${process}]}" "${TARGET_IDLE_RSS}")" "${IDLE_PSS[${process}]}" "${loaded:-not loaded}" \
      "$([[ -n ${loaded} ]] && calc '%.2f×' "${loaded} / ${IDLE_RSS[${process}]}")"
  done
  printf '\n'

  if [[ ${#RUNS[@]} -gt 0 || -n ${CPU[propagation]:-} ]]; then
    printf '### Where the CPU went\n\n'
    printf 'Cores used on average during each measurement (of %s), from `/proc`: whole machine busy, the service under test, the gateway, PostgreSQL (all backends), RabbitMQ, wrk (or the propagation probe), the three other services, and every process not ours.\n\n' "${CORES}"
    printf '| Run | Req/s | Busy | Service | Gateway | PostgreSQL | RabbitMQ | wrk / probe | Other services | Not ours | Service CPU ms / request | Gateway CPU ms / request |\n'
    printf '|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n'
    for run in "${RUNS[@]}" propagation; do
      [[ -n ${CPU[${run}]:-} ]] || continue
      if [[ ${run} == propagation ]]; then service=solidarity rps="—"; else service="${run%%-*}" rps="$(parse_wrk "${RUN_DIR}/${run}.txt" | awk '{ printf "%.0f", $1 }')"; fi
      others=0
      for s in "${SERVICES[@]}"; do
        [[ ${s} == "${service}" || (${run} == propagation && ${s} == mobility) ]] && continue
        others="$(calc '%.2f' "${others} + $(cpu_column "${CPU[${run}]}" "${s}")")"
      done
      if [[ ${run} == propagation ]]; then
        label="Solidarity + Mobility: $(calc '%.2f' "$(cpu_column "${CPU[${run}]}" solidarity) + $(cpu_column "${CPU[${run}]}" mobility)")"
      else
        label="$(cpu_column "${CPU[${run}]}" "${service}")"
      fi
      per_request=" |"
      if [[ ${run} != propagation ]]; then
        per_request="$(calc '%.3f' "1000 * ${label} / ${rps}") | "
        [[ ${run} == *-gateway-* ]] && per_request+="$(calc '%.3f' "1000 * $(cpu_column "${CPU[${run}]}" gateway) / ${rps}")"
      fi
      printf '| %s | %s | %s %% | %s | %s | %s | %s | %s | %s | %s | %s |\n' "${run}" "${rps}" "$(cpu_column "${CPU[${run}]}" busy)" "${label}" \
        "$(cpu_column "${CPU[${run}]}" gateway)" "$(cpu_column "${CPU[${run}]}" postgres)" "$(cpu_column "${CPU[${run}]}" rabbitmq)" \
        "$(cpu_column "${CPU[${run}]}" children)" "${others}" "$(cpu_column "${CPU[${run}]}" other)" "${per_request}"
    done
    printf '\n'
  fi

  # What the processes logged (at Warning and above) during the whole run, by kind: the expected
  # ones are named, anything else is counted apart to be looked at.
  printf '**Logs** (`bench/results/%s/*.log`, Warning and above; expected: a `__EFMigrationsHistory` probe failing on each empty database, `/health` polls answering "bus not ready" during start-up, transactions cancelled when wrk closes its connections at the end of a write run):' "${RUN_STAMP}"
  for process in "${PROCESSES[@]}"; do
    awk -v name="${TITLE[${process}]}" '
      /^fail: Microsoft.EntityFrameworkCore.Database.Command\[20102\]/ { pending = 1; fail++; next }
      pending && /__EFMigrationsHistory/ { migration++; pending = 0; next }
      /^fail: Microsoft.Extensions.Diagnostics.HealthChecks/ { fail++; health++; next }
      /^fail: Microsoft.EntityFrameworkCore.Database.Transaction\[20205\]/ { fail++; cancelled++; next }
      /^fail:/ { fail++; next }
      /^warn:/ { warn++ }
      END { printf " %s %d `fail` (%d migrations probe, %d health during start-up, %d cancelled transactions, **%d other**) and %d `warn`;", name, fail, migration, health, cancelled, fail - migration - health - cancelled, warn }
    ' "${RUN_DIR}/${process}.log"
  done
  printf '\n'
} >"${SECTION}"

if [[ ${RECORD} == 1 ]]; then
  # The header is regenerated; every earlier dated section ("## …") is kept below the new one.
  HISTORY="$(sed -n '/^## /,$p' "${DOC}" 2>/dev/null || true)"
  {
    cat "${BENCH_DIR}/doc-header.md"
    printf '\n'
    cat "${SECTION}"
    [[ -n ${HISTORY} ]] && printf '\n%s\n' "${HISTORY}"
  } >"${DOC}.new"
  mv "${DOC}.new" "${DOC}"
  say "Section prepended to ${DOC}"
else
  say "BENCH_RECORD=0: docs/benchmarks.md left alone; the section is in ${SECTION}"
fi
cat "${SECTION}"
say "Measurements took ${PHASE_SECONDS} s"
