#!/usr/bin/env bash
# What one render costs as the archive grows: article, section, home, author and tag pages with
# the page cache off, one request at a time, at each archive size, on H2 and on PostgreSQL.
# The p95/first column is the growth: 1.00 means the page costs what it did at the first size.
#
#   bench/render-latency.sh                                  # h2 and postgres, 1 000 / 10 000 / 100 000
#   bench/render-latency.sh h2 1000,10000 300                # databases, sizes, requests per page kind
set -euo pipefail
cd "$(dirname "$0")/.."
bench/run-java.sh org.broadsheet.bench.RenderLatencyBench bench/out/render-latency.txt \
  "${1:-h2,postgres}" "${2:-1000,10000,100000}" "${3:-500}"
