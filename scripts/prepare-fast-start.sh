#!/usr/bin/env bash
# Lays the packaged jar out for a fast start: extracted (classes read from plain jar files rather
# than from jars inside a jar) with the JDK's ahead-of-time cache beside it (JDK 25 or newer:
# classes loaded and linked once by a training run, then mapped from the cache at each start).
# The training run starts the application on a throwaway embedded database and stops as soon
# as its context is ready; it touches no real data.
#
#   scripts/prepare-fast-start.sh target/broadsheet-<version>.jar /opt/broadsheet
#   java -XX:AOTCache=/opt/broadsheet/broadsheet.aot -jar /opt/broadsheet/broadsheet-<version>.jar
#
# The cache is only used by the same Java build and the same jars: run this again after an
# upgrade of either (the JVM ignores a stale cache with a warning and starts the slow way).
set -euo pipefail
jar=${1:?usage: scripts/prepare-fast-start.sh <packaged jar> <destination directory>}
destination=${2:?usage: scripts/prepare-fast-start.sh <packaged jar> <destination directory>}
if [ -f "$(dirname "$0")/select-jdk.sh" ]; then
  . "$(dirname "$0")/select-jdk.sh" 2> /dev/null || true # in a checkout: the JDK its other scripts use
fi
java=${JAVA_HOME:+$JAVA_HOME/bin/}java

mkdir -p "$destination"
"$java" -Djarmode=tools -jar "$jar" extract --force --destination "$destination"
app="$destination/$(basename "$jar")"
cache="$destination/broadsheet.aot"
rm -f "$cache"

training=$(mktemp -d)
trap 'rm -rf "$training"' EXIT
# A stop on refresh ends with a non-zero code by design; the cache file says whether it worked.
"$java" -XX:AOTCacheOutput="$cache" -Dspring.context.exit=onRefresh -jar "$app" \
  --broadsheet.data-dir="$training" --broadsheet.demo-content=false \
  --server.port=0 --management.server.port=0 --logging.level.root=WARN > "$training/training.log" 2>&1 || true
if [ ! -s "$cache" ]; then
  echo "No ahead-of-time cache was written (it needs JDK 25 or newer); the extracted jar still starts faster:" >&2
  tail -n 20 "$training/training.log" >&2
  echo "java -jar $app"
  exit 0
fi
echo "java -XX:AOTCache=$cache -jar $app"
