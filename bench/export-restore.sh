#!/usr/bin/env bash
# Broadsheet's own export and its restore at growing sizes: a demo site with N generated articles
# on H2, exported, then restored into an empty H2 and an empty PostgreSQL. Seconds, rows per
# second, file size, time per article against the smallest size, and peak heap.
#
#   bench/export-restore.sh [sizes=10000,100000]
#   BENCH_OPTS=-Xmx512m bench/export-restore.sh 10000,100000   # memory stays flat: the same in a small heap
set -euo pipefail
cd "$(dirname "$0")/.."
bench/run-java.sh org.broadsheet.bench.ExportRestoreBench bench/out/export-restore.txt \
  "${1:-10000,100000}" bench/out/export-restore
