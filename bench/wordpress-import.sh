#!/usr/bin/env bash
# The WordPress import's throughput: a generated export of N posts (the bench writes it) imported
# into an empty site, then again (updates); the Theme Unit Test export's wall time when the shared
# fixtures are present. Posts per second and peak heap.
#
#   bench/wordpress-import.sh [posts=10000]
#   BENCH_OPTS=-Xmx384m bench/wordpress-import.sh 2000     # memory stays flat: the same in a small heap
#   BENCH_OPTS=-Xmx384m bench/wordpress-import.sh big      # a 500 MB export, read as a dry run
set -euo pipefail
cd "$(dirname "$0")/.."
bench/run-java.sh org.broadsheet.bench.WordPressImportBench bench/out/wordpress-import.txt \
  "${1:-10000}" bench/out/wordpress-import
