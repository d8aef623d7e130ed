#!/usr/bin/env bash
# Event-propagation benchmark: Solidarity approval → RabbitMQ → Mobility host catalogue.
#
#   bench/propagation.sh [APPROVALS]     (default 500)
#
# Builds bench/Propagation in Release and runs it: it starts a throwaway PostgreSQL and RabbitMQ
# on 127.0.0.1 (the test suite's launchers, same binaries as bench/run.sh and run.sh), the real
# Solidarity and Mobility services on loopback Kestrel ports, approves APPROVALS solidarity
# projects one at a time, and measures for each the time from the approving request's HTTP response
# until the host row is in mobilitydb (polled in a tight loop with a prepared query). Then, as the
# floor, the same number of raw publish → consume round trips on the same RabbitMQ. Prints a
# markdown table; everything it started stops on exit.
set -euo pipefail
ROOT="$(cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")/.." && pwd)"
export DOTNET_NOLOGO=1 DOTNET_CLI_TELEMETRY_OPTOUT=1
dotnet build "${ROOT}/bench/Propagation/Propagation.csproj" -c Release --nologo -v quiet >&2
exec timeout 600 dotnet "${ROOT}/bench/Propagation/bin/Release/net10.0/Propagation.dll" "${1:-500}"
