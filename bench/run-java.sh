#!/usr/bin/env bash
# Runs one benchmark class from the test sources with the test classpath, printing to the
# terminal and to an output file:  bench/run-java.sh <class> <output file> [arguments…]
set -euo pipefail
cd "$(dirname "$0")/.."
. scripts/select-jdk.sh

main=$1
output=$2
shift 2
./mvnw -q -B -DskipTests test-compile
classpath=$(./mvnw -q -B dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=/dev/stdout)
mkdir -p "$(dirname "$output")"
java -Xmx2g ${BENCH_OPTS:-} -cp "target/test-classes:target/classes:$classpath" "$main" "$@" | tee "$output"
