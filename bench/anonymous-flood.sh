#!/usr/bin/env bash
# Anonymous requests to the desk must not cost the server sessions: floods N requests (default
# 20 000) of /desk/?v-r=init at a running Broadsheet on loopback and prints the heap after a full
# GC and a cached page's throughput before and after, and how many responses set a session.
#
#   bench/anonymous-flood.sh
#   bench/anonymous-flood.sh 50000
set -euo pipefail
cd "$(dirname "$0")/.."
bench/run-java.sh org.broadsheet.bench.AnonymousFloodBench \
  "bench/out/anonymous-flood.txt" "${1:-20000}"
