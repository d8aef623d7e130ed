# Helpers of bench/run.sh, sourced, not run: logging, prerequisites, the throwaway PostgreSQL and
# RabbitMQ, process bookkeeping and cleanup, the watchdog, CPU and memory accounting from /proc,
# and wrk output parsing. Everything listens on 127.0.0.1 only.
#
# The sourcing script sets, before calling these: RUN_DIR (raw outputs), TMP_DIR (throwaway data),
# and may add log files to LOG_FILES (their tails are printed on failure).

LOOPBACK=127.0.0.1
RABBITMQ_BIN=/usr/lib/rabbitmq/bin
CLK_TCK="$(getconf CLK_TCK)"
CORES="$(nproc)"

START_SECONDS=${SECONDS}
say() { printf '==> [%3ds] %s\n' "$((SECONDS - START_SECONDS))" "$*" >&2; }
warn() { printf 'warning: %s\n' "$*" >&2; }
is_root() { [[ ${EUID} -eq 0 ]]; }
port_busy() { (exec 3<>"/dev/tcp/${LOOPBACK}/$1") 2>/dev/null; }
# calc FORMAT EXPRESSION: floating-point arithmetic through awk.
calc() { awk "BEGIN { printf \"$1\", ($2) }"; }
# Median of the numbers given as arguments.
median() { printf '%s\n' "$@" | sort -g | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }
now() { date +%s.%N; }

LOG_FILES=()
# Prints the tail of every log we have, so a failure explains itself.
show_logs() {
  local file
  for file in "${LOG_FILES[@]}" "${TMP_DIR:+${TMP_DIR}/pg/postgres.log}" "${TMP_DIR:+${TMP_DIR}/rabbitmq/console.log}"; do
    [[ -n ${file} && -s ${file} ]] || continue
    printf '\n----- last lines of %s -----\n' "${file}" >&2
    tail -n 30 "${file}" >&2 || true
  done
}

die() {
  printf '\nerror: %s\n' "$*" >&2
  show_logs
  exit 1
}

# ---------------------------------------------------------------------------------------------
# Prerequisites (apt, only for what is missing)
# ---------------------------------------------------------------------------------------------
APT_UPDATED=0
apt_install() {
  local -a as_root=()
  if ! is_root; then
    command -v sudo >/dev/null || die "installing $* needs root (or sudo)"
    as_root=(sudo)
  fi
  say "Installing $* (apt)"
  if ! "${as_root[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "$@" >/dev/null; then
    [[ ${APT_UPDATED} -eq 1 ]] && die "apt-get install $* failed"
    say "apt-get update, then retry"
    "${as_root[@]}" apt-get update >/dev/null
    APT_UPDATED=1
    "${as_root[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "$@" >/dev/null ||
      die "apt-get install $* failed"
  fi
}

postgres_bin_dir() {
  local dir
  for dir in $(find /usr/lib/postgresql -mindepth 2 -maxdepth 2 -name bin -type d 2>/dev/null | sort -t/ -k5,5nr); do
    if [[ -x ${dir}/initdb && -x ${dir}/pg_ctl && -x ${dir}/postgres ]]; then
      printf '%s\n' "${dir}"
      return 0
    fi
  done
  return 1
}

# Sets PG_BIN; installs curl, wrk, PostgreSQL and RabbitMQ when missing.
ensure_prerequisites() {
  command -v dotnet >/dev/null || die "the .NET SDK (dotnet) is not installed"
  command -v curl >/dev/null || apt_install curl
  command -v wrk >/dev/null || apt_install wrk
  command -v wrk >/dev/null || die "wrk is still missing after apt-get install wrk"
  postgres_bin_dir >/dev/null || apt_install postgresql
  PG_BIN="$(postgres_bin_dir)" || die "PostgreSQL server binaries not found in /usr/lib/postgresql/*/bin"
  [[ -x ${RABBITMQ_BIN}/rabbitmq-server ]] || apt_install rabbitmq-server
  [[ -x ${RABBITMQ_BIN}/rabbitmq-server && -x ${RABBITMQ_BIN}/rabbitmqctl ]] ||
    die "${RABBITMQ_BIN}/rabbitmq-server not found"
}

# pick_port VARIABLE FROM: sets VARIABLE to a free port from FROM up whose +20000 is free too
# (RabbitMQ's distribution port). Ports handed out earlier in this run are skipped even before
# anything listens on them (so no command substitution: the list must survive the call).
PICKED_PORTS=" "
pick_port() {
  local port=$2
  while port_busy "${port}" || port_busy "$((port + 20000))" || [[ ${PICKED_PORTS} == *" ${port} "* ]]; do
    port=$((port + 1))
  done
  PICKED_PORTS+="${port} "
  printf -v "$1" '%s' "${port}"
}

# ---------------------------------------------------------------------------------------------
# Processes we start: each is registered, and stopped (TERM, then KILL) on exit
# ---------------------------------------------------------------------------------------------
STARTED_PIDS=()
STARTED_NAMES=()
register_pid() { STARTED_PIDS+=("$1") STARTED_NAMES+=("$2"); }

stop_pid() {
  local pid=$1 name=$2 waited=0
  [[ -n ${pid} ]] && kill -0 "${pid}" 2>/dev/null || return 0
  kill -TERM "${pid}" 2>/dev/null || true
  while kill -0 "${pid}" 2>/dev/null && [[ ${waited} -lt 40 ]]; do
    sleep 0.25
    waited=$((waited + 1))
  done
  if kill -0 "${pid}" 2>/dev/null; then
    warn "${name} (pid ${pid}) ignored SIGTERM: killing it"
    kill -KILL "${pid}" 2>/dev/null || true
  fi
}

stop_registered() {
  local i
  for ((i = ${#STARTED_PIDS[@]} - 1; i >= 0; i--)); do
    stop_pid "${STARTED_PIDS[i]}" "${STARTED_NAMES[i]}"
  done
}

# A watchdog keeps the whole run bounded in time even if something hangs: after $1 seconds it
# sends TERM to this script, whose EXIT trap then stops everything.
WATCHDOG_PID=""
start_watchdog() {
  local limit=$1 script_pid=$$
  (
    trap 'kill "${sleep_pid}" 2>/dev/null; exit 0' TERM
    sleep "${limit}" &
    sleep_pid=$!
    wait "${sleep_pid}"
    printf '\nerror: time limit of %s s reached, stopping\n' "${limit}" >&2
    kill -TERM "${script_pid}" 2>/dev/null
  ) &
  WATCHDOG_PID=$!
}
stop_watchdog() { [[ -n ${WATCHDOG_PID} ]] && kill "${WATCHDOG_PID}" 2>/dev/null && wait "${WATCHDOG_PID}" 2>/dev/null; WATCHDOG_PID=""; }

# ---------------------------------------------------------------------------------------------
# PostgreSQL and RabbitMQ (durability defaults kept: fsync, synchronous_commit, full_page_writes)
# ---------------------------------------------------------------------------------------------
PG_BIN=""
PG_DATA=""
PG_STARTED=0
PG_MASTER_PID=""
RABBITMQ_STARTED=0
RABBITMQ_LAUNCH_PID=""
RABBITMQ_PID=""
EPMD_WAS_RUNNING=1

as_pg_user() {
  if is_root; then
    runuser -u postgres -- "$@"
  else
    "$@"
  fi
}

# start_postgres: a throwaway cluster in TMP_DIR/pg on PG_PORT (trust auth, loopback only).
# max_connections is raised from PostgreSQL's 100: the four services share this one server and each
# Npgsql pool (up to 100 by default) keeps the connections a 32-connection wrk run opened idle for
# up to 5 minutes, so with 100 the service loaded last is refused connections (53300, answered 503).
PG_MAX_CONNECTIONS="${BENCH_PG_MAX_CONNECTIONS:-300}"
start_postgres() {
  PG_DATA="${TMP_DIR}/pg/data"
  mkdir -p "${TMP_DIR}/pg"
  if is_root; then
    id postgres >/dev/null 2>&1 || die "the OS user 'postgres' does not exist"
    chown postgres:postgres "${TMP_DIR}/pg"
  fi
  as_pg_user "${PG_BIN}/initdb" -D "${PG_DATA}" -U postgres --auth=trust --encoding=UTF8 --locale=C.UTF-8 \
    --no-instructions >"${TMP_DIR}/pg/initdb.log" 2>&1 || {
    cat "${TMP_DIR}/pg/initdb.log" >&2
    die "initdb failed"
  }
  as_pg_user "${PG_BIN}/pg_ctl" -D "${PG_DATA}" -l "${TMP_DIR}/pg/postgres.log" -w -t 60 \
    -o "-p ${PG_PORT} -c listen_addresses=${LOOPBACK} -k ${TMP_DIR}/pg -c max_connections=${PG_MAX_CONNECTIONS}" start >/dev/null ||
    die "PostgreSQL did not start"
  PG_STARTED=1
  PG_MASTER_PID="$(head -n 1 "${PG_DATA}/postmaster.pid" 2>/dev/null || true)"
}

# psql_as_postgres DATABASE SQL: one statement, unaligned output.
psql_as_postgres() {
  as_pg_user "${PG_BIN}/psql" -h "${TMP_DIR}/pg" -p "${PG_PORT}" -U postgres -d "$1" -Atq -c "$2"
}

pg_connection_string() {
  printf 'Host=%s;Port=%s;Username=postgres;Password=x;Database=%s' "${LOOPBACK}" "${PG_PORT}" "$1"
}

with_rabbitmq_env() {
  local -a drop=()
  local name
  for name in $(compgen -e); do
    [[ ${name} == RABBITMQ_* ]] && drop+=(-u "${name}")
  done
  env "${drop[@]}" \
    HOME="${TMP_DIR}/rabbitmq" \
    ERL_EPMD_ADDRESS="${LOOPBACK}" \
    ERL_CRASH_DUMP="${TMP_DIR}/rabbitmq/erl_crash.dump" \
    RABBITMQ_NODENAME="${RABBITMQ_NODE}" \
    RABBITMQ_DIST_PORT="${RABBITMQ_DIST_PORT}" \
    RABBITMQ_MNESIA_BASE="${TMP_DIR}/rabbitmq/mnesia" \
    RABBITMQ_LOG_BASE="${TMP_DIR}/rabbitmq/log" \
    RABBITMQ_ENABLED_PLUGINS_FILE="${TMP_DIR}/rabbitmq/enabled_plugins" \
    RABBITMQ_CONFIG_FILE="${TMP_DIR}/rabbitmq/rabbitmq.conf" \
    RABBITMQ_ADVANCED_CONFIG_FILE="${TMP_DIR}/rabbitmq/advanced.config" \
    RABBITMQ_CONF_ENV_FILE="${TMP_DIR}/rabbitmq/rabbitmq-env.conf" \
    RABBITMQ_PID_FILE="${TMP_DIR}/rabbitmq/rabbitmq.pid" \
    RABBITMQ_SERVER_ADDITIONAL_ERL_ARGS="-kernel inet_dist_use_interface {127,0,0,1}" \
    "$@"
}

# start_rabbitmq: node bfcbench<AMQP_PORT>@localhost on AMQP_PORT, data in TMP_DIR/rabbitmq; distribution port AMQP_PORT + 20000.
start_rabbitmq() {
  RABBITMQ_DIST_PORT=$((AMQP_PORT + 20000))
  # Named after its port, so two benchmark runs (or a run and an orphan of a killed one) never clash.
  RABBITMQ_NODE="bfcbench${AMQP_PORT}@localhost"
  local dir="${TMP_DIR}/rabbitmq"
  mkdir -p "${dir}/mnesia" "${dir}/log"
  printf '%s\n' '[].' >"${dir}/enabled_plugins"
  printf 'listeners.tcp.1 = %s:%s\nloopback_users = none\n' "${LOOPBACK}" "${AMQP_PORT}" >"${dir}/rabbitmq.conf"
  : >"${dir}/rabbitmq-env.conf" # keeps /etc/rabbitmq/rabbitmq-env.conf out
  # The Erlang cookie, made before the server and rabbitmqctl could race to create two.
  (umask 077 && tr -dc '0-9a-f' </proc/sys/kernel/random/uuid | tr '0-9a-f' 'A-P' >"${dir}/.erlang.cookie")
  chmod 400 "${dir}/.erlang.cookie"
  port_busy 4369 || EPMD_WAS_RUNNING=0
  with_rabbitmq_env "${RABBITMQ_BIN}/rabbitmq-server" >"${dir}/console.log" 2>&1 </dev/null &
  RABBITMQ_LAUNCH_PID=$!
  RABBITMQ_STARTED=1
  # The pid file appears once the VM runs; 'wait' then blocks until the broker is up.
  local waited=0
  while [[ ! -s ${dir}/rabbitmq.pid ]]; do
    kill -0 "${RABBITMQ_LAUNCH_PID}" 2>/dev/null || die "rabbitmq-server exited during start-up"
    [[ ${waited} -lt 120 ]] || die "RabbitMQ wrote no pid file within 60 s"
    sleep 0.5
    waited=$((waited + 1))
  done
  with_rabbitmq_env timeout 100 "${RABBITMQ_BIN}/rabbitmqctl" -n "${RABBITMQ_NODE}" wait "${dir}/rabbitmq.pid" \
    --timeout 90 >"${dir}/wait.log" 2>&1 || {
    cat "${dir}/wait.log" >&2
    die "RabbitMQ did not become ready"
  }
  port_busy "${AMQP_PORT}" || die "RabbitMQ is up but does not listen on ${LOOPBACK}:${AMQP_PORT}"
  RABBITMQ_PID="$(tr -dc '0-9' <"${dir}/rabbitmq.pid")"
}

stop_servers() {
  if [[ ${RABBITMQ_STARTED} -eq 1 ]]; then
    if ! with_rabbitmq_env timeout 60 "${RABBITMQ_BIN}/rabbitmqctl" -n "${RABBITMQ_NODE}" stop \
      "${TMP_DIR}/rabbitmq/rabbitmq.pid" >/dev/null 2>&1; then
      stop_pid "${RABBITMQ_PID:-${RABBITMQ_LAUNCH_PID}}" RabbitMQ
    fi
    stop_pid "${RABBITMQ_LAUNCH_PID}" "RabbitMQ launcher"
  fi
  if [[ ${PG_STARTED} -eq 1 ]]; then
    as_pg_user "${PG_BIN}/pg_ctl" -D "${PG_DATA}" -m fast -w -t 60 stop >/dev/null 2>&1 || warn "pg_ctl stop failed"
  fi
  # epmd is started by the first Erlang node when none runs; stop it only if it was ours and no
  # other node is registered with it.
  if [[ ${EPMD_WAS_RUNNING} -eq 0 ]] && command -v epmd >/dev/null 2>&1; then
    if ! epmd -names 2>/dev/null | grep -q '^name '; then
      epmd -kill >/dev/null 2>&1
    fi
  fi
}

# ---------------------------------------------------------------------------------------------
# CPU accounting from /proc, so a run on a busy machine says so
# ---------------------------------------------------------------------------------------------
# cpu_sample PID...: one line of clock ticks, "total busy waited_children t1 t2 ...": total and
# busy over all cores (/proc/stat), the CPU this shell's waited-for children used (wrk, the
# propagation probe), then one figure per PID given, each with its direct children (PostgreSQL's
# backends, RabbitMQ's helpers), live or already reaped: a backend that exits between two samples
# leaves its ticks in the parent's cutime/cstime, so the figure never goes backwards.
cpu_sample() {
  {
    head -n 1 /proc/stat
    cat /proc/[0-9]*/stat 2>/dev/null || true
  } | awk -v pids="$*" -v self="$$" '
    BEGIN { n = split(pids, p, " "); for (i = 1; i <= n; i++) index_of[p[i]] = i }
    NR == 1 { busy = $2 + $3 + $4 + $7 + $8 + $9; total = busy + $5 + $6; next }
    {
      pid = $1; rest = $0; sub(/^.*\) /, "", rest); m = split(rest, f, " ")
      if (m < 15) next
      t = f[12] + f[13]
      if (pid in index_of) used[index_of[pid]] += t + f[14] + f[15]
      else if (f[2] in index_of) used[index_of[f[2]]] += t
      if (pid == self) c = f[14] + f[15]
    }
    END { printf "%d %d %d", total, busy, c; for (i = 1; i <= n; i++) printf " %d", used[i]; print "" }'
}

# cpu_delta BEFORE AFTER: "busy_percent children other p1 p2 ..." where children, other (every
# process not given and not ours) and each PID's figure are in cores, averaged between the samples.
cpu_delta() {
  awk -v a="$1" -v b="$2" -v hz="${CLK_TCK}" -v cores="${CORES}" 'BEGIN {
    n = split(a, x, " "); split(b, y, " ")
    for (i = 1; i <= n; i++) d[i] = y[i] - x[i]
    seconds = d[1] / hz / cores; if (seconds <= 0) seconds = 1
    ours = d[3]; for (i = 4; i <= n; i++) ours += d[i]
    other = d[2] - ours; if (other < 0) other = 0
    printf "%.0f %.2f %.2f", (d[1] > 0 ? 100 * d[2] / d[1] : 0), d[3] / hz / seconds, other / hz / seconds
    for (i = 4; i <= n; i++) printf " %.2f", d[i] / hz / seconds
    print ""
  }'
}

# ---------------------------------------------------------------------------------------------
# Memory from /proc/PID/status
# ---------------------------------------------------------------------------------------------
# rss_mb PID [FIELD]: VmRSS (or FIELD, e.g. VmHWM, the peak since start or since reset_peak_rss) in MB.
rss_mb() { awk -v field="${2:-VmRSS}:" '$1 == field { printf "%.0f\n", $2 / 1024 }' "/proc/$1/status" 2>/dev/null || true; }
# pss_mb PID: proportional set size in MB: pages shared with other processes (framework assemblies
# mapped by all five) counted in proportion, so the sum over processes is what they cost the machine.
pss_mb() { awk '$1 == "Pss:" { printf "%.0f\n", $2 / 1024 }' "/proc/$1/smaps_rollup" 2>/dev/null || true; }
# Resets the kernel's peak-RSS mark (VmHWM) of PID to its current RSS; false where not allowed.
reset_peak_rss() { { printf '5' >"/proc/$1/clear_refs"; } 2>/dev/null; }

# ---------------------------------------------------------------------------------------------
# wrk
# ---------------------------------------------------------------------------------------------
# parse_wrk FILE: "rps p50_ms p99_ms requests non2xx socket_errors".
parse_wrk() {
  awk '
    function ms(v) {
      if (v ~ /us$/) return substr(v, 1, length(v) - 2) / 1000
      if (v ~ /ms$/) return substr(v, 1, length(v) - 2) + 0
      if (v ~ /m$/) return substr(v, 1, length(v) - 1) * 60000
      if (v ~ /s$/) return substr(v, 1, length(v) - 1) * 1000
      return v + 0
    }
    /^Requests\/sec:/ { rps = $2 }
    /^ +50% / { p50 = ms($2) }
    /^ +99% / { p99 = ms($2) }
    / requests in / { requests = $1 }
    /Non-2xx or 3xx responses:/ { non2xx = $NF }
    /Socket errors:/ { gsub(/,/, ""); errors = $4 + $6 + $8 + $10 }
    END { printf "%s %s %s %s %d %d\n", rps, p50, p99, requests, non2xx, errors }
  ' "$1"
}
