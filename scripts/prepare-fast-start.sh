#!/usr/bin/env bash
# Lays the packaged jar out for a fast start: extracted (classes read from plain jar files rather
# than from jars inside a jar) with the JDK's ahead-of-time cache beside it (JDK 25 or newer:
# classes loaded and linked once by a training run, then mapped from the cache at each start).
# The command it prints also starts from the bean definitions the build worked out
# (-Dspring.aot.enabled=true): the configuration classes are not parsed again at each start.
# Settings are read at start as usual (database, media store, node name, commands).
# The training run starts the application on a throwaway embedded database with the demo
# content, asks it for a few reader pages (so the classes a first page needs are in the cache
# too) and stops it; it touches no real data.
#
#   scripts/prepare-fast-start.sh target/broadsheet-<version>.jar /opt/broadsheet
#   java -XX:AOTCache=/opt/broadsheet/broadsheet.aot -Dspring.aot.enabled=true -jar /opt/broadsheet/broadsheet-<version>.jar
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
log="$training/training.log"

# GET over bash's /dev/tcp (no HTTP client needed): prints the body, or nothing while not up.
get() {
  local port=$1 path=$2
  { exec 3<> "/dev/tcp/127.0.0.1/$port"; } 2> /dev/null || return 0
  printf 'GET %s HTTP/1.0\r\nHost: localhost\r\n\r\n' "$path" >&3
  sed '1,/^\r$/d' <&3 || true
  exec 3>&-
}

# Port 0: the system picks a free one, which the web server's start line names.
"$java" -XX:AOTCacheOutput="$cache" -Dspring.aot.enabled=true -jar "$app" \
  --broadsheet.data-dir="$training/data" --broadsheet.admin-password="training-$RANDOM$RANDOM$RANDOM" \
  --server.port=0 --management.server.port=-1 \
  --logging.level.root=WARN --logging.level.org.springframework.boot.tomcat.TomcatWebServer=INFO > "$log" 2>&1 &
training_pid=$!
port=""
for _ in $(seq 1 600); do
  kill -0 "$training_pid" 2> /dev/null || break
  port=$(sed -n 's/.*Tomcat started on port \([0-9]*\).*/\1/p' "$log" | head -n 1)
  [ -n "$port" ] && break
  sleep 0.5
done
if [ -n "$port" ]; then
  # the demo articles are written after the start: wait for the home page to list a dozen pages
  articles=""
  for _ in $(seq 1 240); do
    articles=$(get "$port" / | grep -o 'href="/[a-z0-9-]*/[a-z0-9/-]*"' | sed 's/href="\(.*\)"/\1/' | sort -u | head -n 12 || true)
    [ "$(echo $articles | wc -w)" -ge 12 ] && break
    sleep 0.5
  done
  for _ in 1 2 3; do
    for path in / $articles /search?q=water /feed.xml /sitemap.xml /no-such-page; do
      get "$port" "$path" > /dev/null
    done
  done
  echo "Training run: the home page and $(echo $articles | wc -w) pages it links to, each asked three times" >&2
else
  echo "Training run: the application did not serve pages; the cache holds its start alone" >&2
fi
# The JVM writes the cache as it exits; the file says whether it worked.
kill -TERM "$training_pid" 2> /dev/null || true
wait "$training_pid" || true
if [ ! -s "$cache" ]; then
  echo "No ahead-of-time cache was written (it needs JDK 25 or newer); the extracted jar still starts faster:" >&2
  tail -n 20 "$log" >&2
  echo "java -Dspring.aot.enabled=true -jar $app"
  exit 0
fi
echo "java -XX:AOTCache=$cache -Dspring.aot.enabled=true -jar $app"
