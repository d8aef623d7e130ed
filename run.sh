#!/usr/bin/env bash
# Local run and test entry point of BfcNetwork, without Docker and without Aspire's orchestrator.
#
#   ./run.sh [up]       install what is missing, start PostgreSQL, RabbitMQ, every service and the
#                       gateway with the configuration Aspire would inject; Ctrl+C stops everything
#   ./run.sh token ...  print a development JWT (see ./run.sh help)
#   ./run.sh events     list the integration events waiting in the 'integration-event-log' queue
#   ./run.sh replay-errors [QUEUE]
#                       without QUEUE: list the consumer queues whose QUEUE_error holds dead-lettered
#                       messages; with it: move QUEUE_error's messages back to QUEUE (after the fix)
#   ./run.sh test       run every test project of BfcNetwork.Tests.slnf; last line 'tests: N passed, M failed'
#   ./run.sh help       usage
#
# Everything this script creates lives under .local/ (git-ignored): data survives between runs.
set -euo pipefail

# ---------------------------------------------------------------------------------------------
# Names: the Aspire resource names. Keep them in step with
# src/BfcNetwork.BuildingBlocks/Hosting/ResourceNames.cs; the configuration keys below are built
# from them exactly as Aspire builds its keys (ConnectionStrings__<resource>,
# services__<service>__http__0).
# ---------------------------------------------------------------------------------------------
SOLIDARITY_DB=solidaritydb
CROSSBORDER_DB=crossborderdb
INVESTMENT_DB=investmentdb
MOBILITY_DB=mobilitydb
MESSAGING=messaging
SOLIDARITY=solidarity
CROSSBORDER=crossborder
INVESTMENT=investment
MOBILITY=mobility
GATEWAY=gateway

# Addresses. Ports differ from the usual ones (5432, 5672, 15672) so a system PostgreSQL or
# RabbitMQ can run beside ours. Never put the AMQP port in 35672-35682: rabbitmqctl takes its own
# distribution port from that range and the broker would then fail with eaddrinuse.
LOOPBACK=127.0.0.1
PG_PORT=5433
RABBITMQ_NODE=bfcnetwork@localhost
RABBITMQ_AMQP_PORT=5673
RABBITMQ_DISTRIBUTION_PORT=25673
RABBITMQ_MANAGEMENT_PORT=15673
GATEWAY_PORT=5080
GATEWAY_URL="http://${LOOPBACK}:${GATEWAY_PORT}"
RABBITMQ_MANAGEMENT_URL="http://${LOOPBACK}:${RABBITMQ_MANAGEMENT_PORT}"

# Development-only secrets, overridable from the environment. Never used outside a local run.
BFC_DEV_PG_PASSWORD="${BFC_DEV_PG_PASSWORD:-bfc-dev-only-password}"
BFC_DEV_SIGNING_KEY="${BFC_DEV_SIGNING_KEY:-bfcnetwork-local-development-signing-key-not-for-production}"

# The MassTransit exchanges (namespace:type of each event in src/BfcNetwork.Contracts), declared up
# front and bound to one queue so an operator sees integration events before any consumer exists.
INTEGRATION_EVENT_EXCHANGES=(
  "BfcNetwork.Contracts:SolidarityProjectSubmitted"
  "BfcNetwork.Contracts:SolidarityProjectApproved"
  "BfcNetwork.Contracts:SolidarityProjectRejected"
  "BfcNetwork.Contracts:CrossBorderProjectApproved"
  "BfcNetwork.Contracts:CrossBorderProjectContracted"
  "BfcNetwork.Contracts:CrossBorderProjectClosed"
  "BfcNetwork.Contracts:InvestorLeadWon"
  "BfcNetwork.Contracts:InvestorLeadLost"
  "BfcNetwork.Contracts:MobilityExchangeCompleted"
)
INTEGRATION_EVENT_LOG_QUEUE=integration-event-log

# ---------------------------------------------------------------------------------------------
# Configuration keys, each variable named after the key Aspire injects (':' written '__').
# ---------------------------------------------------------------------------------------------
ASPNETCORE_ENVIRONMENT=Development
Authentication__Issuer=bfcnetwork-dev
Authentication__Audience=bfcnetwork
Authentication__SigningKey="${BFC_DEV_SIGNING_KEY}"
MESSAGING_CONNECTION_STRING="amqp://guest:guest@${LOOPBACK}:${RABBITMQ_AMQP_PORT}/"

AUTHENTICATION_ENV=(
  "Authentication__Issuer=${Authentication__Issuer}"
  "Authentication__Audience=${Authentication__Audience}"
  "Authentication__SigningKey=${Authentication__SigningKey}"
)
# The back-end services, in start order: name, its database, its port, its project. A new
# service is one line here (and its routes in the gateway's ReverseProxy configuration).
BACKENDS=(
  "${SOLIDARITY} ${SOLIDARITY_DB} 5101 src/BfcNetwork.Solidarity/BfcNetwork.Solidarity.csproj"
  "${CROSSBORDER} ${CROSSBORDER_DB} 5102 src/BfcNetwork.CrossBorder/BfcNetwork.CrossBorder.csproj"
  "${INVESTMENT} ${INVESTMENT_DB} 5103 src/BfcNetwork.Investment/BfcNetwork.Investment.csproj"
  "${MOBILITY} ${MOBILITY_DB} 5104 src/BfcNetwork.Mobility/BfcNetwork.Mobility.csproj"
)
# Services with integration-event consumers (their queues must exist before the others publish).
CONSUMING_SERVICES=("${MOBILITY}")
BACKEND_NAMES=()
declare -A BACKEND_DATABASE=() BACKEND_URL=() BACKEND_PROJECT=()
for backend in "${BACKENDS[@]}"; do
  read -r name database port project <<<"${backend}"
  BACKEND_NAMES+=("${name}")
  BACKEND_DATABASE[${name}]=${database}
  BACKEND_URL[${name}]="http://${LOOPBACK}:${port}"
  BACKEND_PROJECT[${name}]=${project}
done
unset backend name database port project

database_connection_string() {
  printf 'Host=%s;Port=%s;Username=postgres;Password=%s;Database=%s' "${LOOPBACK}" "${PG_PORT}" "${BFC_DEV_PG_PASSWORD}" "$1"
}

# Prints, one per line, the environment of back-end service NAME: what Aspire injects into a
# project that references its database and the broker.
backend_env() {
  local name=$1 database=${BACKEND_DATABASE[$1]}
  printf '%s\n' \
    "ASPNETCORE_ENVIRONMENT=${ASPNETCORE_ENVIRONMENT}" \
    "ASPNETCORE_URLS=${BACKEND_URL[${name}]}" \
    "ConnectionStrings__${database}=$(database_connection_string "${database}")" \
    "ConnectionStrings__${MESSAGING}=${MESSAGING_CONNECTION_STRING}" \
    "${AUTHENTICATION_ENV[@]}" \
    "OTEL_SERVICE_NAME=${name}"
}

GATEWAY_ENV=(
  "ASPNETCORE_ENVIRONMENT=${ASPNETCORE_ENVIRONMENT}"
  "ASPNETCORE_URLS=${GATEWAY_URL}"
  "${AUTHENTICATION_ENV[@]}"
  "OTEL_SERVICE_NAME=${GATEWAY}"
)
for name in "${BACKEND_NAMES[@]}"; do
  GATEWAY_ENV+=("services__${name}__http__0=${BACKEND_URL[${name}]}")
done
unset name

# Projects.
GATEWAY_PROJECT=src/BfcNetwork.Gateway/BfcNetwork.Gateway.csproj
DEVTOKENS_PROJECT=src/BfcNetwork.DevTokens/BfcNetwork.DevTokens.csproj
OPERATIONS_PROJECT=src/BfcNetwork.Operations/BfcNetwork.Operations.csproj
TEST_SOLUTION_FILTER=BfcNetwork.Tests.slnf
APPHOST_DIR=BfcNetwork.AppHost

# Work from the repository root whatever the caller's current directory.
cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")"
ROOT="$(pwd)"

LOCAL_DIR="${ROOT}/.local"
LOG_DIR="${LOCAL_DIR}/logs"
RUN_DIR="${LOCAL_DIR}/run"
PG_DIR="${LOCAL_DIR}/postgres"
PG_DATA="${PG_DIR}/data"
PG_SOCKET_DIR="${PG_DIR}/socket"
PG_LOG="${PG_DIR}/postgres.log"
RABBITMQ_DIR="${LOCAL_DIR}/rabbitmq"
RABBITMQ_PID_FILE_PATH="${RABBITMQ_DIR}/rabbitmq.pid"
# Debian's /usr/sbin/rabbitmq-server switches to the rabbitmq user and its fixed folders; the
# scripts in /usr/lib/rabbitmq/bin run the broker as we are, with our folders.
RABBITMQ_BIN=/usr/lib/rabbitmq/bin

export DOTNET_NOLOGO="${DOTNET_NOLOGO:-1}"
export DOTNET_CLI_TELEMETRY_OPTOUT="${DOTNET_CLI_TELEMETRY_OPTOUT:-1}"

# ---------------------------------------------------------------------------------------------
# Small helpers
# ---------------------------------------------------------------------------------------------
say() { printf '==> %s\n' "$*" >&2; }
warn() { printf 'warning: %s\n' "$*" >&2; }
die() {
  printf 'error: %s\n' "$*" >&2
  exit 1
}

is_root() { [[ ${EUID} -eq 0 ]]; }

# True when something accepts TCP connections on 127.0.0.1:PORT (bash's /dev/tcp: no ss/netstat needed).
port_busy() { (exec 3<>"/dev/tcp/${LOOPBACK}/$1") 2>/dev/null; }

# True when PID is alive and its command line contains TEXT (so we only ever touch our own processes).
process_matches() {
  local pid=$1 text=$2
  local command_line
  [[ -n ${pid} && -r /proc/${pid}/cmdline ]] || return 1
  # Read first, then match: 'tr | grep -q' would fail under pipefail when grep stops reading early.
  command_line="$(tr '\0' ' ' <"/proc/${pid}/cmdline" 2>/dev/null)" || return 1
  [[ ${command_line} == *"${text}"* ]]
}

# ---------------------------------------------------------------------------------------------
# Prerequisites
# ---------------------------------------------------------------------------------------------
APT_UPDATED=0

apt_install() {
  local -a as_root=()
  if ! is_root; then
    command -v sudo >/dev/null || die "installing $* needs root: run as root or install sudo"
    as_root=(sudo)
  fi
  if [[ ${APT_UPDATED} -eq 0 ]]; then
    say "apt-get update"
    "${as_root[@]}" apt-get update
    APT_UPDATED=1
  fi
  say "Installing $* (apt)"
  # Debian's rabbitmq-server/postgresql postinst scripts start their system services; harmless:
  # ours run as separate instances with their own node name, ports and folders.
  "${as_root[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "$@"
}

# Prints the folder holding initdb and pg_ctl: the one of pg_ctl/initdb on PATH first (following
# symlinks), else the newest /usr/lib/postgresql/<version>/bin (Debian keeps them off PATH).
postgres_bin_dir() {
  local program on_path candidate dir
  for program in pg_ctl initdb; do
    on_path="$(command -v "${program}" 2>/dev/null)" || continue
    for candidate in "$(readlink -f "${on_path}")" "${on_path}"; do
      dir="$(dirname "${candidate}")"
      if [[ -x ${dir}/initdb && -x ${dir}/pg_ctl ]]; then
        printf '%s\n' "${dir}"
        return 0
      fi
    done
  done
  for dir in $(find /usr/lib/postgresql -mindepth 2 -maxdepth 2 -name bin -type d 2>/dev/null | sort -t/ -k5,5nr); do
    if [[ -x ${dir}/initdb && -x ${dir}/pg_ctl ]]; then
      printf '%s\n' "${dir}"
      return 0
    fi
  done
  return 1
}

have_initdb() { command -v initdb >/dev/null 2>&1 || postgres_bin_dir >/dev/null; }

have_rabbitmq() { [[ -x ${RABBITMQ_BIN}/rabbitmq-server && -x ${RABBITMQ_BIN}/rabbitmqctl ]]; }

require_dotnet() {
  if ! command -v dotnet >/dev/null 2>&1; then
    cat >&2 <<'EOF'
error: the .NET SDK ('dotnet') is not installed.
Install the .NET 10 SDK, for example:
  Debian 12:  see https://learn.microsoft.com/dotnet/core/install/linux-debian (package dotnet-sdk-10.0)
  any Linux:  curl -sSL https://dot.net/v1/dotnet-install.sh | bash -s -- --channel 10.0
              then add ~/.dotnet to PATH
EOF
    exit 1
  fi
}

# Checks for dotnet, then installs, only when missing, the servers that the local run and the test
# fixtures start (plus curl and jq, which only the local run needs, when the argument is 1).
ensure_prerequisites() {
  local with_tools=$1
  local -a missing=()
  require_dotnet
  have_rabbitmq || missing+=(rabbitmq-server)
  have_initdb || missing+=(postgresql)
  if [[ ${with_tools} -eq 1 ]]; then
    command -v curl >/dev/null 2>&1 || missing+=(curl)
    command -v jq >/dev/null 2>&1 || missing+=(jq)
  fi
  if [[ ${#missing[@]} -gt 0 ]]; then
    say "Missing: ${missing[*]}"
    apt_install "${missing[@]}"
  fi
  have_rabbitmq || die "RabbitMQ scripts not found in ${RABBITMQ_BIN} after installing rabbitmq-server"
  have_initdb || die "PostgreSQL server binaries (initdb) not found after installing postgresql"
}

# ---------------------------------------------------------------------------------------------
# PostgreSQL: our own cluster under .local/postgres, run as the 'postgres' OS user when we are root
# (PostgreSQL refuses to run as root).
# ---------------------------------------------------------------------------------------------
PG_BIN=""
PG_STARTED=0

# Prefix of every PostgreSQL server command. An array rather than a wrapper function on purpose:
# a redirection on a function call stays in force while a Ctrl+C trap runs, and would swallow the
# cleanup's messages; on a simple command it does not.
AS_PG_USER=()
if is_root; then
  AS_PG_USER=(runuser -u postgres --)
fi

pg_running() { "${AS_PG_USER[@]}" "${PG_BIN}/pg_ctl" -D "${PG_DATA}" status >/dev/null 2>&1; }

stop_postgres() {
  say "Stopping PostgreSQL"
  "${AS_PG_USER[@]}" "${PG_BIN}/pg_ctl" -D "${PG_DATA}" -m fast -w stop >/dev/null || warn "pg_ctl stop failed (see ${PG_LOG})"
}

start_postgres() {
  PG_BIN="$(postgres_bin_dir)" || die "PostgreSQL server binaries not found"
  mkdir -p "${PG_DIR}" "${PG_SOCKET_DIR}"
  if is_root; then
    id postgres >/dev/null 2>&1 || die "the OS user 'postgres' does not exist (it comes with the postgresql package)"
    chown postgres:postgres "${PG_DIR}" "${PG_SOCKET_DIR}"
    [[ -d ${PG_DATA} ]] && chown postgres:postgres "${PG_DATA}"
    # The postgres user must be able to reach the folder: a repository under /root (mode 700) is not.
    runuser -u postgres -- test -w "${PG_DIR}" ||
      die "the 'postgres' user cannot write ${PG_DIR}: clone the repository where other users can traverse its parent folders"
  fi

  if [[ ! -f ${PG_DATA}/PG_VERSION ]]; then
    say "Creating the PostgreSQL cluster in ${PG_DATA} (first run)"
    local pwfile="${PG_DIR}/.pwfile"
    (umask 077 && printf '%s\n' "${BFC_DEV_PG_PASSWORD}" >"${pwfile}")
    is_root && chown postgres:postgres "${pwfile}"
    # C.UTF-8 and UTF8 explicitly: CI has no LANG, which would give SQL_ASCII.
    if ! "${AS_PG_USER[@]}" "${PG_BIN}/initdb" -D "${PG_DATA}" -U postgres --auth=scram-sha-256 --pwfile="${pwfile}" \
      --encoding=UTF8 --locale=C.UTF-8 --no-instructions >"${PG_DIR}/initdb.log" 2>&1; then
      rm -f "${pwfile}"
      cat "${PG_DIR}/initdb.log" >&2
      die "initdb failed"
    fi
    rm -f "${pwfile}"
  else
    say "Reusing the PostgreSQL cluster in ${PG_DATA}"
  fi

  # A previous run that was killed may have left our own server running: stop it and start afresh
  # (so it runs with the options below).
  if pg_running; then
    say "PostgreSQL from a previous run is still running on ${PG_DATA}: stopping it first"
    stop_postgres
  fi
  if port_busy "${PG_PORT}"; then
    die "port ${PG_PORT} (PostgreSQL) is already in use by another program"
  fi

  say "Starting PostgreSQL on ${LOOPBACK}:${PG_PORT}"
  # Options on the command line rather than in postgresql.conf: the socket path is absolute and the
  # repository may move. The socket stays inside .local (path must stay under ~100 characters).
  # PG_STARTED is set first so that a Ctrl+C during the start still stops the server.
  PG_STARTED=1
  if ! "${AS_PG_USER[@]}" "${PG_BIN}/pg_ctl" -D "${PG_DATA}" -l "${PG_LOG}" -w -t 60 \
    -o "-p ${PG_PORT} -c listen_addresses=${LOOPBACK} -k '${PG_SOCKET_DIR}'" start >/dev/null; then
    tail -n 40 "${PG_LOG}" >&2 || true
    die "PostgreSQL did not start (log: ${PG_LOG})"
  fi
  create_databases_if_missing
}

# Aspire's AddDatabase creates the databases; do the same (the services' migrations would too).
create_databases_if_missing() {
  local psql="${PG_BIN}/psql" name database exists
  [[ -x ${psql} ]] || psql="$(command -v psql 2>/dev/null)" || return 0
  for name in "${BACKEND_NAMES[@]}"; do
    database=${BACKEND_DATABASE[${name}]}
    exists="$(PGPASSWORD="${BFC_DEV_PG_PASSWORD}" "${psql}" -h "${LOOPBACK}" -p "${PG_PORT}" -U postgres -d postgres -Atq \
      -c "SELECT 1 FROM pg_database WHERE datname = '${database}'")" || {
      warn "could not query PostgreSQL for database ${database}"
      continue
    }
    if [[ ${exists} != 1 ]]; then
      say "Creating database ${database}"
      PGPASSWORD="${BFC_DEV_PG_PASSWORD}" "${psql}" -h "${LOOPBACK}" -p "${PG_PORT}" -U postgres -d postgres -q \
        -c "CREATE DATABASE \"${database}\"" >/dev/null
    fi
  done
}

# ---------------------------------------------------------------------------------------------
# RabbitMQ: our own node, started from /usr/lib/rabbitmq/bin with every folder under .local/rabbitmq.
# ---------------------------------------------------------------------------------------------
RABBITMQ_STARTED=0
RABBITMQ_LAUNCH_PID=""

# Prefix that runs a command with exactly our node's RabbitMQ environment (an array, not a
# function, for the reason given at AS_PG_USER). Inherited RABBITMQ_* variables are dropped so a
# developer's own settings cannot leak into the node; HOME holds the Erlang cookie that the server
# and rabbitmqctl must share.
RABBITMQ_ENV=(env)
for inherited in $(compgen -e); do
  if [[ ${inherited} == RABBITMQ_* ]]; then
    RABBITMQ_ENV+=(-u "${inherited}")
  fi
done
RABBITMQ_ENV+=(
  HOME="${RABBITMQ_DIR}"
  RABBITMQ_NODENAME="${RABBITMQ_NODE}"
  RABBITMQ_DIST_PORT="${RABBITMQ_DISTRIBUTION_PORT}"
  RABBITMQ_MNESIA_BASE="${RABBITMQ_DIR}/mnesia"
  RABBITMQ_LOG_BASE="${RABBITMQ_DIR}/log"
  RABBITMQ_ENABLED_PLUGINS_FILE="${RABBITMQ_DIR}/enabled_plugins"
  RABBITMQ_CONFIG_FILE="${RABBITMQ_DIR}/rabbitmq.conf"
  RABBITMQ_ADVANCED_CONFIG_FILE="${RABBITMQ_DIR}/advanced.config"
  RABBITMQ_CONF_ENV_FILE="${RABBITMQ_DIR}/rabbitmq-env.conf"
  RABBITMQ_PID_FILE="${RABBITMQ_PID_FILE_PATH}"
)
RABBITMQCTL=("${RABBITMQ_ENV[@]}" "${RABBITMQ_BIN}/rabbitmqctl" -n "${RABBITMQ_NODE}")

# PID of our node from its pid file, if that process is alive and really is our node.
rabbitmq_running_pid() {
  local pid
  [[ -f ${RABBITMQ_PID_FILE_PATH} ]] || return 1
  pid="$(tr -dc '0-9' <"${RABBITMQ_PID_FILE_PATH}")"
  # The broker's command line names its HOME ('-home <dir>'), which is ours alone.
  process_matches "${pid}" "-home ${RABBITMQ_DIR} " || return 1
  printf '%s\n' "${pid}"
}

stop_rabbitmq() {
  local pid
  say "Stopping RabbitMQ"
  pid="$(rabbitmq_running_pid)" || pid="${RABBITMQ_LAUNCH_PID}"
  if ! "${RABBITMQCTL[@]}" stop "${RABBITMQ_PID_FILE_PATH}" >/dev/null 2>&1; then
    # Not answering (still booting, or wedged): end the process ourselves.
    [[ -n ${pid} ]] && { kill -TERM "${pid}" 2>/dev/null || true; }
    local waited=0
    while [[ -n ${pid} ]] && kill -0 "${pid}" 2>/dev/null && [[ ${waited} -lt 30 ]]; do
      sleep 0.5
      waited=$((waited + 1))
    done
    [[ -n ${pid} ]] && { kill -KILL "${pid}" 2>/dev/null || true; }
  fi
  rm -f "${RABBITMQ_PID_FILE_PATH}"
  return 0
}

write_rabbitmq_config() {
  mkdir -p "${RABBITMQ_DIR}/mnesia" "${RABBITMQ_DIR}/log"
  # Our files, rewritten each run so they always match the variables above.
  printf '%s\n' '[rabbitmq_management].' >"${RABBITMQ_DIR}/enabled_plugins"
  cat >"${RABBITMQ_DIR}/rabbitmq.conf" <<EOF
# Written by run.sh: local development node ${RABBITMQ_NODE}.
listeners.tcp.1 = ${LOOPBACK}:${RABBITMQ_AMQP_PORT}
loopback_users = none
management.tcp.ip = ${LOOPBACK}
management.tcp.port = ${RABBITMQ_MANAGEMENT_PORT}
EOF
  # Empty on purpose: stops /etc/rabbitmq/rabbitmq-env.conf from being read.
  : >"${RABBITMQ_DIR}/rabbitmq-env.conf"
  # The cookie is made before anything starts, so the server and rabbitmqctl never race to create two.
  if [[ ! -s ${RABBITMQ_DIR}/.erlang.cookie ]]; then
    # 32 upper-case letters from a kernel UUID (no 'tr </dev/urandom | head', which fails under pipefail).
    (umask 077 && tr -dc '0-9a-f' </proc/sys/kernel/random/uuid | tr '0-9a-f' 'A-P' >"${RABBITMQ_DIR}/.erlang.cookie")
  fi
  chmod 400 "${RABBITMQ_DIR}/.erlang.cookie"
}

start_rabbitmq() {
  write_rabbitmq_config
  # Our node left over from a crashed run: stop it and start afresh (it then reads today's config).
  if rabbitmq_running_pid >/dev/null; then
    say "RabbitMQ node ${RABBITMQ_NODE} from a previous run is still running: stopping it first"
    stop_rabbitmq
  fi
  local port
  for port in "${RABBITMQ_AMQP_PORT}" "${RABBITMQ_DISTRIBUTION_PORT}" "${RABBITMQ_MANAGEMENT_PORT}"; do
    if port_busy "${port}"; then
      die "port ${port} (RabbitMQ) is already in use by another program"
    fi
  done

  say "Starting RabbitMQ node ${RABBITMQ_NODE} (AMQP ${LOOPBACK}:${RABBITMQ_AMQP_PORT}, management ${RABBITMQ_MANAGEMENT_URL})"
  # setsid: a Ctrl+C in the terminal reaches only this script, which then stops the node in order.
  "${RABBITMQ_ENV[@]}" setsid "${RABBITMQ_BIN}/rabbitmq-server" \
    >"${RABBITMQ_DIR}/log/console.log" 2>&1 </dev/null &
  RABBITMQ_LAUNCH_PID=$!
  RABBITMQ_STARTED=1

  if ! "${RABBITMQCTL[@]}" wait "${RABBITMQ_PID_FILE_PATH}" --timeout 90 >"${RABBITMQ_DIR}/log/wait.log" 2>&1; then
    tail -n 40 "${RABBITMQ_DIR}/log/console.log" >&2 || true
    die "RabbitMQ did not start (logs: ${RABBITMQ_DIR}/log)"
  fi
  wait_for_management_api
  declare_integration_event_log
}

# Management HTTP API calls: "${MANAGEMENT_API[@]}" -X METHOD -d BODY "${MANAGEMENT_API_URL}/PATH".
MANAGEMENT_API=(curl -fsS --max-time 10 -u guest:guest -H 'content-type: application/json')
MANAGEMENT_API_URL="${RABBITMQ_MANAGEMENT_URL}/api"

wait_for_management_api() {
  local deadline=$((SECONDS + 60))
  until curl -fs --max-time 2 -u guest:guest -o /dev/null "${RABBITMQ_MANAGEMENT_URL}/api/overview"; do
    [[ ${SECONDS} -lt ${deadline} ]] || die "RabbitMQ management API not answering on ${RABBITMQ_MANAGEMENT_URL}"
    sleep 1
  done
}

uri_encode() { jq -rn --arg v "$1" '$v|@uri'; }

# Durable fanout exchanges declared exactly as MassTransit declares them (a different declaration
# would make MassTransit's own fail with PRECONDITION_FAILED), each bound to one durable queue.
declare_integration_event_log() {
  local exchange queue
  queue="$(uri_encode "${INTEGRATION_EVENT_LOG_QUEUE}")"
  "${MANAGEMENT_API[@]}" -X PUT -d '{"durable":true,"auto_delete":false,"arguments":{}}' \
    "${MANAGEMENT_API_URL}/queues/%2F/${queue}" >/dev/null
  for exchange in "${INTEGRATION_EVENT_EXCHANGES[@]}"; do
    local encoded
    encoded="$(uri_encode "${exchange}")"
    "${MANAGEMENT_API[@]}" -X PUT -d '{"type":"fanout","durable":true,"auto_delete":false,"internal":false,"arguments":{}}' \
      "${MANAGEMENT_API_URL}/exchanges/%2F/${encoded}" >/dev/null
    "${MANAGEMENT_API[@]}" -X POST -d '{"routing_key":"","arguments":{}}' \
      "${MANAGEMENT_API_URL}/bindings/%2F/e/${encoded}/q/${queue}" >/dev/null
  done
  say "Exchanges ${INTEGRATION_EVENT_EXCHANGES[*]} bound to queue ${INTEGRATION_EVENT_LOG_QUEUE}"
}

# ---------------------------------------------------------------------------------------------
# .NET services
# ---------------------------------------------------------------------------------------------
declare -A SERVICE_PIDS=()

service_pid_file() { printf '%s/%s.pid\n' "${RUN_DIR}" "$1"; }

# Ends a service's whole process group (dotnet run and the application it started).
stop_service_group() {
  local name=$1 pid=$2 waited=0
  kill -0 -- "-${pid}" 2>/dev/null || return 0
  say "Stopping ${name}"
  kill -TERM -- "-${pid}" 2>/dev/null || true
  while kill -0 -- "-${pid}" 2>/dev/null && [[ ${waited} -lt 30 ]]; do
    sleep 0.5
    waited=$((waited + 1))
  done
  kill -KILL -- "-${pid}" 2>/dev/null || true
}

# A service left running by a crashed run of this script (its pid file says so and the process is a
# dotnet run of our project) is stopped; anything else on the port is reported as busy.
stop_stale_service() {
  local name=$1 project=$2 pid_file pid
  pid_file="$(service_pid_file "${name}")"
  [[ -f ${pid_file} ]] || return 0
  pid="$(tr -dc '0-9' <"${pid_file}")"
  if process_matches "${pid}" "${project}"; then
    say "${name} from a previous run is still running: stopping it first"
    stop_service_group "${name}" "${pid}"
  fi
  rm -f "${pid_file}"
}

start_service() {
  local name=$1 project=$2
  shift 2
  local log="${LOG_DIR}/${name}.log"
  say "Starting ${name} (log: ${log#"${ROOT}/"})"
  # setsid makes dotnet run the leader of its own process group, so stopping the group also stops
  # the application it launched, and a Ctrl+C in the terminal reaches only this script.
  env "$@" setsid dotnet run --no-build --no-launch-profile -c Debug --project "${project}" \
    >"${log}" 2>&1 </dev/null &
  SERVICE_PIDS[${name}]=$!
  printf '%s\n' "$!" >"$(service_pid_file "${name}")"
}

stop_services() {
  local name
  for name in "${GATEWAY}" "${BACKEND_NAMES[@]}"; do
    if [[ -n ${SERVICE_PIDS[${name}]:-} ]]; then
      stop_service_group "${name}" "${SERVICE_PIDS[${name}]}"
      rm -f "$(service_pid_file "${name}")"
      unset "SERVICE_PIDS[${name}]"
    fi
  done
}

# Waits until URL answers 200, giving up at DEADLINE (SECONDS) or when the service's process ends.
wait_for_health() {
  local name=$1 url=$2 deadline=$3 status
  while :; do
    status="$(curl -s -o /dev/null -w '%{http_code}' --max-time 2 "${url}" || true)"
    [[ ${status} == 200 ]] && return 0
    if ! kill -0 "${SERVICE_PIDS[${name}]}" 2>/dev/null; then
      warn "${name} exited before becoming healthy"
      return 1
    fi
    if [[ ${SECONDS} -ge ${deadline} ]]; then
      warn "${name} did not answer 200 on ${url} in time (last status: ${status:-none})"
      return 1
    fi
    sleep 1
  done
}

# ---------------------------------------------------------------------------------------------
# up
# ---------------------------------------------------------------------------------------------
CLEANED_UP=0

# Stops whatever this run started, newest first. Runs once, from the EXIT trap.
cleanup() {
  [[ ${CLEANED_UP} -eq 0 ]] || return 0
  CLEANED_UP=1
  trap '' INT TERM
  set +e
  stop_services
  [[ ${RABBITMQ_STARTED} -eq 1 ]] && stop_rabbitmq
  [[ ${PG_STARTED} -eq 1 ]] && pg_running && stop_postgres
  say "Stopped"
}

cmd_up() {
  ensure_prerequisites 1
  mkdir -p "${LOG_DIR}" "${RUN_DIR}"

  # From here on, any exit (Ctrl+C, kill, a failure) stops what was started. Ctrl+C is the normal
  # way to stop, hence exit 0.
  trap cleanup EXIT
  trap 'exit 0' INT TERM

  local name port
  declare -A project=(["${GATEWAY}"]="${GATEWAY_PROJECT}") url=(["${GATEWAY}"]="${GATEWAY_URL}")
  for name in "${BACKEND_NAMES[@]}"; do
    project[${name}]=${BACKEND_PROJECT[${name}]}
    url[${name}]=${BACKEND_URL[${name}]}
  done
  local everything=("${BACKEND_NAMES[@]}" "${GATEWAY}")

  for name in "${everything[@]}"; do
    stop_stale_service "${name}" "${project[${name}]}"
  done
  for name in "${everything[@]}"; do
    port=${url[${name}]##*:}
    if port_busy "${port}"; then
      die "port ${port} (${name}) is already in use by another program"
    fi
  done

  start_postgres
  start_rabbitmq

  for name in "${everything[@]}"; do
    say "Building ${project[${name}]}"
    dotnet build "${project[${name}]}" -c Debug --verbosity quiet --nologo
  done

  # Services that consume integration events start first and are healthy before the others start:
  # their queues then exist before any demo event is published (RabbitMQ drops what no queue is
  # bound to).
  local environment deadline=$((SECONDS + 180)) consumer
  for name in "${CONSUMING_SERVICES[@]}" "${BACKEND_NAMES[@]}"; do
    [[ -z ${SERVICE_PIDS[${name}]:-} ]] || continue
    mapfile -t environment < <(backend_env "${name}")
    start_service "${name}" "${project[${name}]}" "${environment[@]}"
    for consumer in "${CONSUMING_SERVICES[@]}"; do
      if [[ ${name} == "${consumer}" ]] && ! wait_for_health "${name}" "${url[${name}]}/health" "${deadline}"; then
        tail -n 40 "${LOG_DIR}/${name}.log" >&2 || true
        exit 1
      fi
    done
  done
  start_service "${GATEWAY}" "${GATEWAY_PROJECT}" "${GATEWAY_ENV[@]}"

  for name in "${everything[@]}"; do
    if ! wait_for_health "${name}" "${url[${name}]}/health" "${deadline}"; then
      printf -- '--- last 40 lines of %s ---\n' "${LOG_DIR}/${name}.log" >&2
      tail -n 40 "${LOG_DIR}/${name}.log" >&2 || true
      exit 1
    fi
  done

  printf '\nBfcNetwork is running. Ctrl+C stops everything.\n\n'
  printf '  %-34s %s\n' "Gateway (the one public origin)" "${GATEWAY_URL}"
  for name in "${BACKEND_NAMES[@]}"; do
    printf '  %-34s %s/scalar (OpenAPI /openapi/v1.json; database %s)\n' \
      "${name} API reference" "${BACKEND_URL[${name}]}" "${BACKEND_DATABASE[${name}]}"
  done
  cat <<EOF
  RabbitMQ management (guest/guest)  ${RABBITMQ_MANAGEMENT_URL}
  PostgreSQL                         ${LOOPBACK}:${PG_PORT}, user postgres
  Logs                               ${LOG_DIR#"${ROOT}/"}/

  A token:             TOKEN=\$(./run.sh token --role coordinator --org amadea-franche-comte)
  Integration events:  ./run.sh events

EOF

  # Wait; wake up regularly so a service that dies is reported (the traps run during 'wait').
  while :; do
    for name in "${everything[@]}"; do
      if ! kill -0 "${SERVICE_PIDS[${name}]}" 2>/dev/null; then
        warn "${name} stopped unexpectedly; last lines of its log:"
        tail -n 40 "${LOG_DIR}/${name}.log" >&2 || true
        exit 1
      fi
    done
    sleep 2 &
    wait $! || true
  done
}

# ---------------------------------------------------------------------------------------------
# token
# ---------------------------------------------------------------------------------------------
cmd_token() {
  require_dotnet
  # Build output is kept off stdout so that TOKEN=$(./run.sh token ...) captures the token only,
  # and shown (on stderr) only when the build fails.
  local build_output
  if ! build_output="$(dotnet build "${DEVTOKENS_PROJECT}" -c Debug --verbosity quiet --nologo 2>&1)"; then
    printf '%s\n' "${build_output}" >&2
    die "building ${DEVTOKENS_PROJECT} failed"
  fi
  env "${AUTHENTICATION_ENV[@]}" \
    dotnet run --no-build --no-launch-profile -c Debug --project "${DEVTOKENS_PROJECT}" -- "$@"
}

# ---------------------------------------------------------------------------------------------
# events
# ---------------------------------------------------------------------------------------------
cmd_events() {
  command -v curl >/dev/null 2>&1 || die "curl is missing (./run.sh installs it)"
  command -v jq >/dev/null 2>&1 || die "jq is missing (./run.sh installs it)"
  local queue response
  queue="$(uri_encode "${INTEGRATION_EVENT_LOG_QUEUE}")"
  # ack_requeue_true: the messages are looked at, then put back, so the queue keeps them.
  if ! response="$("${MANAGEMENT_API[@]}" -X POST -d '{"count":50,"ackmode":"ack_requeue_true","encoding":"auto"}' \
    "${MANAGEMENT_API_URL}/queues/%2F/${queue}/get" 2>&1)"; then
    die "cannot read queue ${INTEGRATION_EVENT_LOG_QUEUE} at ${RABBITMQ_MANAGEMENT_URL} (is ./run.sh running?): ${response}"
  fi
  if [[ $(jq 'length' <<<"${response}") -eq 0 ]]; then
    echo "No integration events waiting in ${INTEGRATION_EVENT_LOG_QUEUE}."
    return 0
  fi
  jq -r '
    to_entries[]
    | "--- #\(.key + 1)  exchange: \(.value.exchange)\(if .value.redelivered then "  (seen before)" else "" end)",
      (.value.payload | (fromjson? // .)),
      ""' <<<"${response}"
  echo "$(jq 'length' <<<"${response}") event(s) in ${INTEGRATION_EVENT_LOG_QUEUE} (at most 50 shown; left in the queue)."
}

# ---------------------------------------------------------------------------------------------
# replay-errors
# ---------------------------------------------------------------------------------------------
cmd_replay_errors() {
  if [[ $# -eq 0 ]]; then
    command -v curl >/dev/null 2>&1 || die "curl is missing (./run.sh installs it)"
    command -v jq >/dev/null 2>&1 || die "jq is missing (./run.sh installs it)"
    local response
    if ! response="$("${MANAGEMENT_API[@]}" "${MANAGEMENT_API_URL}/queues/%2F?columns=name,messages" 2>&1)"; then
      die "cannot list queues at ${RABBITMQ_MANAGEMENT_URL} (is ./run.sh running?): ${response}"
    fi
    jq -r '[.[] | select((.name | endswith("_error")) and (.messages // 0) > 0)]
      | if length == 0 then "No dead-lettered messages."
        else (.[] | "\(.name | sub("_error$"; ""))\t\(.messages) message(s) in \(.name)"),
             "Replay one queue with: ./run.sh replay-errors QUEUE" end' <<<"${response}"
    return 0
  fi
  require_dotnet
  # The replay itself is ErrorQueueReplay (BuildingBlocks), the same code the fault tests run.
  local build_output
  if ! build_output="$(dotnet build "${OPERATIONS_PROJECT}" -c Debug --verbosity quiet --nologo 2>&1)"; then
    printf '%s\n' "${build_output}" >&2
    die "building ${OPERATIONS_PROJECT} failed"
  fi
  env "ConnectionStrings__${MESSAGING}=${MESSAGING_CONNECTION_STRING}" \
    dotnet run --no-build --no-launch-profile -c Debug --project "${OPERATIONS_PROJECT}" -- replay-errors "$1"
}

# ---------------------------------------------------------------------------------------------
# test
# ---------------------------------------------------------------------------------------------

# Prints "PASSED FAILED SKIPPED UNREADABLE" summed over every .trx under DIR.
# failed counts the 'failed', 'error', 'timeout' and 'aborted' counters; skipped is total - executed.
trx_counts() {
  local dir=$1
  if command -v python3 >/dev/null 2>&1 && python3 -c 'import xml.etree.ElementTree' >/dev/null 2>&1; then
    python3 - "${dir}" <<'PY'
import pathlib
import sys
import xml.etree.ElementTree as ET

passed = failed = skipped = unreadable = 0
for trx in sorted(pathlib.Path(sys.argv[1]).rglob("*.trx")):
    try:
        counters = ET.parse(trx).getroot().find("./{*}ResultSummary/{*}Counters")
    except ET.ParseError:
        counters = None
    if counters is None:
        unreadable += 1
        continue
    n = lambda name: int(counters.get(name, "0") or 0)
    passed += n("passed")
    failed += n("failed") + n("error") + n("timeout") + n("aborted")
    skipped += max(n("total") - n("executed"), 0)
print(passed, failed, skipped, unreadable)
PY
    return
  fi
  # Without python3: the Counters element is one tag; read its attributes with sed.
  local passed=0 failed=0 skipped=0 unreadable=0 trx counters
  attribute() { sed -n "s/.* $1=\"\([0-9]*\)\".*/\1/p" <<<"${counters}"; }
  while IFS= read -r -d '' trx; do
    counters="$(tr -d '\r\n' <"${trx}" | grep -o '<Counters [^>]*>' | head -n 1 || true)"
    if [[ -z ${counters} ]]; then
      unreadable=$((unreadable + 1))
      continue
    fi
    local total executed p f e t a
    total="$(attribute total)" executed="$(attribute executed)" p="$(attribute passed)"
    f="$(attribute failed)" e="$(attribute error)" t="$(attribute timeout)" a="$(attribute aborted)"
    passed=$((passed + ${p:-0}))
    failed=$((failed + ${f:-0} + ${e:-0} + ${t:-0} + ${a:-0}))
    if [[ ${total:-0} -gt ${executed:-0} ]]; then skipped=$((skipped + total - executed)); fi
  done < <(find "${dir}" -name '*.trx' -type f -print0 2>/dev/null)
  echo "${passed} ${failed} ${skipped} ${unreadable}"
}

# The Aspire AppHost needs Aspire.AppHost.Sdk, which this machine's NuGet source may not serve:
# build it when it restores, say it was skipped when not. Returns non-zero only on a real build failure.
build_apphost_if_possible() {
  [[ -d ${APPHOST_DIR} ]] || return 0
  local log
  log="$(mktemp)"
  if dotnet restore "${APPHOST_DIR}" >"${log}" 2>&1; then
    rm -f "${log}"
    say "Building ${APPHOST_DIR}"
    dotnet build "${APPHOST_DIR}" -c Release --no-restore --nologo
  else
    local reason
    reason="$(grep -m 1 -o "The SDK '[^']*' specified could not be found" "${log}" || true)"
    rm -f "${log}"
    echo "AppHost: skipped, not built (${reason:-its restore failed}: this machine's NuGet source has no Aspire packages; every other project was built and tested)"
  fi
}

cmd_test() {
  ensure_prerequisites 0
  [[ -f ${TEST_SOLUTION_FILTER} ]] || die "${TEST_SOLUTION_FILTER} not found"

  local results
  results="TestResults/$(date +%Y%m%d-%H%M%S)"
  mkdir -p "${results}"
  say "dotnet test ${TEST_SOLUTION_FILTER} (results in ${results})"
  # The test fixtures start their own throwaway PostgreSQL and RabbitMQ: nothing to start here.
  local test_status=0
  dotnet test "${TEST_SOLUTION_FILTER}" -c Release --logger "trx" --results-directory "${results}" || test_status=$?

  local apphost_status=0
  build_apphost_if_possible || apphost_status=$?

  local passed failed skipped unreadable
  read -r passed failed skipped unreadable < <(trx_counts "${results}")
  [[ ${unreadable} -eq 0 ]] || warn "${unreadable} .trx file(s) under ${results} could not be read"
  [[ ${test_status} -eq 0 ]] || warn "dotnet test exited with ${test_status}"
  [[ ${apphost_status} -eq 0 ]] || warn "building ${APPHOST_DIR} failed"
  [[ ${passed} -gt 0 ]] || warn "no test passed (none ran, or no .trx was written under ${results})"

  local summary="tests: ${passed} passed, ${failed} failed"
  [[ ${skipped} -gt 0 ]] && summary+=", ${skipped} skipped"
  echo "${summary}"

  if [[ ${test_status} -ne 0 || ${apphost_status} -ne 0 || ${failed} -gt 0 || ${passed} -eq 0 || ${unreadable} -gt 0 ]]; then
    return 1
  fi
}

# ---------------------------------------------------------------------------------------------
# help and dispatch
# ---------------------------------------------------------------------------------------------
usage() {
  cat <<EOF
Usage: ./run.sh [command]

  up (default)   Install what is missing (rabbitmq-server, postgresql, curl, jq), start PostgreSQL
                 (${LOOPBACK}:${PG_PORT}) and RabbitMQ (${LOOPBACK}:${RABBITMQ_AMQP_PORT}, management ${RABBITMQ_MANAGEMENT_PORT}) with data
                 under .local/, build and start ${BACKEND_NAMES[*]} and the ${GATEWAY}
                 (${GATEWAY_URL}). Ctrl+C stops everything.
  token --role ROLE [--role ROLE2] [--org ORG] [--sub SUBJECT] [--minutes N]
                 Print a development JWT the local services accept, e.g.
                   TOKEN=\$(./run.sh token --role coordinator --org amadea-franche-comte)
  events         List the integration events waiting in the '${INTEGRATION_EVENT_LOG_QUEUE}' queue
                 (they stay in the queue).
  replay-errors [QUEUE]
                 Without QUEUE: list the consumer queues with dead-lettered messages in QUEUE_error
                 (counted by the bfcnetwork.messaging.dead_lettered metric, each logged as an error).
                 With QUEUE: once the cause is fixed, move QUEUE_error's messages back to QUEUE;
                 consumers apply each once (inbox), a message that fails again returns to QUEUE_error.
  test           Run every test project of ${TEST_SOLUTION_FILTER}; the last line is
                 'tests: N passed, M failed'. Exit code non-zero on any failure or no test run.
  help           This text.

Environment: BFC_DEV_PG_PASSWORD (PostgreSQL password of a new cluster), BFC_DEV_SIGNING_KEY
(development JWT signing key, at least 32 characters).
EOF
}

main() {
  local command=${1:-up}
  [[ $# -gt 0 ]] && shift
  case "${command}" in
    up) cmd_up ;;
    token) cmd_token "$@" ;;
    events) cmd_events ;;
    replay-errors) cmd_replay_errors "$@" ;;
    test) cmd_test ;;
    help | -h | --help) usage ;;
    *)
      usage >&2
      exit 2
      ;;
  esac
}

main "$@"
