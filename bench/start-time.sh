#!/usr/bin/env bash
# Process start to the first page served (S7): the packaged jar on the embedded H2, first start on
# an empty data directory (the demo newsroom is written, its pictures drawn), then again on the
# same demo database; then the same start with the JDK's ahead-of-time cache (JDK 25: classes
# loaded and linked by a training run, -XX:AOTCacheOutput / -XX:AOTCache), in the same run.
#
#   bench/start-time.sh [runs per case=3]
set -euo pipefail
cd "$(dirname "$0")/.."
. scripts/select-jdk.sh
runs=${1:-3}
jar=$(ls target/broadsheet-*.jar 2>/dev/null | head -n 1 || true)
if [ -z "$jar" ]; then
  ./mvnw -q -B -DskipTests package
  jar=$(ls target/broadsheet-*.jar | head -n 1)
fi
work=$(pwd)/bench/out/start-time
rm -rf "$work" && mkdir -p "$work"
port=18095
args=(--server.port=$port --management.server.port=0 --broadsheet.admin-password=start-time-bench-passphrase
      --logging.level.root=WARN)

# Starts the jar with the given JVM options and data directory; prints the milliseconds from the
# process start to the first 200 on the home page, then stops it.
first_page() {
  local data=$1; shift
  local started=$(date +%s%N)
  java "$@" -jar "$jar" "${args[@]}" --broadsheet.data-dir="$data" > "$work/last.log" 2>&1 &
  local pid=$!
  until curl -sf -o /dev/null "http://127.0.0.1:$port/"; do
    if ! kill -0 $pid 2>/dev/null; then echo "failed to start, see $work/last.log" >&2; exit 1; fi
    sleep 0.02
  done
  local ended=$(date +%s%N)
  kill $pid; wait $pid 2>/dev/null || true
  echo $(( (ended - started) / 1000000 ))
}

echo "first start, empty data directory (writes the demo newsroom and draws its pictures): $(first_page "$work/data") ms"
plain=()
for i in $(seq 1 "$runs"); do plain+=("$(first_page "$work/data")"); done
echo "start on the demo database: ${plain[*]} ms"

# training run: starts, serves nothing, writes the cache at exit
java -XX:AOTCacheOutput="$work/broadsheet.aot" -Dspring.context.exit=onRefresh -jar "$jar" "${args[@]}" \
  --broadsheet.data-dir="$work/data" > "$work/training.log" 2>&1 || true
if [ -f "$work/broadsheet.aot" ]; then
  aot=()
  for i in $(seq 1 "$runs"); do aot+=("$(first_page "$work/data" -XX:AOTCache="$work/broadsheet.aot")"); done
  echo "start on the demo database with the AOT cache ($(du -m "$work/broadsheet.aot" | cut -f1) MB): ${aot[*]} ms"
  best_plain=$(printf '%s\n' "${plain[@]}" | sort -n | head -n 1)
  best_aot=$(printf '%s\n' "${aot[@]}" | sort -n | head -n 1)
  echo "best with the cache / best without: $(awk "BEGIN { printf \"%.2f\", $best_aot / $best_plain }")"
else
  echo "no AOT cache was written (this JDK: $(java -version 2>&1 | head -n 1)); see $work/training.log"
fi
