#!/usr/bin/env bash
# Search at scale: N generated articles (default 100 000) in an embedded PostgreSQL, the Lucene
# index built from them, then p50/p95/p99 latency of 1 000 reader queries of each kind through
# the search service, next to the same queries through PostgreSQL full-text search (tsvector +
# GIN). Prints a table; keeps the index under bench/out/search-index for inspection.
#
#   bench/search-bench.sh                 # 100 000 articles, 1 000 queries of each kind per engine
#   bench/search-bench.sh 100000 1000 200 # fewer PostgreSQL queries: at 100 000 articles they take
#                                         # hundreds of milliseconds each
set -euo pipefail
cd "$(dirname "$0")/.."
. scripts/select-jdk.sh

count=${1:-100000}
lucene_runs=${2:-1000}
postgres_runs=${3:-1000}
./mvnw -q -B -DskipTests test-compile
classpath=$(./mvnw -q -B dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=/dev/stdout)
mkdir -p bench/out
java ${BENCH_OPTS:-} -Xmx2g -cp "target/test-classes:target/classes:$classpath" org.broadsheet.bench.SearchBench "$count" \
  bench/out/search-index "$lucene_runs" "$postgres_runs" | tee bench/out/search-bench.txt
