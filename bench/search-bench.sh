#!/usr/bin/env bash
# Search at scale: N generated articles (default 100 000) in an embedded PostgreSQL, the Lucene
# index built from them, then p50/p95/p99 latency of 1 000 reader queries of each kind through
# the search service, next to the same queries through PostgreSQL full-text search (tsvector +
# GIN). Prints a table; keeps the index under bench/out/search-index for inspection.
#
#   bench/search-bench.sh                 # 100 000 articles, 1 000 queries of each kind per engine
#   bench/search-bench.sh 100000 1000 0   # the search service alone, without the PostgreSQL anchor
#   bench/search-bench.sh 100000 1000 200 # fewer PostgreSQL queries: at 100 000 articles they take
#                                         # hundreds of milliseconds each
#
# The JVM gets a fixed 2 GB heap, as the README advises for production: left to size itself, G1
# kept the heap near what the index and caches hold and ran a marking cycle every second and a
# half, whose pauses (26-31 ms) were in the measured times.
set -euo pipefail
cd "$(dirname "$0")/.."

count=${1:-100000}
lucene_runs=${2:-1000}
postgres_runs=${3:-1000}
BENCH_OPTS="-Xms2g ${BENCH_OPTS:-}" bench/run-java.sh org.broadsheet.bench.SearchBench bench/out/search-bench.txt \
  "$count" bench/out/search-index "$lucene_runs" "$postgres_runs"
