#!/usr/bin/env bash
# Process start to the first page served (S7): the packaged jar as it ships (java -jar), extracted
# (java -Djarmode=tools -jar … extract), and extracted with the JDK's ahead-of-time cache (JDK 25:
# classes loaded and linked by a training run, -XX:AOTCacheOutput / -XX:AOTCache), in one run:
# first on the demo database (H2), then on an embedded PostgreSQL 17 holding N generated articles.
# Each site is filled and made ready before the timed starts (StartTimeBench).
#
#   bench/start-time.sh [runs per case=3] [articles on PostgreSQL=100000; 0 skips PostgreSQL]
set -euo pipefail
cd "$(dirname "$0")/.."
. scripts/select-jdk.sh
if ! ls target/broadsheet-*.jar > /dev/null 2>&1; then
  ./mvnw -q -B -DskipTests package
fi
bench/run-java.sh org.broadsheet.bench.StartTimeBench bench/out/start-time.txt "${1:-3}" "${2:-100000}"
