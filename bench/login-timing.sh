#!/usr/bin/env bash
# Does a wrong login's answer time tell whether the account exists? p50/p95/p99 of RUNS wrong
# passwords for a real account and for unknown names through the login form, and the difference.
#
#   bench/login-timing.sh          # 200 runs each
#   bench/login-timing.sh 500
set -euo pipefail
cd "$(dirname "$0")/.."
bench/run-java.sh org.broadsheet.bench.LoginTimingBench "bench/out/login-timing.txt" "${1:-200}"
