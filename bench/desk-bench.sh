#!/usr/bin/env bash
# The desk at scale: N generated articles (default 100 000) in an embedded PostgreSQL; p50/p95/p99
# of the articles grid's page-plus-count queries (sorted by last change and by title, at offset 0
# and 90 000, and under each filter), then the server heap each open desk tab with the articles
# grid retains (TABS tabs in headless Chromium, full GC before and after).
#
#   bench/desk-bench.sh                # 100 000 articles, 200 runs per query, 20 tabs
#   bench/desk-bench.sh 10000 200 20
set -euo pipefail
cd "$(dirname "$0")/.."

count=${1:-100000}
runs=${2:-200}
tabs=${3:-20}
rm -rf bench/out/desk-data
bench/run-java.sh org.broadsheet.bench.DeskBench "bench/out/desk-bench-$count.txt" "$count" "$runs" "$tabs"
